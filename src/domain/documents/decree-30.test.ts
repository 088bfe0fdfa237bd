import { describe, expect, it } from 'vitest';
import {
  appendixCaption,
  balancedLines,
  draftingAbbreviation,
  fileCopyLine,
  millimetresToTwips,
  numberLine,
  placeDateLine,
  referenceText,
} from './decree-30.js';

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

describe('lines kept whole and even', () => {
  it.each([
    ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 24, ['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG']],
    ['UBND TỈNH AN GIANG', 24, ['UBND TỈNH AN GIANG']],
    [
      'Sơ kết công tác 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm 6 tháng cuối năm 2026',
      64,
      ['Sơ kết công tác 6 tháng đầu năm 2026', 'và nhiệm vụ trọng tâm 6 tháng cuối năm 2026'],
    ],
    ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 24, ['BỘ THÔNG TIN', 'VÀ TRUYỀN THÔNG']],
    [
      'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH AN GIANG',
      24,
      ['TRUNG TÂM CÔNG NGHỆ', 'THÔNG TIN VÀ TRUYỀN', 'THÔNG TỈNH AN GIANG'],
    ],
  ])('%s (%i)', (text, max, expected) => {
    expect(balancedLines(text, max)).toEqual(expected);
  });
});

describe('what a report cites and files', () => {
  it('cites the document it answers', () => {
    expect(
      referenceText({
        typeName: 'KẾ HOẠCH',
        number: '40/KH-STTTT',
        date: '2025-01-10',
        issuer: 'Sở Thông tin và Truyền thông',
        title: 'Triển khai nhiệm vụ trọng tâm năm 2025.',
      }),
    ).toBe(
      'Kế hoạch số 40/KH-STTTT ngày 10/01/2025 của Sở Thông tin và Truyền thông triển khai nhiệm vụ trọng tâm năm 2025',
    );
    expect(
      referenceText({ typeName: null, number: '15/STTTT-VP', date: null, issuer: null, title: null }),
    ).toBe('Văn bản số 15/STTTT-VP');
  });

  it.each([
    [
      '172',
      '2024-07-12',
      '(Kèm theo Báo cáo số 172/BC-STTTT ngày 12 tháng 7 năm 2024 của Sở Thông tin và Truyền thông)',
    ],
    [
      null,
      null,
      '(Kèm theo Báo cáo số      /BC-STTTT ngày      tháng      năm      của Sở Thông tin và Truyền thông)',
    ],
  ])('captions the appendix of report %s', (number, date, expected) => {
    expect(appendixCaption('Báo cáo', number, 'BC-STTTT', date, 'Sở Thông tin và Truyền thông')).toBe(
      expected,
    );
  });

  it.each([
    ['Phòng Kế hoạch – Tài chính', 'KHTC', 'KHTC'],
    ['Phòng Chuyển đổi số', null, 'CĐS'],
    ['Văn phòng', 'Văn phòng', 'VP'],
    ['Thanh tra Sở', 'Thanh tra Sở', 'TTr'],
    ['Vụ Kế hoạch – Tài chính', null, 'VKHTC'],
  ])('abbreviates %s for "Lưu:"', (name, shortName, expected) => {
    expect(draftingAbbreviation(name, shortName)).toBe(expected);
    expect(fileCopyLine(expected)).toBe(`Lưu: VT, ${expected}`);
  });
});
