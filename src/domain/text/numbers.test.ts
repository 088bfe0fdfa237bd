import { describe, expect, it } from 'vitest';
import { figuresIn, parseVietnameseNumber, states } from './numbers.js';

describe('Vietnamese number forms', () => {
  it.each([
    ['912', 912, 0],
    ['1.348', 1348, 0],
    ['1.348.000', 1348000, 0],
    ['27,5', 27.5, 1],
    ['1.348,25', 1348.25, 2],
    ['27.5', 27.5, 1],
    ['0', 0, 0],
  ])('%s → %d', (text, value, decimals) => {
    expect(parseVietnameseNumber(text)).toEqual({ value, decimals });
  });

  it.each(['', 'abc', '12%', '1,2,3', '1.3456'])('%s is not a number', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});

describe('figures in running text', () => {
  const show = (text: string) =>
    figuresIn(text).map((f) =>
      f.kind === 'ratio'
        ? `ratio ${f.part}/${f.whole}`
        : `${f.kind} ${f.value}${f.kind === 'percent' ? '%' : ''}`,
    );

  it.each([
    ['đạt 33% (2/9 nhiệm vụ)', ['percent 33%', 'ratio 2/9']],
    ['ước đạt khoảng 33 %', ['percent 33%']],
    ['tỷ lệ 27,5% các xã', ['percent 27.5%']],
    ['59/63 Sở đã ban hành', ['ratio 59/63']],
    ['hoàn thành đúng hạn 3, quá hạn 11 nhiệm vụ', ['number 3', 'number 11']],
    ['tổng cộng 1.348 hồ sơ', ['number 1348']],
    // Dates, document numbers and period labels are not figures of the measure.
    ['số liệu tính đến ngày 30/6/2026', []],
    ['Kế hoạch số 462/KH-UBND', []],
    ['ngày 30/6', []],
    ['Quý II/2024', []],
    ['kỳ H1', []],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('whether a written figure states an exact one', () => {
  it.each([
    [22, 0, 200 / 9, true],
    [22.2, 1, 200 / 9, true],
    [33, 0, 200 / 9, false],
    [27, 0, 400 / 15, true],
    [26.7, 1, 400 / 15, true],
    [26.6, 1, 400 / 15, false],
    [13, 0, 12.5, true],
  ])('%d (%d places) for %d → %s', (written, decimals, exact, expected) => {
    expect(states(written, decimals, exact)).toBe(expected);
  });
});
