import { foldText } from './text.js';

/**
 * Recognising the "Thời gian thực hiện" cell. Only the raw text is kept here; turning it into a schedule is
 * the timeframe module's job. Patterns run on folded text so "Hằng"/"Hàng" and "Quý"/"Qúy" both match.
 */

const ROMAN_QUARTER = '(?:i|ii|iii|iv|[1-4])';

// Words a time cell starts with. Used for a line in the unit/time part of a row, where content cannot be.
const TIME_START = new RegExp(
  '^(?:' +
    [
      'ca nam',
      'trong (?:nam|quy|thang|tuan|\\d)',
      'hang (?:ngay|tuan|thang|quy|nam)',
      'moi (?:tuan|thang|quy|nam)',
      'thuong xuyen',
      'dinh ky',
      'dot xuat',
      'lien tuc',
      'kip thoi',
      'theo (?:ke hoach|su kien|yeu cau|quy dinh|tien do|chi dao|lo trinh|nhu cau|dot|thuc te|huong dan)',
      'khi (?:co|phat sinh|duoc)',
      `quy ${ROMAN_QUARTER}\\b`,
      'thang \\d',
      'nam \\d{4}',
      'truoc ',
      'cham nhat',
      'tu (?:ngay |thang |quy |nam )?\\d',
      'den (?:ngay|thang|het|nam|quy)',
      'sau khi',
      'ngay \\d',
      '(?:dau|cuoi|giua) (?:nam|quy|thang)',
      '[69] thang',
      '\\d{1,2}/\\d{1,2}',
      '\\d{1,2}/\\d{4}',
      '\\d{4}(?:\\s*[-–]\\s*\\d{4})?$',
      'hoan thanh (?:truoc|trong|nam|quy|thang)',
      '(?:thuc hien|bao cao) (?:truoc|moi|vao|dinh ky|hang|trong|theo|tu|den|thuong xuyen|dot xuat|cham nhat)',
      'giai doan \\d',
    ].join('|') +
    ')',
);

// A complete short time cell, for finding where a one-line row's time cell begins.
const TIME_FULL = new RegExp(
  '^(?:' +
    [
      '(?:ca|trong|hang) nam(?: \\d{4})?',
      'hang (?:ngay|tuan|thang|quy)',
      'moi (?:tuan|thang|quy|nam)(?: \\d+ lan)?',
      'thuong xuyen(?:,? lien tuc)?',
      'lien tuc',
      'dot xuat',
      'dinh ky(?: .{0,40})?',
      'theo (?:ke hoach|su kien|yeu cau|quy dinh|tien do|chi dao|lo trinh|nhu cau|dot|thuc te|huong dan)(?: .{0,30})?',
      'khi (?:co yeu cau|co nhu cau|phat sinh|co chi dao|duoc giao)',
      `quy ${ROMAN_QUARTER}(?:(?:,| va| -|–) ?(?:quy )?${ROMAN_QUARTER})*(?:(?: nam | |/)\\d{4})?`,
      'thang \\d{1,2}(?:(?: ?[-–] ?| den )\\d{1,2})?(?:(?:/| nam )\\d{4})?',
      'nam \\d{4}',
      '\\d{4}(?: ?[-–] ?\\d{4})?',
      '(?:truoc|den|cham nhat|trong)(?: ngay)? \\d{1,2}/\\d{1,2}(?:/\\d{4})?',
      '\\d{1,2}/\\d{1,2}/\\d{4}',
      '\\d{1,2}/\\d{4}',
      '(?:dau|cuoi|giua) (?:nam|quy|thang)(?: \\d{4})?',
      '[69] thang (?:dau|cuoi) nam(?: \\d{4})?',
    ].join('|') +
    ')$',
);

export function isTimeStart(text: string): boolean {
  return TIME_START.test(foldText(text));
}

export function isTimePhrase(text: string): boolean {
  return TIME_FULL.test(foldText(text).replace(/[.;,]$/, ''));
}

/**
 * Splits a line holding a time cell followed by an output cell ("Quý II Kế hoạch") at the end of the
 * longest leading time phrase. Without a recognisable phrase the whole line is time.
 */
export function splitTimeAndOutput(text: string): { time: string; output: string } {
  const words = text.trim().split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    if (isTimePhrase(head) && /^[\p{Lu}]/u.test(rest)) return { time: head, output: rest };
  }
  return { time: text.trim(), output: '' };
}
