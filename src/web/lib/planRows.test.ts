import { describe, expect, it } from 'vitest';
import type { ImportItem, PlanItemDetail } from '../api/types';
import { formatIsoDate } from './format';
import {
  countWarningKinds,
  describeTarget,
  domainTitle,
  duplicateOrdinals,
  filterRows,
  groupRows,
  partTitle,
  rowsFromImport,
  rowsFromPlan,
  unitsInRows,
  warningKindsOf,
} from './planRows';

function importItem(extra: Partial<ImportItem>): ImportItem {
  return {
    kind: 'task',
    part: 'B',
    domain: 'LĨNH VỰC BƯU CHÍNH',
    domainName: 'Bưu chính',
    domainIndex: 'I',
    ordinal: '1',
    subOrdinal: null,
    subLabel: null,
    content: 'Triển khai nền tảng',
    lead: ['CNTT-BCVT'],
    coordinators: [],
    leadUnitIds: ['u-cntt'],
    coordinatorUnitIds: [],
    timeframe: { kind: 'continuous', raw: 'Thường xuyên', dueDates: [] },
    output: null,
    target: null,
    lines: [1, 2],
    warnings: [],
    ...extra,
  };
}

const units = new Map([
  ['u-cntt', { code: 'CNTT-BCVT', label: 'CNTT-BCVT' }],
  ['u-vp', { code: 'VP', label: 'Văn phòng' }],
]);

const items: ImportItem[] = [
  importItem({
    kind: 'indicator',
    part: 'A',
    domain: 'Lĩnh vực Bưu chính',
    ordinal: null,
    content: '100% xã có điểm phục vụ bưu chính',
    target: {
      status: 'parsed',
      raw: '100% xã',
      targets: [{ comparator: 'gte', value: 100, unit: 'percent', raw: '100% xã' }],
    },
    timeframe: { kind: 'wholeYear', raw: 'Cả năm', year: 2023, dueDates: ['2023-12-31'] },
  }),
  importItem({
    kind: 'indicator',
    part: 'A',
    domain: 'Lĩnh vực Bưu chính',
    ordinal: null,
    content: 'Nâng cao chất lượng dịch vụ',
    target: { status: 'unparsed', raw: 'Nâng cao', targets: [] },
    warnings: ['Chưa đọc được giá trị mục tiêu của chỉ tiêu; cần nhập tay'],
  }),
  importItem({
    ordinal: '1',
    content: 'Đường dây nóng',
    coordinators: ['Văn phòng Sở'],
    coordinatorUnitIds: ['u-vp'],
  }),
  importItem({ ordinal: '1', subOrdinal: 1, content: 'Rà soát' }),
  importItem({
    ordinal: '1',
    content: 'Hỗ trợ Tổ công nghệ số',
    lead: ['Thành viên Tổ CNSCĐ'],
    leadUnitIds: [null],
    timeframe: { kind: 'unspecified', raw: '', dueDates: [] },
    warnings: ['Chưa xác định được đơn vị "Thành viên Tổ CNSCĐ"', 'Không ghi thời gian thực hiện'],
  }),
];

describe('plan rows', () => {
  const rows = rowsFromImport(items, units);

  it('numbers unnumbered indicators within their domain and leaves sub-rows blank', () => {
    expect(rows.map((r) => r.stt)).toEqual(['1', '2', '1', '', '1']);
    expect(rows[2]?.coordinators).toEqual([
      { raw: 'Văn phòng Sở', unit: { id: 'u-vp', code: 'VP', label: 'Văn phòng' } },
    ]);
    expect(rows[4]?.lead).toEqual([{ raw: 'Thành viên Tổ CNSCĐ', unit: null }]);
  });

  it('classifies warnings from the row itself', () => {
    const dups = duplicateOrdinals(rows);
    const row = (i: number) => {
      const found = rows[i];
      if (!found) throw new Error(`no row ${i}`);
      return found;
    };
    expect([...dups]).toEqual(['4']);
    expect(warningKindsOf(row(4), dups)).toEqual(['unmatchedUnit', 'blankTimeframe', 'duplicateOrdinal']);
    expect(warningKindsOf(row(1), dups)).toEqual(['unparsedTarget']);
    expect(Object.fromEntries(countWarningKinds(rows, dups))).toEqual({
      unmatchedUnit: 1,
      blankTimeframe: 1,
      duplicateOrdinal: 1,
      unparsedTarget: 1,
    });
  });

  it('filters by text without diacritics, unit, timeframe kind and warnings', () => {
    const dups = duplicateOrdinals(rows);
    expect(filterRows(rows, { text: 'duong DAY' }).map((r) => r.index)).toEqual([2]);
    expect(filterRows(rows, { text: 'van phong' }).map((r) => r.index)).toEqual([2]);
    expect(filterRows(rows, { unitId: 'u-vp' }).map((r) => r.index)).toEqual([2]);
    expect(filterRows(rows, { timeframeKind: 'wholeYear' }).map((r) => r.index)).toEqual([0]);
    expect(filterRows(rows, { warningsOnly: true }).map((r) => r.index)).toEqual([1, 4]);
    expect(filterRows(rows, { warningKind: 'duplicateOrdinal' }, dups).map((r) => r.index)).toEqual([4]);
  });

  it('groups by part and domain in document order', () => {
    const groups = groupRows(rows);
    expect(groups.map((g) => [partTitle(g), g.count, g.domains.map(domainTitle)])).toEqual([
      ['A. Chỉ tiêu', 2, ['I. Lĩnh vực Bưu chính']],
      ['B. Nhiệm vụ', 3, ['I. LĨNH VỰC BƯU CHÍNH']],
    ]);
  });

  it('lists the units named, with row counts', () => {
    expect(unitsInRows(rows).map((u) => [u.label, u.count])).toEqual([
      ['CNTT-BCVT', 4],
      ['Văn phòng', 1],
    ]);
  });

  it('reads stored items, keeping unresolved wording visible', () => {
    const item: PlanItemDetail = {
      id: 'i1',
      kind: 'task',
      part: 'B',
      domain: 'Xuất bản',
      domainHeading: 'LĨNH VỰC XUẤT BẢN',
      domainIndex: 'X',
      ordinal: '3',
      subOrdinal: null,
      subLabel: null,
      content: 'Nội dung',
      output: null,
      lead: ['CNTT-BCVT', 'Tổ CNSCĐ'],
      coordinators: [],
      leadUnits: [{ id: 'u-cntt', code: 'CNTT-BCVT', name: 'CNTT-BCVT', raw: 'CNTT-BCVT' }],
      coordinatorUnits: [],
      timeframe: { kind: 'quarter', raw: 'Quý II', year: 2023, quarters: [2], dueDates: ['2023-06-30'] },
      dueDate: '2023-06-30',
      target: null,
      warnings: [],
    };
    const [row] = rowsFromPlan([item]);
    // the plan reads as the document wrote it
    expect(row?.domain).toBe('LĨNH VỰC XUẤT BẢN');
    expect(row?.lead.map((e) => e.unit?.code ?? null)).toEqual(['CNTT-BCVT', null]);
    expect(row?.dueDate).toBe('2023-06-30');
  });
});

describe('describeTarget', () => {
  it('writes targets compactly, Vietnamese number style', () => {
    expect(describeTarget({ comparator: 'gte', value: 92, unit: 'percent', raw: '' })).toBe('≥ 92%');
    expect(
      describeTarget({ comparator: 'growthGt', value: 10, unit: 'percent', period: 'year', raw: '' }),
    ).toBe('tăng > 10%/năm');
    expect(describeTarget({ comparator: 'range', min: 80, max: 90.5, unit: 'percent', raw: '' })).toBe(
      '80% – 90,5%',
    );
    expect(describeTarget({ comparator: 'lte', value: 30, unit: 'rank', raw: '' })).toBe('≤ hạng 30');
    expect(describeTarget({ comparator: 'eq', value: 1500, unit: 'tỷ đồng', scope: 'xã', raw: '' })).toBe(
      '= 1.500 tỷ đồng (xã)',
    );
  });

  it('formats ISO dates the Vietnamese way', () => {
    expect(formatIsoDate('2025-06-30')).toBe('30/06/2025');
    expect(formatIsoDate(null)).toBe('');
  });
});
