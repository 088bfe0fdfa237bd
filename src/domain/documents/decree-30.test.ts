import { describe, expect, it } from 'vitest';
import { millimetresToTwips, numberLine, placeDateLine } from './decree-30.js';

describe('place and date line (Nghị định 30/2020, Appendix I)', () => {
  it.each([
    ['2026-02-05', 'An Giang, ngày 05 tháng 02 năm 2026'],
    ['2024-07-15', 'An Giang, ngày 15 tháng 7 năm 2024'],
    ['2024-01-09', 'An Giang, ngày 09 tháng 01 năm 2024'],
    ['2024-12-31', 'An Giang, ngày 31 tháng 12 năm 2024'],
    ['2024-03-01', 'An Giang, ngày 01 tháng 3 năm 2024'],
  ])('%s → %s', (date, expected) => {
    expect(placeDateLine('An Giang', date)).toBe(expected);
  });

  it('leaves blanks on a draft', () => {
    expect(placeDateLine('An Giang', null, 2024)).toBe('An Giang, ngày      tháng      năm 2024');
  });
});

describe('number line', () => {
  it.each([
    ['5', 'BC-STTTT', 'Số: 05/BC-STTTT'],
    ['123', 'BC-UBND', 'Số: 123/BC-UBND'],
    [null, 'BC-STTTT', 'Số:        /BC-STTTT'],
    ['  ', 'BC-STTTT', 'Số:        /BC-STTTT'],
  ])('%s + %s → %s', (number, symbol, expected) => {
    expect(numberLine(number, symbol)).toBe(expected);
  });
});

describe('units', () => {
  it.each([
    [210, 11906],
    [297, 16838],
    [20, 1134],
    [30, 1701],
  ])('%i mm is %i twips', (mm, twips) => {
    expect(millimetresToTwips(mm)).toBe(twips);
  });
});
