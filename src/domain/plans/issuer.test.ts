import { describe, expect, it } from 'vitest';
import type { OrgUnit, OrgUnitKind } from '../org/org-unit.js';
import { checkIssuer, homeAgency, importingAgency } from './issuer.js';

const unit = (
  id: string,
  name: string,
  kind: OrgUnitKind,
  parentId: string | null,
  shortName: string | null = null,
): OrgUnit => ({ id, parentId, code: id, name, shortName, kind, aliases: [], sortOrder: 0 });

const units: OrgUnit[] = [
  unit('ubnd-ag', 'Ủy ban nhân dân tỉnh An Giang', 'peoplesCommittee', null, 'UBND tỉnh An Giang'),
  unit('stttt-ag', 'Sở Thông tin và Truyền thông An Giang', 'provincialDepartment', 'ubnd-ag', 'Sở TTTT'),
  unit('vp', 'Văn phòng', 'division', 'stttt-ag'),
  unit('khtc', 'Phòng Kế hoạch – Tài chính', 'division', 'stttt-ag'),
  unit('ubnd-dt', 'Ủy ban nhân dân tỉnh Đồng Tháp', 'peoplesCommittee', null),
  unit('stttt-dt', 'Sở Thông tin và Truyền thông Đồng Tháp', 'provincialDepartment', 'ubnd-dt'),
  unit('btttt', 'Bộ Thông tin và Truyền thông', 'ministry', null),
  unit('vkhtc', 'Vụ Kế hoạch – Tài chính', 'division', 'btttt'),
];

describe('importingAgency', () => {
  it.each([
    ['vp', 'stttt-ag', 'ubnd-ag'],
    ['stttt-ag', 'stttt-ag', 'ubnd-ag'],
    ['vkhtc', 'btttt', null],
  ])('a user of %s imports for %s', (unitId, agency, parent) => {
    const found = importingAgency(units, unitId);
    expect([found?.agency.id, found?.parent?.id ?? null]).toEqual([agency, parent]);
  });

  it('takes the agency with most units of its own as the home agency', () => {
    expect(homeAgency(units)?.agency.id).toBe('stttt-ag');
  });
});

describe('checkIssuer', () => {
  const ag = importingAgency(units, 'vp');
  it.each<[string, string | null, string | null, string]>([
    ['its own plan', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'UBND TỈNH AN GIANG', 'own'],
    ['its own plan by short name', 'SỞ TTTT', 'UBND TỈNH AN GIANG', 'own'],
    ["its parent's plan", 'UBND TỈNH AN GIANG', null, 'parent'],
    ["its parent's plan, full name", 'ỦY BAN NHÂN DÂN TỈNH AN GIANG', null, 'parent'],
    ["another province's department", 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'UBND TỈNH ĐỒNG THÁP', 'other'],
    ['another department of the province', 'SỞ TÀI CHÍNH', 'UBND TỈNH AN GIANG', 'other'],
    ["another province's committee", 'UBND TỈNH ĐỒNG THÁP', null, 'other'],
    ['the ministry, not the parent in this tree', 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG', null, 'other'],
    ['no header at all', null, null, 'unknown'],
  ])('%s', (_name, agency, parentAgency, status) => {
    const check = checkIssuer({ agency, parentAgency }, ag);
    expect(check.status).toBe(status);
    expect(check.needsConfirmation).toBe(status === 'other');
  });

  it('names the issuer and the importer for the warning', () => {
    expect(
      checkIssuer({ agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', parentAgency: 'UBND TỈNH ĐỒNG THÁP' }, ag),
    ).toEqual({
      status: 'other',
      issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG (UBND TỈNH ĐỒNG THÁP)',
      importingUnit: 'Sở Thông tin và Truyền thông An Giang',
      parentUnit: 'Ủy ban nhân dân tỉnh An Giang',
      needsConfirmation: true,
    });
  });

  it("accepts the ministry's own plan for a ministry user", () => {
    const ministry = importingAgency(units, 'vkhtc');
    expect(checkIssuer({ agency: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG', parentAgency: null }, ministry).status).toBe(
      'own',
    );
  });

  it('cannot tell without an importing agency', () => {
    expect(checkIssuer({ agency: 'SỞ TÀI CHÍNH', parentAgency: null }, null).status).toBe('unknown');
  });
});
