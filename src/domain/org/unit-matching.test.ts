import { describe, expect, it } from 'vitest';
import type { OrgUnit } from './org-unit.js';
import { buildUnitIndex, unitKey } from './unit-matching.js';

const unit = (
  id: string,
  code: string,
  name: string,
  shortName: string | null,
  aliases: string[] = [],
): OrgUnit => ({
  id,
  parentId: null,
  code,
  name,
  shortName,
  kind: 'division',
  aliases,
  sortOrder: 0,
});

const units = [
  unit('vp', 'VP', 'Văn phòng', 'Văn phòng', ['VP', 'Văn phòng Sở']),
  unit('cntt', 'CNTT-BCVT', 'Phòng Công nghệ thông tin – Bưu chính – Viễn thông', 'CNTT-BCVT'),
  unit('khtc', 'KHTC', 'Phòng Kế hoạch – Tài chính', 'KHTC', ['KH-TC']),
  unit('tt', 'TTCNTT-TT', 'Trung tâm Công nghệ thông tin và Truyền thông', 'TTCNTT-TT', ['TTCNTT&TT']),
  unit('x1', 'X1', 'Phòng X', null, ['Trùng']),
  unit('x2', 'X2', 'Phòng Y', null, ['Trùng']),
];
const index = buildUnitIndex(units);

describe('unitKey', () => {
  it.each([
    ['CNTT - BCVT', 'cntt-bcvt'],
    ['CNTT–BCVT;', 'cntt-bcvt'],
    ['  Văn   phòng ', 'van phong'],
    ['TTCNTT & TT', 'ttcntt&tt'],
    ['Thanh tra Sở.', 'thanh tra so'],
  ])('%j → %j', (raw, key) => {
    expect(unitKey(raw)).toBe(key);
  });
});

describe('buildUnitIndex', () => {
  it.each([
    ['CNTT-BCVT', 'cntt', 'code'],
    ['cntt - bcvt', 'cntt', 'code'],
    ['VP', 'vp', 'code'],
    ['Văn phòng', 'vp', 'shortName'],
    ['VĂN PHÒNG SỞ', 'vp', 'alias'],
    ['KH-TC', 'khtc', 'alias'],
    ['Phòng Kế hoạch - Tài chính', 'khtc', 'name'],
    ['Phong Ke hoach – Tai chinh', 'khtc', 'name'],
    ['TTCNTT&TT', 'tt', 'alias'],
  ])('matches %j to %s by %s', (raw, id, via) => {
    expect(index.match(raw)).toEqual({ raw, unitId: id, via });
  });

  it.each([['Thành viên Tổ CNSCĐ'], ['Trùng'], ['']])('leaves %j unmatched (unknown or ambiguous)', (raw) => {
    expect(index.match(raw).unitId).toBeNull();
  });
});
