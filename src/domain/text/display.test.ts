import { describe, expect, it } from 'vitest';
import { formatDisplayDate, formatDisplayDateTime } from './display.js';

describe('display dates', () => {
  it.each([
    ['2023-03-15', '15/03/2023'],
    ['2025-06-30T10:00:00Z', '30/06/2025'],
    ['', ''],
    [null, ''],
    ['Quý II', 'Quý II'],
  ])('formatDisplayDate(%j) = %j', (input, expected) => {
    expect(formatDisplayDate(input)).toBe(expected);
  });

  it.each([
    ['2026-12-07T19:51:00Z', 'Asia/Ho_Chi_Minh', '08/12/2026 02:51'],
    ['2026-01-01T00:05:00Z', 'UTC', '01/01/2026 00:05'],
    [null, 'UTC', ''],
    ['không phải ngày', 'UTC', 'không phải ngày'],
  ])('formatDisplayDateTime(%j, %s) = %j', (input, zone, expected) => {
    expect(formatDisplayDateTime(input, zone)).toBe(expected);
  });
});
