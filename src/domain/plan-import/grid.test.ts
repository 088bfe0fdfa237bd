// eslint-disable-next-line no-restricted-imports -- the round-trip test reads the shared seed files
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findGridHeader, headerCellKind, parsePlanGrid, splitUnitCell } from './grid.js';
import { PARSE_WARNINGS } from './warnings.js';
import { itemShape, type ItemShape } from '../../../test/support/plan-items.js';

const HEADER = ['STT', 'Nội dung thực hiện', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];

describe('headerCellKind', () => {
  it.each([
    ['STT', 'ordinal'],
    ['TT', 'ordinal'],
    ['Số TT', 'ordinal'],
    ['Nội dung thực hiện', 'content'],
    ['Nội dung nhiệm vụ', 'content'],
    ['Nhiệm vụ', 'content'],
    ['Nội dung', 'content'],
    ['Tên chỉ tiêu', 'content'],
    ['Đơn vị chủ trì', 'lead'],
    ['Chủ trì', 'lead'],
    ['Cơ quan chủ trì', 'lead'],
    ['Đơn vị thực hiện', 'lead'],
    ['Đơn vị phối hợp', 'coord'],
    ['Phối hợp', 'coord'],
    ['Thời gian thực hiện', 'time'],
    ['Thời gian hoàn thành', 'time'],
    ['Thời hạn', 'time'],
    ['Tiến độ', 'time'],
    ['Sản phẩm', 'output'],
    ['Sản phẩm đầu ra', 'output'],
    ['Kết quả', 'output'],
    ['Ghi chú', 'note'],
    ['Nội dung\nthực hiện (2)', 'content'],
  ])('%s → %s', (text, kind) => {
    expect(headerCellKind(text)).toBe(kind);
  });

  it.each([
    'Kinh phí',
    'Mã số',
    '',
    'Tổ chức thực hiện các nhiệm vụ được giao trong năm theo kế hoạch của tỉnh',
  ])('%s is not a known header', (text) => {
    expect(headerCellKind(text)).toBeNull();
  });
});

describe('findGridHeader', () => {
  it('finds the header by its words below a title block, with an extra column and a numbering row', () => {
    const header = findGridHeader([
      ['UBND TỈNH AN GIANG', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Kế hoạch thực hiện nhiệm vụ năm 2024', '', ''],
      ['TT', 'Mã', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Kinh phí', 'Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['1', 'NV01', 'Việc một', 'VP', '', 'Quý I', '', ''],
    ]);
    expect(header).toEqual({
      row: 2,
      end: 3,
      columns: ['ordinal', null, 'content', 'lead', 'coord', 'time', null, 'note'],
    });
  });

  it('reads a two-level header: "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"', () => {
    const header = findGridHeader([
      ['STT', 'Nội dung', 'Đơn vị thực hiện', '', 'Thời gian'],
      ['', '', 'Chủ trì', 'Phối hợp', ''],
      ['1', 'Việc một', 'VP', 'TTr', 'Quý I'],
    ]);
    expect(header).toEqual({ row: 0, end: 1, columns: ['ordinal', 'content', 'lead', 'coord', 'time'] });
  });

  it('does not take a title line or a group row for a header row', () => {
    const header = findGridHeader([
      ['Triển khai nhiệm vụ chuyển đổi số năm 2024', '', '', ''],
      ['STT', 'Nội dung', 'Chủ trì', 'Thời hạn'],
      ['A. CÁC CHỈ TIÊU', '', '', ''],
    ]);
    expect(header).toEqual({ row: 1, end: 1, columns: ['ordinal', 'content', 'lead', 'time'] });
  });

  it('needs a content column and a unit column, among the first rows only', () => {
    expect(findGridHeader([['STT', 'Nội dung', 'Thời gian']])).toBeNull();
    expect(findGridHeader([['STT', 'Đơn vị chủ trì', 'Thời gian']])).toBeNull();
    const late = [...Array.from({ length: 5 }, () => ['x']), HEADER];
    expect(findGridHeader(late, { headerSearchRows: 3 })).toBeNull();
    expect(findGridHeader(late, { headerSearchRows: 6 })?.row).toBe(5);
  });
});

describe('splitUnitCell', () => {
  it.each<[string, string[]]>([
    ['CNTT-BCVT', ['CNTT-BCVT']],
    ['CNTT-BCVT;\nTTBCXB', ['CNTT-BCVT', 'TTBCXB']],
    ['Văn phòng Sở\nThanh tra Sở', ['Văn phòng Sở', 'Thanh tra Sở']],
    ['TTBCXB; KHTC;', ['TTBCXB', 'KHTC']],
    // A name wrapped over two lines of a PDF cell.
    ['CNTT-BCVT, TTBCXB, Văn\nphòng', ['CNTT-BCVT', 'TTBCXB', 'Văn phòng']],
    ['Thành viên Tổ\nCNSCĐ', ['Thành viên Tổ CNSCĐ']],
    ['Sở Tài chính, Sở Kế hoạch và Đầu tư', ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']],
    ['Trung tâm Công nghệ thông tin và Truyền thông', ['Trung tâm Công nghệ thông tin và Truyền thông']],
    // Texts the unit reader does not know are split on separators, keeping lower-case tails.
    ['UBND các huyện, thành phố', ['UBND các huyện, thành phố']],
    ['Các phòng, đơn vị liên quan', ['Các phòng, đơn vị liên quan']],
    ['Sở, ban, ngành; Báo An Giang', ['Sở, ban, ngành', 'Báo An Giang']],
    ['- Văn phòng\n- Thanh tra', ['Văn phòng', 'Thanh tra']],
    ['', []],
    [' \n ', []],
  ])('%j', (text, units) => {
    expect(splitUnitCell(text)).toEqual(units);
  });
});

describe('parsePlanGrid', () => {
  it('reads parts, domains, numbered rows and "- " sub-rows; skips repeated headers and numbering rows', () => {
    const result = parsePlanGrid([
      ['PHỤ LỤC', '', '', '', ''],
      HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['A. CÁC CHỈ TIÊU CHỦ YẾU', '', '', '', ''],
      ['I', 'Lĩnh vực Bưu chính', '', '', ''],
      ['', 'Doanh thu tăng\ntrên 10%', 'CNTT-BCVT;\nTTBCXB', '', 'Cả năm'],
      ['B', 'NHIỆM VỤ THEO TỪNG LĨNH VỰC', '', '', ''],
      ['', 'III. LĨNH VỰC CHÍNH PHỦ SỐ', '', '', ''],
      ['1', 'Theo dõi chỉ số phục vụ:', '', '', ''],
      ['', '- Công khai, minh bạch', 'Văn phòng', '', 'Thường xuyên'],
      HEADER,
      ['', '- Tiến độ giải quyết', 'CNTT-BCVT', 'TTBCXB', 'Thường xuyên'],
      ['2.', 'Việc không có thời hạn', 'KHTC', '', ''],
      ['', '', '', '', ''],
      ['Nơi nhận:', '', '', '', ''],
      ['- Như trên;', '', '', '', ''],
    ]);
    const chinhPhuSo = {
      kind: 'task',
      part: 'B',
      domain: 'LĨNH VỰC CHÍNH PHỦ SỐ',
      domainIndex: 'III',
    } as const;
    expect(result.items.map(itemShape)).toEqual<ItemShape[]>([
      {
        kind: 'indicator',
        part: 'A',
        domain: 'Lĩnh vực Bưu chính',
        domainIndex: 'I',
        ordinal: null,
        subOrdinal: null,
        content: 'Doanh thu tăng trên 10%',
        lead: ['CNTT-BCVT', 'TTBCXB'],
        coordinators: [],
        timeframeRaw: 'Cả năm',
      },
      {
        ...chinhPhuSo,
        ordinal: '1',
        subOrdinal: null,
        content: 'Theo dõi chỉ số phục vụ:',
        lead: [],
        coordinators: [],
        timeframeRaw: '',
      },
      {
        ...chinhPhuSo,
        ordinal: '1',
        subOrdinal: 1,
        content: 'Công khai, minh bạch',
        lead: ['Văn phòng'],
        coordinators: [],
        timeframeRaw: 'Thường xuyên',
      },
      {
        ...chinhPhuSo,
        ordinal: '1',
        subOrdinal: 2,
        content: 'Tiến độ giải quyết',
        lead: ['CNTT-BCVT'],
        coordinators: ['TTBCXB'],
        timeframeRaw: 'Thường xuyên',
      },
      {
        ...chinhPhuSo,
        ordinal: '2',
        subOrdinal: null,
        content: 'Việc không có thời hạn',
        lead: ['KHTC'],
        coordinators: [],
        timeframeRaw: '',
      },
    ]);
    expect(result.items.map((i) => i.lines)).toEqual([
      [6, 6],
      [9, 9],
      [10, 10],
      [12, 12],
      [13, 13],
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.items.flatMap((i) => i.warnings)).toEqual([]);
  });

  it('shares vertically merged unit and time cells and reads an output column', () => {
    const merged = new Set(['3:2', '3:4']);
    const result = parsePlanGrid(
      [
        ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Sản phẩm đầu ra'],
        ['I', 'LĨNH VỰC BÁO CHÍ', '', '', '', ''],
        ['1', 'Hội nghị giao ban báo chí', 'Phòng TTBCXB', 'Văn phòng Sở', 'Hằng quý', 'Thông báo kết luận'],
        ['2', 'Kiểm tra hoạt động in', '', 'Công an tỉnh', '', ''],
      ],
      { isMergedWithAbove: (r, c) => merged.has(`${r}:${c}`) },
    );
    expect(result.items.map((i) => [i.ordinal, i.lead, i.coordinators, i.timeframeRaw, i.output])).toEqual([
      ['1', ['Phòng TTBCXB'], ['Văn phòng Sở'], 'Hằng quý', 'Thông báo kết luận'],
      ['2', ['Phòng TTBCXB'], ['Công an tỉnh'], 'Hằng quý', null],
    ]);
    expect(result.items.every((i) => i.kind === 'task' && i.part === null && i.domainIndex === 'I')).toBe(
      true,
    );
  });

  it('adds a row with only unit or time cells to the row above (content merged over both)', () => {
    const result = parsePlanGrid([
      HEADER,
      ['1', 'Tổ chức hội nghị', 'VP', '', 'Quý I'],
      ['', '', 'TTr', '', 'Quý III'],
    ]);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      lead: ['VP', 'TTr'],
      timeframeRaw: 'Quý I; Quý III',
      lines: [2, 3],
      warnings: [PARSE_WARNINGS.rowMerged(3)],
    });
  });

  it('takes ordinals printed in the content cell when there is no STT column', () => {
    const result = parsePlanGrid([
      ['Nội dung', 'Chủ trì', 'Thời gian'],
      ['1. Rà soát thủ tục hành chính', 'VP', 'Quý I'],
      ['2) Số hóa hồ sơ', 'VP', 'Quý II'],
    ]);
    expect(result.items.map((i) => [i.ordinal, i.content])).toEqual([
      ['1', 'Rà soát thủ tục hành chính'],
      ['2', 'Số hóa hồ sơ'],
    ]);
  });

  it('reads rows of a "Chỉ tiêu" table as indicators and an unnumbered capitals row as a domain', () => {
    const result = parsePlanGrid([
      ['Chỉ tiêu', 'Đơn vị chủ trì', 'Thời gian'],
      ['LĨNH VỰC VIỄN THÔNG', '', ''],
      ['Tỷ lệ hộ gia đình dùng cáp quang đạt 90%', 'CNTT-BCVT', 'Cả năm'],
    ]);
    expect(result.items.map(itemShape)).toEqual<ItemShape[]>([
      {
        kind: 'indicator',
        part: null,
        domain: 'LĨNH VỰC VIỄN THÔNG',
        domainIndex: null,
        ordinal: null,
        subOrdinal: null,
        content: 'Tỷ lệ hộ gia đình dùng cáp quang đạt 90%',
        lead: ['CNTT-BCVT'],
        coordinators: [],
        timeframeRaw: 'Cả năm',
      },
    ]);
  });

  it('warns when there is no header, and flags odd rows', () => {
    expect(parsePlanGrid([['a', 'b']])).toEqual({
      items: [],
      warnings: ['no table header with content and unit columns was found'],
      header: null,
    });
    const odd = parsePlanGrid([HEADER, ['', '', 'VP', '', ''], ['3', '', 'VP', 'VP', 'Quý I']]);
    expect(odd.warnings).toEqual([PARSE_WARNINGS.rowSkipped(2)]);
    expect(odd.items[0]?.warnings).toEqual([
      PARSE_WARNINGS.emptyContent,
      PARSE_WARNINGS.leadAlsoCoordinator('VP'),
    ]);
  });
});

// Round trip over the real plan: seed 003's appendix rows laid out as a Word or Excel table would hold them.
const seeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const truthFile = `${seeds}003-appendix.truth.json`;

interface TruthItem {
  part: string;
  domain: string;
  domainIndex: string;
  ordinal: string | null;
  subOrdinal: number | null;
  content: string;
  lead: string[];
  coordinators: string[];
  timeframe: string;
}

describe.skipIf(!existsSync(truthFile))('parsePlanGrid on seed 003 laid out as a table', () => {
  it('reads back every row of the appendix', () => {
    const truth = (JSON.parse(readFileSync(truthFile, 'utf8')) as { items: TruthItem[] }).items;
    const partTitles: Record<string, string> = {
      A: 'CÁC CHỈ TIÊU CHỦ YẾU CỦA NGÀNH',
      B: 'NHIỆM VỤ THEO TỪNG LĨNH VỰC',
    };
    const rows: string[][] = [HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)']];
    let part = '';
    let domain = '';
    for (const item of truth) {
      if (item.part !== part) {
        part = item.part;
        domain = '';
        rows.push([`${part}. ${partTitles[part] ?? ''}`, '', '', '', '']);
      }
      if (item.domainIndex !== domain) {
        domain = item.domainIndex;
        rows.push([domain, item.domain, '', '', '']);
      }
      rows.push([
        item.subOrdinal === null ? (item.ordinal ?? '') : '',
        item.subOrdinal === null ? item.content : `- ${item.content}`,
        item.lead.join(';\n'),
        item.coordinators.join('; '),
        item.timeframe,
      ]);
    }
    const result = parsePlanGrid(rows);
    expect(result.warnings).toEqual([]);
    expect(
      result.items.map((i) => [
        i.part,
        i.domain,
        i.domainIndex,
        i.ordinal,
        i.subOrdinal,
        i.content,
        i.lead,
        i.coordinators,
        i.timeframeRaw,
      ]),
    ).toEqual(
      truth.map((t) => [
        t.part,
        t.domain,
        t.domainIndex,
        t.ordinal,
        t.subOrdinal,
        t.content,
        t.lead,
        t.coordinators,
        t.timeframe,
      ]),
    );
    expect(result.items.filter((i) => i.kind === 'indicator')).toHaveLength(
      truth.filter((t) => t.part === 'A').length,
    );
  });
});
