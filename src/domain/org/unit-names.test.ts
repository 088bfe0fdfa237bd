import { describe, expect, it } from 'vitest';
import type { OrgUnit } from './org-unit.js';
import { buildUnitIndex } from './unit-matching.js';
import { nameKey, nameSimilarity, nameWords } from './unit-names.js';

describe('nameKey: the same name however it is written', () => {
  it.each([
    [
      'Phòng Công nghệ thông tin - Bưu chính viễn thông',
      'Phòng Công nghệ thông tin – Bưu chính – Viễn thông',
    ],
    ['Phòng BCVT-CNTT', 'Phòng CNTT-BCVT'],
    ['Phòng BCVT-CNTT', 'Phòng Công nghệ thông tin – Bưu chính – Viễn thông'],
    ['Trung tâm CNTT&TT', 'Trung tâm Công nghệ thông tin và Truyền thông'],
    ['Trung tâm CNTT-TT', 'Trung tâm Công nghệ thông tin và Truyền thông'],
    ['Phòng TT-BC-XB', 'Phòng Thông tin – Báo chí – Xuất bản'],
    ['Phòng KH-TC', 'Phòng Kế hoạch – Tài chính'],
    ['Phòng Kế hoạch & Tài chính', 'Phòng Kế hoạch - Tài chính'],
    ['VP Sở', 'Văn phòng Sở'],
    ['Sở TTTT', 'Sở Thông tin và Truyền thông'],
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['  Văn   phòng ', 'VĂN PHÒNG'],
  ])('%s = %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Phòng Kế hoạch – Tài chính', 'Phòng Tài chính'],
    ['Sở Thông tin và Truyền thông An Giang', 'Sở Thông tin và Truyền thông Cần Thơ'],
    ['Văn phòng', 'Văn phòng Sở'],
  ])('%s ≠ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('nameSimilarity', () => {
  it.each<[string, string, number]>([
    ['Văn phòng', 'Văn phòng', 1],
    ['Phòng Kế hoạch', 'Phòng Kế hoạch – Tài chính', 0.75],
    ['Thanh tra', 'Văn phòng', 0],
  ])('%s ~ %s = %d', (a, b, score) => {
    expect(nameSimilarity(nameWords(a), nameWords(b))).toBeCloseTo(score, 2);
  });
});

const unit = (id: string, name: string, shortName: string | null, aliases: string[] = []): OrgUnit => ({
  id,
  parentId: null,
  code: id.toUpperCase(),
  name,
  shortName,
  kind: 'division',
  aliases,
  sortOrder: 0,
});

const units = [
  unit('vp', 'Văn phòng', 'Văn phòng', ['VP', 'Văn phòng Sở']),
  unit('cntt-bcvt', 'Phòng Công nghệ thông tin – Bưu chính – Viễn thông', 'CNTT-BCVT'),
  unit('khtc', 'Phòng Kế hoạch – Tài chính', 'KHTC'),
  unit('ttbcxb', 'Phòng Thông tin – Báo chí – Xuất bản', 'TTBCXB'),
  unit('ttcntt', 'Trung tâm Công nghệ thông tin và Truyền thông', 'TTCNTT-TT'),
  unit('cds1', 'Phòng Chuyển đổi số', null),
  unit('cds2', 'Phòng Chuyển đổi số', null),
];
const index = buildUnitIndex(units);

describe('buildUnitIndex: names by other spellings', () => {
  it.each([
    ['Phòng Công nghệ thông tin - Bưu chính viễn thông', 'cntt-bcvt'],
    ['Phòng BCVT-CNTT', 'cntt-bcvt'],
    ['BCVT-CNTT', 'cntt-bcvt'],
    ['Trung tâm CNTT&TT', 'ttcntt'],
    ['Phòng TT-BC-XB', 'ttbcxb'],
    ['Phòng KH-TC', 'khtc'],
  ])('%s resolves to %s', (raw, id) => {
    expect(index.match(raw)).toEqual({ raw, unitId: id, via: 'normalized' });
  });

  it('never resolves an ambiguous name by itself, and offers both units', () => {
    expect(index.match('Phòng Chuyển đổi số').unitId).toBeNull();
    expect(index.suggest('Phòng Chuyển đổi số').map((s) => s.unitId)).toEqual(['cds1', 'cds2']);
  });

  it('ranks up to three candidates for a wording it cannot resolve', () => {
    const suggestions = index.suggest('Phòng Kế hoạch');
    expect(suggestions[0]).toMatchObject({ unitId: 'khtc', shortName: 'KHTC' });
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions.every((s, k) => k === 0 || (suggestions[k - 1]?.score ?? 0) >= s.score)).toBe(true);
  });

  it('offers nothing for a wording unlike every unit', () => {
    expect(index.suggest('Công an tỉnh')).toEqual([]);
  });
});
