import { describe, expect, it } from 'vitest';
import { parsePlanText, type PlanItem } from './index.js';
import { PARSE_WARNINGS } from './warnings.js';

/**
 * Small appendix tables, one PDF-extraction artefact each. Lines are written as the extractor prints
 * them: cells of one row follow each other, a cell wrapped over lines spans several lines, and a leading
 * space or a line of spaces stands for an empty cell.
 */

const HEADER = 'STT Nội dung thực hiện Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện';
const table = (...rows: string[]): PlanItem[] => parsePlanText([HEADER, ...rows].join('\n')).items;
const brief = (item: PlanItem | undefined) =>
  item && {
    ordinal: item.ordinal,
    content: item.content,
    lead: item.lead,
    coordinators: item.coordinators,
    time: item.timeframeRaw,
  };

describe('appendix rows', () => {
  it('reads whole rows printed on one line', () => {
    const items = table(
      'I LĨNH VỰC BƯU CHÍNH',
      '1 Đánh giá chất lượng dịch vụ bưu chính CNTT-BCVT  Quý IV',
      '2 Thanh tra chuyên ngành viễn thông Thanh tra Sở CNTT-BCVT Theo Kế hoạch',
    );
    expect(items.map(brief)).toEqual([
      {
        ordinal: '1',
        content: 'Đánh giá chất lượng dịch vụ bưu chính',
        lead: ['CNTT-BCVT'],
        coordinators: [],
        time: 'Quý IV',
      },
      {
        ordinal: '2',
        content: 'Thanh tra chuyên ngành viễn thông',
        lead: ['Thanh tra Sở'],
        coordinators: ['CNTT-BCVT'],
        time: 'Theo Kế hoạch',
      },
    ]);
    expect(items[0]).toMatchObject({
      kind: 'task',
      part: null,
      domain: 'LĨNH VỰC BƯU CHÍNH',
      domainIndex: 'I',
    });
  });

  it('joins cells wrapped over many lines, and a token cut at a hyphen without a space', () => {
    const [item] = table(
      '1',
      'Khảo sát việc sử dụng dịch vụ theo Quyết định 45/2016/QĐ-',
      'TTg tại các địa phương; triển khai việc giao doanh nghiệp cung',
      'ứng dịch vụ bưu chính công ích',
      'CNTT-BCVT',
      'TTBCXB;',
      'KHTC;',
      'TTCNTT-TT',
      'Thực hiện trước ngày',
      '30/6 và ngày 15/12',
      'hàng năm',
    );
    expect(brief(item)).toEqual({
      ordinal: '1',
      content:
        'Khảo sát việc sử dụng dịch vụ theo Quyết định 45/2016/QĐ-TTg tại các địa phương; triển khai việc giao ' +
        'doanh nghiệp cung ứng dịch vụ bưu chính công ích',
      lead: ['CNTT-BCVT'],
      coordinators: ['TTBCXB', 'KHTC', 'TTCNTT-TT'],
      time: 'Thực hiện trước ngày 30/6 và ngày 15/12 hàng năm',
    });
    expect(item?.lines).toEqual([2, 12]);
  });

  it('skips a header repeated mid-row and carries the content and an open unit cell on', () => {
    const [item, next] = table(
      '1',
      'Hai mươi phần trăm người dân được xác thực',
      'CNTT-BCVT',
      'TTBCXB;',
      'KHTC;',
      'Cả năm',
      ' ' + HEADER,
      'định danh điện tử thông suốt',
      'Văn phòng;',
      'TTCNTT-TT',
      '2 Thống kê số liệu CNTT-BCVT KHTC Cả năm',
    );
    expect(brief(item)).toEqual({
      ordinal: '1',
      content: 'Hai mươi phần trăm người dân được xác thực định danh điện tử thông suốt',
      lead: ['CNTT-BCVT'],
      coordinators: ['TTBCXB', 'KHTC', 'Văn phòng', 'TTCNTT-TT'],
      time: 'Cả năm',
    });
    expect(item?.lines).toEqual([2, 11]);
    expect(next?.ordinal).toBe('2');
  });

  it('reads unit and time cells printed before the rest of a row broken across a page', () => {
    const items = table(
      '1',
      'Tiếp tục chỉ đạo các doanh nghiệp hoàn thành việc phủ sóng',
      'CNTT-BCVT  Cả năm',
      HEADER,
      'các ấp chưa có sóng băng rộng di động',
      '2',
      'Tổ chức thiết lập hệ thống truyền thanh từ các nguồn lực',
      'KHTC TTBCXB Trong năm',
      ' của Chương trình mục tiêu quốc gia',
      '3 Tuyên truyền về sản phẩm CNTT TTBCXB  Thường xuyên',
    );
    expect(items.map(brief)).toEqual([
      {
        ordinal: '1',
        content:
          'Tiếp tục chỉ đạo các doanh nghiệp hoàn thành việc phủ sóng các ấp chưa có sóng băng rộng di động',
        lead: ['CNTT-BCVT'],
        coordinators: [],
        time: 'Cả năm',
      },
      {
        ordinal: '2',
        content:
          'Tổ chức thiết lập hệ thống truyền thanh từ các nguồn lực của Chương trình mục tiêu quốc gia',
        lead: ['KHTC'],
        coordinators: ['TTBCXB'],
        time: 'Trong năm',
      },
      {
        ordinal: '3',
        content: 'Tuyên truyền về sản phẩm CNTT',
        lead: ['TTBCXB'],
        coordinators: [],
        time: 'Thường xuyên',
      },
    ]);
  });

  it('drops stray page numbers, even one that looks like the next ordinal', () => {
    const items = table(
      '1 Nhiệm vụ thứ nhất CNTT-BCVT  Cả năm',
      '2',
      'Nhiệm vụ thứ hai được viết',
      'trên hai dòng',
      'KHTC  Quý II',
      '3',
      '',
      HEADER,
      '3 Nhiệm vụ thứ ba Văn phòng  Quý III',
      '28',
      '4 Nhiệm vụ thứ tư Văn phòng  Quý IV',
    );
    expect(items.map((i) => [i.ordinal, i.content, i.timeframeRaw])).toEqual([
      ['1', 'Nhiệm vụ thứ nhất', 'Cả năm'],
      ['2', 'Nhiệm vụ thứ hai được viết trên hai dòng', 'Quý II'],
      ['3', 'Nhiệm vụ thứ ba', 'Quý III'],
      ['4', 'Nhiệm vụ thứ tư', 'Quý IV'],
    ]);
  });

  it('rejoins units split across lines and reads the separators', () => {
    const items = table(
      '1',
      'Hướng dẫn, hỗ trợ Tổ công nghệ số cộng đồng',
      'CNTT-BCVT',
      'Thành viên Tổ',
      'CNSCĐ',
      'Quý II',
      '2',
      'Rà soát dịch vụ công trực tuyến',
      'CNTT-BCVT,',
      'TTBCXB, Văn',
      'phòng',
      ' Thường xuyên',
      '3 Theo dõi tiến độ giải quyết KHTC, TTBCXB; Văn phòng Cả năm',
    );
    expect(items.map((i) => [i.lead, i.coordinators])).toEqual([
      [['CNTT-BCVT'], ['Thành viên Tổ CNSCĐ']],
      [['CNTT-BCVT', 'TTBCXB', 'Văn phòng'], []],
      [['KHTC', 'TTBCXB', 'Văn phòng'], []],
    ]);
  });

  it('treats unit lines without separators as two cells, unless the coordinator cell is printed empty', () => {
    const items = table(
      '1',
      'Tiến độ giải quyết hồ sơ',
      'CNTT-BCVT',
      'TTBCXB',
      'Thường xuyên',
      '2',
      'Tiến độ giải quyết hồ sơ',
      'CNTT-BCVT',
      'TTBCXB',
      ' Thường xuyên',
    );
    expect(items.map((i) => [i.lead, i.coordinators])).toEqual([
      [['CNTT-BCVT'], ['TTBCXB']],
      [['CNTT-BCVT', 'TTBCXB'], []],
    ]);
    expect(items[1]?.warnings).toContain(PARSE_WARNINGS.emptyCoordinatorCell);
  });

  it('keeps an abbreviation that ends the content in the content', () => {
    const [item] = table(
      '1',
      'Cung cấp thông tin nhu cầu nhân lực cho ngành công nghiệp',
      'CNTT',
      'CNTT-BCVT TTCNTT-TT Khi có yêu cầu',
    );
    expect(brief(item)).toEqual({
      ordinal: '1',
      content: 'Cung cấp thông tin nhu cầu nhân lực cho ngành công nghiệp CNTT',
      lead: ['CNTT-BCVT'],
      coordinators: ['TTCNTT-TT'],
      time: 'Khi có yêu cầu',
    });
  });

  it('recognises both spellings "Hằng" and "Hàng"', () => {
    const items = table(
      '1 Báo cáo dịch vụ công trực tuyến CNTT-BCVT  Hằng tháng',
      '2 Thanh tra hoạt động báo chí Thanh tra Sở TTBCXB Hàng quý',
      '3',
      'Công bố danh sách hồ sơ trễ hạn',
      'CNTT-BCVT',
      'Hằng năm',
    );
    expect(items.map((i) => i.timeframeRaw)).toEqual(['Hằng tháng', 'Hàng quý', 'Hằng năm']);
    expect(items[1]?.lead).toEqual(['Thanh tra Sở']);
  });

  it('leaves blank time cells blank and flags them', () => {
    const items = table(
      '1',
      'Triển khai Trung tâm dữ liệu tỉnh',
      'TTCNTT-TT',
      'KHTC;',
      'CNTT-BCVT',
      ' ',
      '2',
      'Lập kế hoạch nhu cầu kinh phí',
      'Văn phòng   ',
      '3 Thực hiện việc thu, chi, công tác thủ quỹ Văn phòng   ',
    );
    expect(items.map((i) => [i.lead, i.coordinators, i.timeframeRaw])).toEqual([
      [['TTCNTT-TT'], ['KHTC', 'CNTT-BCVT'], ''],
      [['Văn phòng'], [], ''],
      [['Văn phòng'], [], ''],
    ]);
    expect(items.every((i) => i.warnings.includes(PARSE_WARNINGS.blankTimeframe))).toBe(true);
  });

  it('reads "- " sub-rows that carry their own cells', () => {
    const items = table(
      '1',
      'Theo dõi, cải thiện chỉ số phục vụ người dân:',
      '   ',
      ' - Công khai, minh bạch Văn phòng  Thường xuyên',
      ' - Tiến độ giải quyết',
      'CNTT-BCVT',
      'TTBCXB',
      ' Thường xuyên',
      '2 Nhiệm vụ tiếp theo KHTC  Quý I',
    );
    expect(items.map((i) => [i.ordinal, i.subOrdinal, i.content, i.lead, i.timeframeRaw])).toEqual([
      ['1', null, 'Theo dõi, cải thiện chỉ số phục vụ người dân:', [], ''],
      ['1', 1, 'Công khai, minh bạch', ['Văn phòng'], 'Thường xuyên'],
      ['1', 2, 'Tiến độ giải quyết', ['CNTT-BCVT', 'TTBCXB'], 'Thường xuyên'],
      ['2', null, 'Nhiệm vụ tiếp theo', ['KHTC'], 'Quý I'],
    ]);
    expect(items[0]?.warnings).toEqual([]);
  });

  it('keeps "- " bullets inside one content cell in that cell', () => {
    const [item, next] = table(
      '1',
      'Tổ chức các hội nghị:',
      '- Hội nghị sơ kết 6 tháng;',
      '- Hội nghị tổng kết năm',
      'Văn phòng KHTC Quý IV',
      '2 Nhiệm vụ khác Văn phòng  Cả năm',
    );
    expect(brief(item)).toEqual({
      ordinal: '1',
      content: 'Tổ chức các hội nghị: - Hội nghị sơ kết 6 tháng; - Hội nghị tổng kết năm',
      lead: ['Văn phòng'],
      coordinators: ['KHTC'],
      time: 'Quý IV',
    });
    expect(item?.subOrdinal).toBeNull();
    expect(next?.ordinal).toBe('2');
  });
});
