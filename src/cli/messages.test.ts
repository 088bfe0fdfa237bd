import { describe, expect, it } from 'vitest';
import { translateCommanderError } from './messages.js';

describe('usage errors in Vietnamese', () => {
  it.each([
    ["error: unknown option '--x'\n", "Lỗi: tùy chọn không hợp lệ '--x'.\n"],
    [
      "error: unknown option '--jsn'\n(Did you mean --json?)\n",
      "Lỗi: tùy chọn không hợp lệ '--jsn' (có phải --json?).\n",
    ],
    [
      "error: unknown command 'usrs'\n(Did you mean users?)\n",
      "Lỗi: không có lệnh 'usrs' (có phải users?).\n",
    ],
    [
      "error: required option '--unit <code>' not specified\n",
      "Lỗi: thiếu tùy chọn bắt buộc '--unit <code>'.\n",
    ],
    ["error: missing required argument 'file'\n", 'Lỗi: thiếu tham số bắt buộc <file>.\n'],
    ["error: option '--out <file>' argument missing\n", "Lỗi: tùy chọn '--out <file>' cần một giá trị.\n"],
    [
      "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are json, xlsx.\n",
      "Lỗi: giá trị 'pdf' không hợp lệ cho '--format <format>'; chọn một trong: json, xlsx.\n",
    ],
    ["error: too many arguments for 'list'. Expected 0 arguments but got 1.\n", 'Lỗi: thừa tham số.\n'],
    ['something else\n', 'something else\n'],
  ])('%j', (input, expected) => {
    expect(translateCommanderError(input)).toBe(expected);
  });
});
