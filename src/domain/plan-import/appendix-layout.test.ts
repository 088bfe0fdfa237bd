import { describe, expect, it } from 'vitest';
import { parsePlanText, type PlanItem } from './index.js';
import { PARSE_WARNINGS } from './warnings.js';

/** Where rows, sub-rows and tables begin and end, and tables whose header words and columns vary. */

const HEADER = 'STT Nội dung thực hiện Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện';
const table = (...rows: string[]): PlanItem[] => parsePlanText([HEADER, ...rows].join('\n')).items;

describe('appendix boundaries', () => {
  it('reads parts, domains and unnumbered indicator rows', () => {
    const items = table(
      'A CÁC CHỈ TIÊU CHỦ YẾU CỦA NGÀNH',
      'I Lĩnh vực Bưu chính',
      ' ',
      'Phấn đấu doanh thu bưu chính, viễn thông tăng trưởng',
      'trên 10%/ năm',
      'CNTT-BCVT;',
      'TTBCXB',
      ' Cả năm',
      ' ',
      '100% xã có điểm phục vụ bưu chính',
      'CNTT-BCVT  Cả năm',
      'II Lĩnh vực Viễn thông',
      ' Tỷ lệ người sử dụng Internet đạt 80% CNTT-BCVT  Cả năm',
      ' Tỷ lệ hộ gia đình có kết nối Internet đạt 90% CNTT-BCVT KHTC Cả năm',
      'B NHIỆM VỤ THEO TỪNG LĨNH VỰC',
      'I',
      'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC',
      'GIA',
      '   ',
      '1 Duy trì kết nối chia sẻ thông tin CNTT-BCVT TTCNTT-TT Thường xuyên',
    );
    expect(
      items.map((i) => [
        i.kind,
        i.part,
        i.domainIndex,
        i.domain,
        i.ordinal,
        i.content,
        i.lead,
        i.coordinators,
      ]),
    ).toEqual([
      [
        'indicator',
        'A',
        'I',
        'Lĩnh vực Bưu chính',
        null,
        'Phấn đấu doanh thu bưu chính, viễn thông tăng trưởng trên 10%/ năm',
        ['CNTT-BCVT', 'TTBCXB'],
        [],
      ],
      [
        'indicator',
        'A',
        'I',
        'Lĩnh vực Bưu chính',
        null,
        '100% xã có điểm phục vụ bưu chính',
        ['CNTT-BCVT'],
        [],
      ],
      [
        'indicator',
        'A',
        'II',
        'Lĩnh vực Viễn thông',
        null,
        'Tỷ lệ người sử dụng Internet đạt 80%',
        ['CNTT-BCVT'],
        [],
      ],
      [
        'indicator',
        'A',
        'II',
        'Lĩnh vực Viễn thông',
        null,
        'Tỷ lệ hộ gia đình có kết nối Internet đạt 90%',
        ['CNTT-BCVT'],
        ['KHTC'],
      ],
      [
        'task',
        'B',
        'I',
        'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
        '1',
        'Duy trì kết nối chia sẻ thông tin',
        ['CNTT-BCVT'],
        ['TTCNTT-TT'],
      ],
    ]);
  });

  it('starts a new unnumbered row once the previous one has its time cell', () => {
    const items = table(
      'A CÁC CHỈ TIÊU CHỦ YẾU',
      'I Lĩnh vực Viễn thông',
      'Tỷ lệ hộ gia đình sử dụng cáp quang',
      'đạt 90%',
      'CNTT-BCVT  Cả năm',
      'Tỷ lệ người sử dụng Internet đạt 80%',
      'CNTT-BCVT KHTC Cả năm',
    );
    expect(items.map((i) => [i.content, i.coordinators])).toEqual([
      ['Tỷ lệ hộ gia đình sử dụng cáp quang đạt 90%', []],
      ['Tỷ lệ người sử dụng Internet đạt 80%', ['KHTC']],
    ]);
  });

  it('reads "2.1" sub-numbering as sub-rows', () => {
    const items = table(
      '1 Nhiệm vụ chung Văn phòng  Cả năm',
      '2 Cải thiện chỉ số phục vụ người dân:',
      '2.1 Công khai, minh bạch Văn phòng  Quý I',
      '2.2',
      'Tiến độ giải quyết hồ sơ',
      'CNTT-BCVT KHTC Quý II',
    );
    expect(items.map((i) => [i.ordinal, i.subOrdinal, i.content, i.timeframeRaw])).toEqual([
      ['1', null, 'Nhiệm vụ chung', 'Cả năm'],
      ['2', null, 'Cải thiện chỉ số phục vụ người dân:', ''],
      ['2', 1, 'Công khai, minh bạch', 'Quý I'],
      ['2', 2, 'Tiến độ giải quyết hồ sơ', 'Quý II'],
    ]);
  });

  it('switches to the columns of a further appendix and stops at the signature', () => {
    const items = table(
      '1 Nhiệm vụ của phụ lục một Văn phòng KHTC Quý I',
      'PHỤ LỤC II',
      'DANH MỤC SẢN PHẨM',
      'TT Nhiệm vụ Chủ trì Thời hạn Sản phẩm',
      '1 Ban hành quy chế Văn phòng Quý II Quyết định',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
    );
    expect(
      items.map((i) => [i.ordinal, i.content, i.lead, i.coordinators, i.timeframeRaw, i.output]),
    ).toEqual([
      ['1', 'Nhiệm vụ của phụ lục một', ['Văn phòng'], ['KHTC'], 'Quý I', null],
      ['1', 'Ban hành quy chế', ['Văn phòng'], [], 'Quý II', 'Quyết định'],
    ]);
  });
});

describe('appendix headers', () => {
  it('finds columns by their words: "TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Sản phẩm"', () => {
    const { items } = parsePlanText(
      [
        'TT Nhiệm vụ Chủ trì Phối hợp Thời hạn Sản phẩm',
        '1 Xây dựng kế hoạch chuyển đổi số Văn phòng KHTC Quý I Kế hoạch',
        '2',
        'Tham mưu ban hành quy chế',
        'bảo đảm an toàn thông tin',
        'TTCNTT-TT',
        'CNTT-BCVT',
        'Tháng 6/2024',
        'Quyết định của',
        'UBND tỉnh',
      ].join('\n'),
    );
    expect(items.map((i) => [i.content, i.lead, i.coordinators, i.timeframeRaw, i.output])).toEqual([
      ['Xây dựng kế hoạch chuyển đổi số', ['Văn phòng'], ['KHTC'], 'Quý I', 'Kế hoạch'],
      [
        'Tham mưu ban hành quy chế bảo đảm an toàn thông tin',
        ['TTCNTT-TT'],
        ['CNTT-BCVT'],
        'Tháng 6/2024',
        'Quyết định của UBND tỉnh',
      ],
    ]);
  });

  it('reads a header whose cells wrap onto a second line', () => {
    const { items } = parsePlanText(
      [
        'STT Nội dung nhiệm vụ Đơn vị Đơn vị Thời gian',
        'chủ trì phối hợp hoàn thành',
        '1 Số hóa hồ sơ lưu trữ Văn phòng TTCNTT-TT Quý III',
      ].join('\n'),
    );
    expect(items.map((i) => [i.ordinal, i.content, i.lead, i.coordinators, i.timeframeRaw])).toEqual([
      ['1', 'Số hóa hồ sơ lưu trữ', ['Văn phòng'], ['TTCNTT-TT'], 'Quý III'],
    ]);
  });

  it('puts an output column printed before the units after the content', () => {
    const { items } = parsePlanText(
      [
        'STT Nội dung công việc Sản phẩm đầu ra Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành',
        '1',
        'Xây dựng quy chế phối hợp',
        'giữa các phòng',
        'Quyết định của Giám đốc Sở',
        'Văn phòng',
        'KHTC',
        'Quý II',
      ].join('\n'),
    );
    expect(items.map((i) => [i.content, i.output, i.lead, i.coordinators, i.timeframeRaw])).toEqual([
      [
        'Xây dựng quy chế phối hợp giữa các phòng',
        'Quyết định của Giám đốc Sở',
        ['Văn phòng'],
        ['KHTC'],
        'Quý II',
      ],
    ]);
  });

  it('puts every unit in the lead cell when the table has one unit column', () => {
    const { items } = parsePlanText(
      [
        'STT Nhiệm vụ Đơn vị thực hiện Thời gian hoàn thành',
        '1',
        'Rà soát văn bản quy phạm pháp luật',
        'Văn phòng',
        'Thanh tra Sở',
        'Quý I',
      ].join('\n'),
    );
    expect(items.map((i) => [i.lead, i.coordinators, i.timeframeRaw])).toEqual([
      [['Văn phòng', 'Thanh tra Sở'], [], 'Quý I'],
    ]);
  });

  it('follows the header when the coordinating column comes first', () => {
    const { items } = parsePlanText(
      [
        'STT Nội dung Đơn vị phối hợp Đơn vị chủ trì Thời hạn',
        '1 Kiểm tra an toàn thông tin KHTC TTCNTT-TT Quý II',
      ].join('\n'),
    );
    expect(items.map((i) => [i.lead, i.coordinators])).toEqual([[['TTCNTT-TT'], ['KHTC']]]);
  });

  it('warns when there is no table', () => {
    const result = parsePlanText('KẾ HOẠCH\nVề một việc\nI. MỤC TIÊU\nNội dung.');
    expect(result.items).toEqual([]);
    expect(result.warnings).toContain(PARSE_WARNINGS.noTable);
  });
});
