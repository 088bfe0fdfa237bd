import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { periodCodeSchema, periodFromCode } from './period.js';

describe('periodCodeSchema', () => {
  it.each([
    [' 2026-H1 ', { code: '2026-H1', kind: 'half', start: '2026-01-01', end: '2026-06-30' }],
    ['2026', { code: '2026', kind: 'year', start: '2026-01-01', end: '2026-12-31' }],
    ['2026-Q2', { code: '2026-Q2', kind: 'quarter', start: '2026-04-01', end: '2026-06-30' }],
    ['2026-05', { code: '2026-05', kind: 'month', start: '2026-05-01', end: '2026-05-31' }],
    ['2026-9M', { code: '2026-9M', kind: 'nineMonths', start: '2026-01-01', end: '2026-09-30' }],
  ])('parses %j once into the period value', (code, period) => {
    expect(periodCodeSchema().parse(code)).toMatchObject(period);
  });

  it.each(['2026-H3', '2026-13', 'H1-2026', '', '2026-Q2-extra'])('refuses %j in Vietnamese', (code) => {
    const result = periodCodeSchema().safeParse(code);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('Kỳ báo cáo không hợp lệ');
  });

  it('narrows the kinds a route accepts', () => {
    const scores = periodCodeSchema({ kinds: ['year', 'quarter', 'month'] });
    expect(scores.safeParse('2026-Q4').success).toBe(true);
    expect(scores.safeParse('2026-H1').success).toBe(false);
  });

  it('gives callers outside HTTP the same parse as a validation error', () => {
    expect(periodFromCode('2026-H2').end).toBe('2026-12-31');
    expect(() => periodFromCode('2026-H9')).toThrow(AppError);
  });
});
