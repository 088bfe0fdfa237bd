import { describe, expect, it } from 'vitest';
import { parsePlanGrid, splitUnitCell } from './grid.js';
import { parsePlanText } from './index.js';

/**
 * Hierarchy in a plan's table: ordinals and sub-ordinals keep the document's own labels, a parent row is
 * a row even with blank unit cells, and a section heading that says CHỈ TIÊU holds indicators.
 */

const HEADER = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];

type Row = [string, string, string, string, string];

function read(rows: Row[]) {
  return parsePlanGrid([HEADER, ...rows]).items.map((i) => ({
    kind: i.kind,
    domain: i.domain,
    domainIndex: i.domainIndex,
    ordinal: i.ordinal,
    sub: i.subLabel,
    position: i.subOrdinal,
    content: i.content,
  }));
}

describe('sub-row labels', () => {
  it.each<[string, Row[], [string | null, string | null, number | null][]]>([
    [
      '"2.1", "2.2" under a parent row without units',
      [
        ['2', 'Phát triển hạ tầng số', '', '', ''],
        ['2.1', 'Hạ tầng dùng chung', 'VP', '', 'Quý II'],
        ['2.2', 'Phủ sóng 4G', 'VP', '', 'Quý III'],
      ],
      [
        ['2', null, null],
        ['2', '1', 1],
        ['2', '2', 2],
      ],
    ],
    [
      '"a)", "b)" in the STT cell under item 3',
      [
        ['3', 'Triển khai văn bản', '', '', ''],
        ['a)', 'Hướng dẫn', 'VP', '', 'Quý I'],
        ['b)', 'Tổng hợp', 'VP', '', 'Quý II'],
      ],
      [
        ['3', null, null],
        ['3', 'a', 1],
        ['3', 'b', 2],
      ],
    ],
    [
      '"a) …" in the content cell with an empty STT cell',
      [
        ['4', 'An toàn thông tin', '', '', ''],
        ['', 'a) Diễn tập', 'VP', '', 'Tháng 10'],
        ['', 'b) Đánh giá', 'VP', '', 'Quý IV'],
      ],
      [
        ['4', null, null],
        ['4', 'a', 1],
        ['4', 'b', 2],
      ],
    ],
    [
      '"- " bullets are numbered by position',
      [
        ['1', 'Số hóa hồ sơ', '', '', ''],
        ['', '- Cấp sở', 'VP', '', 'Quý II'],
        ['', '- Cấp huyện', 'VP', '', 'Quý IV'],
      ],
      [
        ['1', null, null],
        ['1', '1', 1],
        ['1', '2', 2],
      ],
    ],
    [
      '"1.1" without a printed parent row still names its parent',
      [['1.1', 'Kế hoạch 5 năm', 'VP', '', 'Quý III']],
      [['1', '1', 1]],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(read(rows).map((r) => [r.ordinal, r.sub, r.position])).toEqual(expected);
  });

  it('strips the sub-row label from the content', () => {
    const items = read([
      ['4', 'An toàn thông tin', '', '', ''],
      ['', 'a) Diễn tập ứng cứu sự cố', 'VP', '', 'Tháng 10'],
    ]);
    expect(items[1]?.content).toBe('Diễn tập ứng cứu sự cố');
  });

  it('reads "a) …" as content when no numbered row comes before it', () => {
    expect(read([['', 'a) Việc lẻ', 'VP', '', 'Quý I']])[0]).toMatchObject({ ordinal: null, sub: null });
  });
});

describe('section headings inside the table', () => {
  it.each<[string, string, 'indicator' | 'task', string | null]>([
    ['I. CHỈ TIÊU PHÁT TRIỂN NGÀNH', 'CHỈ TIÊU PHÁT TRIỂN NGÀNH', 'indicator', 'I'],
    ['II. NHIỆM VỤ TRỌNG TÂM', 'NHIỆM VỤ TRỌNG TÂM', 'task', 'II'],
    ['1. LĨNH VỰC CHÍNH QUYỀN SỐ', 'LĨNH VỰC CHÍNH QUYỀN SỐ', 'task', '1'],
    ['III. CÁC CHỈ TIÊU CHỦ YẾU', 'CÁC CHỈ TIÊU CHỦ YẾU', 'indicator', 'III'],
  ])('%s', (heading, domain, kind, index) => {
    const items = read([
      [heading, '', '', '', ''],
      ['1', 'Một dòng', 'VP', '', 'Quý I'],
    ]);
    expect(items[0]).toMatchObject({ domain, kind, domainIndex: index });
  });

  it('keeps an Arabic-numbered row in ordinary case as a row, not a heading', () => {
    const items = read([['1. Xây dựng kế hoạch', '', '', '', '']]);
    expect(items).toHaveLength(1);
  });

  it('switches from indicators to tasks at the next section', () => {
    const items = read([
      ['I. CHỈ TIÊU PHÁT TRIỂN NGÀNH', '', '', '', ''],
      ['1', 'Tỷ lệ A đạt 90%', 'VP', '', 'Cả năm'],
      ['II. NHIỆM VỤ TRỌNG TÂM', '', '', '', ''],
      ['1', 'Làm B', 'VP', '', 'Quý I'],
    ]);
    expect(items.map((i) => i.kind)).toEqual(['indicator', 'task']);
  });
});

describe('splitUnitCell: collectives', () => {
  it.each([
    ['Các Cục, Vụ', ['Các Cục, Vụ']],
    ['UBND các huyện, thành phố', ['UBND các huyện, thành phố']],
    ['Văn phòng Sở, Thanh tra Sở', ['Văn phòng Sở', 'Thanh tra Sở']],
  ])('%s', (cell, units) => {
    expect(splitUnitCell(cell)).toEqual(units);
  });
});

describe('splitUnitCell: names broken over lines and joined by "và"', () => {
  it.each([
    ['Văn phòng Sở và Thanh tra Sở', ['Văn phòng Sở', 'Thanh tra Sở']],
    ['Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư']],
    ['Trung tâm Công nghệ thông tin và Truyền thông', ['Trung tâm Công nghệ thông tin và Truyền thông']],
    ['Phòng Kế hoạch -\nTài chính', ['Phòng Kế hoạch - Tài chính']],
    ['Văn phòng\nSở', ['Văn phòng Sở']],
    ['Phòng BCVT-CNTT\n(chủ trì)', ['Phòng BCVT-CNTT']],
  ])('%j', (cell, units) => {
    expect(splitUnitCell(cell)).toEqual(units);
  });
});

describe('section headings in text extracted from a PDF', () => {
  it('reads the rows under "I CHỈ TIÊU …" as indicators and under "II NHIỆM VỤ …" as tasks', () => {
    const items = parsePlanText(
      [
        'STT Nội dung thực hiện Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện',
        'I CHỈ TIÊU PHÁT TRIỂN NGÀNH',
        '1 Tỷ lệ hồ sơ trực tuyến đạt 50% CNTT-BCVT  Cả năm',
        'II NHIỆM VỤ TRỌNG TÂM',
        '1 Kiểm tra hoạt động bưu chính Thanh tra Sở CNTT-BCVT Quý III',
      ].join('\n'),
    ).items;
    expect(items.map((i) => [i.kind, i.domainIndex, i.domain])).toEqual([
      ['indicator', 'I', 'CHỈ TIÊU PHÁT TRIỂN NGÀNH'],
      ['task', 'II', 'NHIỆM VỤ TRỌNG TÂM'],
    ]);
  });
});
