import { describe, expect, it } from 'vitest';
import { attachmentProblem, formatBytes } from './attachments';

describe('attachments', () => {
  it.each([
    ['bao-cao.pdf', 1000, null],
    ['Ke hoach.DOCX', 1000, null],
    ['anh.jpeg', 1000, null],
    ['virus.exe', 1000, { code: 'badType' }],
    ['khong-duoi', 1000, { code: 'badType' }],
    ['lon.pdf', 10 * 1024 * 1024, null],
    ['lon.pdf', 12.5 * 1024 * 1024, { code: 'tooLarge', sizeMb: '12,5' }],
  ])('%s of %i bytes: %o', (name, size, expected) => {
    expect(attachmentProblem({ name, size })).toEqual(expected);
  });

  it('writes sizes the Vietnamese way', () => {
    expect(formatBytes(800)).toBe('800 B');
    expect(formatBytes(12_300)).toBe('12 KB');
    expect(formatBytes(1.4 * 1024 * 1024)).toBe('1,4 MB');
  });
});
