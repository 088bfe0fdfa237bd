import { describe, expect, it } from 'vitest';
import { parsePlanText } from './index.js';
import { readAttachmentLine, resolvePlanYear, yearFromClues, type YearClues } from './plan-year.js';

const NONE: YearClues = { title: null, date: null, headings: [], attachmentDate: null };

describe('yearFromClues', () => {
  it.each<[string, Partial<YearClues>, { year: number; source: string } | null]>([
    [
      'the title names the year',
      { title: 'Thực hiện nhiệm vụ năm 2025', date: '2024-12-20' },
      { year: 2025, source: 'title' },
    ],
    [
      'the issue date when the title has none',
      { title: 'Công tác chuyển đổi số', date: '2025-01-22' },
      { year: 2025, source: 'date' },
    ],
    [
      'a heading over the table',
      { headings: ['UBND TỈNH CÀ MAU', 'PHÂN CÔNG NHIỆM VỤ NĂM 2025'] },
      { year: 2025, source: 'heading' },
    ],
    ['the "(Kèm theo …)" date last', { attachmentDate: '2024-01-22' }, { year: 2024, source: 'attachment' }],
    [
      'a heading beats the attachment date',
      { headings: ['NHIỆM VỤ NĂM 2026'], attachmentDate: '2025-12-01' },
      { year: 2026, source: 'heading' },
    ],
    ['nothing', {}, null],
    ['a number that is not a year', { title: 'Kế hoạch năm 0001' }, null],
  ])('%s', (_name, clues, expected) => {
    expect(yearFromClues({ ...NONE, ...clues })).toEqual(expected);
  });
});

describe('resolvePlanYear', () => {
  it.each<[{ year: number | null; yearSource?: 'title'; date: string | null }, number, string]>([
    [{ year: 2025, yearSource: 'title', date: null }, 2025, 'title'],
    [{ year: null, date: '2024-03-01' }, 2024, 'date'],
    [{ year: null, date: null }, 2026, 'current'],
  ])('%j', (document, year, source) => {
    expect(resolvePlanYear(document, { currentYear: 2026 })).toEqual({ year, source });
  });
});

describe('readAttachmentLine', () => {
  it.each<[string, { number: string; date: string } | null]>([
    [
      '(Kèm theo Kế hoạch số 15/KH-STTTT ngày 22/01/2025 của Sở Thông tin và Truyền thông)',
      { number: '15/KH-STTTT', date: '2025-01-22' },
    ],
    [
      '(Kèm theo Quyết định số 120/QĐ-UBND ngày 5 tháng 3 năm 2025)',
      { number: '120/QĐ-UBND', date: '2025-03-05' },
    ],
    ['Kèm theo Kế hoạch số 7/KH-SNV, ngày 1-2-2025', { number: '7/KH-SNV', date: '2025-02-01' }],
    ['Kèm theo Kế hoạch số 15/KH-STTTT', null],
    ['Căn cứ Kế hoạch số 15/KH-STTTT ngày 22/01/2025', null],
  ])('%s', (line, expected) => {
    expect(readAttachmentLine(line)).toEqual(expected);
  });
});

describe('parsePlanText: the plan year', () => {
  it('takes number, date and year from the "(Kèm theo …)" line of a bare appendix', () => {
    const result = parsePlanText(
      ['PHỤ LỤC', '(Kèm theo Kế hoạch số 15/KH-STTTT ngày 22/01/2025 của Sở Thông tin và Truyền thông)'].join(
        '\n',
      ),
    );
    expect(result.document).toMatchObject({
      number: '15/KH-STTTT',
      symbol: 'KH-STTTT',
      date: '2025-01-22',
      year: 2025,
      yearSource: 'attachment',
    });
  });

  it('reads the year of a heading and does not take the heading for the agency', () => {
    const result = parsePlanText(
      ['UBND TỈNH CÀ MAU', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'PHÂN CÔNG NHIỆM VỤ NĂM 2025'].join('\n'),
    );
    expect(result.document).toMatchObject({
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      parentAgency: 'UBND TỈNH CÀ MAU',
      date: null,
      year: 2025,
      yearSource: 'heading',
    });
  });

  it('leaves the year empty when the document gives none', () => {
    expect(parsePlanText('SỞ THÔNG TIN VÀ TRUYỀN THÔNG').document.year).toBeNull();
  });
});
