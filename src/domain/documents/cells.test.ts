import { describe, expect, it } from 'vitest';
import { SHEET_NAME_MAX, cellValue, sheetName } from './cells.js';

describe('a table cell read back as a spreadsheet value', () => {
  it.each([
    ['912', { kind: 'number', value: 912, decimals: 0 }],
    ['1', { kind: 'number', value: 1, decimals: 0 }],
    ['1.348', { kind: 'number', value: 1348, decimals: 0 }],
    ['3,5', { kind: 'number', value: 3.5, decimals: 1 }],
    ['78,5%', { kind: 'percent', value: 78.5, decimals: 1 }],
    ['33 %', { kind: 'percent', value: 33, decimals: 0 }],
    ['100%', { kind: 'percent', value: 100, decimals: 0 }],
    ['08/5/2024', { kind: 'date', value: '2024-05-08' }],
    ['31/12/2026', { kind: 'date', value: '2026-12-31' }],
    ['31/02/2026', { kind: 'text', value: '31/02/2026' }],
    ['Chưa báo cáo', { kind: 'text', value: 'Chưa báo cáo' }],
    ['Đạt 75%', { kind: 'text', value: 'Đạt 75%' }],
    ['2/9', { kind: 'text', value: '2/9' }],
  ])('%s', (text, expected) => {
    expect(cellValue(text)).toEqual(expected);
  });
});

describe('sheet names', () => {
  it.each([
    ['Đánh giá 6 tháng đầu năm 2026', 'Đánh giá 6 tháng đầu năm 2026'],
    ['Đánh giá kết quả thực hiện 6 tháng đầu năm 2026', 'Đánh giá kết quả thực hiện 6'],
    ['Số liệu: Quý I/2026', 'Số liệu Quý I 2026'],
    ['', 'Bảng'],
    ['Khôngcókhoảngtrắngnàotrongtênbảngnàycả', 'Khôngcókhoảngtrắngnàotrongtênbả'],
  ])('%s → %s', (name, expected) => {
    const got = sheetName(name, new Set());
    expect(got).toBe(expected);
    expect(got.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
  });

  it('numbers a name already taken without cutting a word or passing 31 characters', () => {
    const taken = new Set<string>();
    const name = 'Đánh giá 6 tháng đầu năm 2026';
    expect([sheetName(name, taken), sheetName(name, taken), sheetName(name.toUpperCase(), taken)]).toEqual([
      'Đánh giá 6 tháng đầu năm 2026',
      'Đánh giá 6 tháng đầu năm (2)',
      'ĐÁNH GIÁ 6 THÁNG ĐẦU NĂM (3)',
    ]);
  });
});
