// eslint-disable-next-line no-restricted-imports -- the test reads its fixtures; the parser takes a string
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDirectiveText } from './parse.js';
import { readAssignment, readDeadlinePhrase } from './assignment.js';
import { sourceKindOf } from './kinds.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/directives/${name}`, import.meta.url), 'utf8');

describe('readAssignment: who leads and who coordinates in a sentence', () => {
  it.each<[string, string[], string[]]>([
    [
      'Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Văn phòng UBND tỉnh tham mưu',
      ['Sở Tài chính'],
      ['Sở Kế hoạch và Đầu tư', 'Văn phòng UBND tỉnh'],
    ],
    ['Giao Văn phòng theo dõi, đôn đốc.', ['Văn phòng'], []],
    ['Sở Xây dựng chủ trì rà soát quy hoạch', ['Sở Xây dựng'], []],
    ['Giao cho Văn phòng và Thanh tra Sở kiểm tra', ['Văn phòng'], ['Thanh tra Sở']],
    [
      'Đề nghị Công an tỉnh phối hợp Sở Thông tin và Truyền thông đánh giá',
      ['Công an tỉnh'],
      ['Sở Thông tin và Truyền thông'],
    ],
    [
      'Yêu cầu Trung tâm Công nghệ thông tin và Truyền thông khẩn trương khắc phục',
      ['Trung tâm Công nghệ thông tin và Truyền thông'],
      [],
    ],
    ['Tiếp tục theo dõi tình hình', [], []],
  ])('%s', (text, lead, coordinators) => {
    const read = readAssignment(text);
    expect(read.lead).toEqual(lead);
    expect(read.coordinators).toEqual(coordinators);
  });
});

describe('readDeadlinePhrase: the deadline as the timeframe reader takes it', () => {
  it.each<[string, string]>([
    ['hoàn thành trước ngày 30/6/2026.', 'trước ngày 30/6/2026'],
    ['báo cáo trước ngày 15/5', 'trước ngày 15/5'],
    ['xong trước 31 tháng 8 năm 2026', 'trước ngày 31/8/2026'],
    ['chậm nhất ngày 10/7/2026', 'trước ngày 10/7/2026'],
    ['hoàn thành trong tháng 9/2026', 'Tháng 9/2026'],
    ['kiểm tra trong quý III/2026', 'Quý III/2026'],
    ['thực hiện thường xuyên', 'Thường xuyên'],
    ['theo dõi, đôn đốc', ''],
  ])('%s → %s', (text, phrase) => expect(readDeadlinePhrase(text)).toBe(phrase));
});

describe('sourceKindOf: the kind a type line suggests', () => {
  it.each<[string | null, string | null, string]>([
    ['thong bao', 'ket luan cua giam doc so', 'conclusionNotice'],
    ['chi thi', null, 'directive'],
    ['cong van', null, 'directive'],
    ['ke hoach', null, 'plan'],
    [null, null, 'other'],
  ])('%s / %s → %s', (type, title, kind) => expect(sourceKindOf(type, title)).toBe(kind));
});

// [ordinal, sub label, lead, coordinators, deadline phrase]
type Expected = [string, string | null, string[], string[], string];

describe('parseDirectiveText: every numbered item is a task, in two layouts', () => {
  it('reads a conclusion notice (items "1." … "8.", the closing line and signature left out)', () => {
    const result = parseDirectiveText(fixture('tb-ket-luan.txt'));
    expect(result.document).toMatchObject({
      number: '125/TB-STTTT',
      date: '2026-03-15',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      type: 'THÔNG BÁO',
      title: 'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3 năm 2026',
      year: 2026,
    });
    const expected: Expected[] = [
      ['1', null, ['Phòng Kế hoạch - Tài chính'], ['Văn phòng'], 'trước ngày 30/6/2026'],
      [
        '2',
        null,
        ['Phòng Công nghệ thông tin - Bưu chính viễn thông'],
        ['Trung tâm Công nghệ thông tin và Truyền thông'],
        'trước ngày 15/5/2026',
      ],
      ['3', null, ['Thanh tra Sở'], [], 'Quý III/2026'],
      [
        '4',
        null,
        ['Trung tâm Công nghệ thông tin và Truyền thông'],
        ['Phòng Thông tin - Báo chí - Xuất bản'],
        'trước ngày 31/8/2026',
      ],
      ['5', null, ['Văn phòng Sở'], [], 'trước ngày 10/7/2026'],
      [
        '6',
        null,
        ['Phòng Thông tin - Báo chí - Xuất bản'],
        ['Phòng Công nghệ thông tin - Bưu chính viễn thông', 'Thanh tra Sở'],
        'Tháng 9/2026',
      ],
      ['7', null, ['Phòng Kế hoạch - Tài chính'], [], 'trước ngày 20/4/2026'],
      ['8', null, ['Văn phòng'], [], 'Thường xuyên'],
    ];
    expect(result.items.map((i) => [i.ordinal, i.subLabel, i.lead, i.coordinators, i.timeframeRaw])).toEqual(
      expected,
    );
    expect(result.items.at(-1)?.content).toBe(
      'Giao Văn phòng theo dõi, đôn đốc các đơn vị thực hiện các nội dung trên.',
    );
  });

  it('reads a directive letter with roman headings and lettered sub-items as tasks of their own', () => {
    const result = parseDirectiveText(fixture('cong-van-chi-dao.txt'));
    expect(result.document).toMatchObject({ number: '2150/UBND-KGVX', date: '2026-04-02' });
    const expected: Expected[] = [
      [
        '1',
        null,
        ['Sở Thông tin và Truyền thông'],
        ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư'],
        'trước ngày 15/5/2026',
      ],
      ['2', 'a', ['Sở Thông tin và Truyền thông'], [], 'trước ngày 30/9/2026'],
      ['2', 'b', ['Công an tỉnh'], ['Sở Thông tin và Truyền thông'], 'Quý III/2026'],
      ['3', null, ['Sở Tư pháp'], ['Văn phòng UBND tỉnh'], 'Tháng 6/2026'],
      ['4', null, ['Sở Y tế'], [], 'trước ngày 31/7/2026'],
      [
        '5',
        null,
        ['Sở Giáo dục và Đào tạo'],
        ['Sở Lao động - Thương binh và Xã hội'],
        'trước ngày 30/11/2026',
      ],
      ['6', null, ['Văn phòng UBND tỉnh'], [], 'Thường xuyên'],
    ];
    expect(result.items.map((i) => [i.ordinal, i.subLabel, i.lead, i.coordinators, i.timeframeRaw])).toEqual(
      expected,
    );
    expect(result.items[0]?.domain).toBe('VỀ HẠ TẦNG SỐ');
    expect(result.items[4]?.domain).toBe('VỀ DỮ LIỆU');
    expect(result.items[5]?.warnings).toContain(
      'Văn bản giao cho nhiều đơn vị mà không ghi đơn vị chủ trì; đơn vị đầu tiên được coi là chủ trì',
    );
  });

  it('says so when a document has no numbered item', () => {
    const result = parseDirectiveText('THÔNG BÁO\nKết luận cuộc họp\nCác đơn vị thực hiện nghiêm.');
    expect(result.items).toEqual([]);
    expect(result.warnings[0]).toContain('Không tìm thấy mục nào được đánh số');
  });
});
