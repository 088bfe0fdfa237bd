import { describe, expect, it } from 'vitest';
import { OFFICIAL_ADJUSTMENTS, WorkingCalendar } from '../calendar/index.js';
import type { ParsedReportRegime } from '../plan-import/types.js';
import { DEFAULT_OUTLINE, type ReportRegime, regimeFromParsed, resolveReportingUnits } from './regime.js';
import { SEED_003_REGIMES } from './seed-003.fixture.js';
import { validateRegime } from './validate.js';

const calendar = new WorkingCalendar({ adjustments: OFFICIAL_ADJUSTMENTS });

describe('regimeFromParsed: seed 003', () => {
  it.each([
    [
      'weekly',
      { kind: 'weekday', weekday: 4, time: '15:00' },
      { kind: 'weekEndingOn', weekday: 3 },
      undefined,
    ],
    ['monthly', { kind: 'dayOfMonth', day: 15 }, { kind: 'standard' }, undefined],
    ['quarterly', { kind: 'dayOfLastMonthOfQuarter', day: 15 }, { kind: 'standard' }, undefined],
    ['semiannual', { kind: 'fixedDate', day: 15, month: 6 }, { kind: 'standard' }, [1]],
    ['nineMonths', { kind: 'fixedDate', day: 15, month: 9 }, { kind: 'standard' }, undefined],
    ['annual', { kind: 'fixedDate', day: 15, month: 11 }, { kind: 'standard' }, undefined],
  ])('%s → deadline %o, cut-off %o, periods %o', (frequency, deadlineRule, cutOffRule, periodIndexes) => {
    const parsed = SEED_003_REGIMES.find((r) => r.frequency === frequency);
    const { regime } = regimeFromParsed(parsed as ParsedReportRegime);
    expect(regime).toMatchObject({ id: frequency, frequency, deadlineRule, cutOffRule, scope: 'internal' });
    expect(regime.periodIndexes).toEqual(periodIndexes);
    expect(regime.outline).toBe(DEFAULT_OUTLINE);
    expect(regime.source).toEqual({ text: parsed?.sourceText, recipient: parsed?.recipient });
  });

  it('leaves content and units to the reviewer, and says so', () => {
    const [weekly] = SEED_003_REGIMES;
    const { regime, warnings } = regimeFromParsed(weekly as ParsedReportRegime);
    expect(warnings).toEqual([
      'Văn bản không quy định thời gian chốt số liệu báo cáo tuần; đề xuất chốt đến ngày liền trước hạn gửi.',
    ]);
    expect(validateRegime(regime)).toEqual([
      'Chưa có nội dung yêu cầu báo cáo.',
      'Chưa xác định đối tượng thực hiện báo cáo.',
      'Chưa xác định cơ quan nhận báo cáo.',
    ]);
  });

  it.each<[ParsedReportRegime['frequency'], object]>([
    ['weekly', { kind: 'weekday', weekday: 5 }],
    ['monthly', { kind: 'dayOfMonth', day: 15 }],
    ['annual', { kind: 'dayOfMonth', day: 15 }],
  ])('an unread %s deadline gets a default %o and a warning', (frequency, deadlineRule) => {
    const parsed: ParsedReportRegime = {
      name: 'Báo cáo',
      frequency,
      deadline: { raw: 'theo yêu cầu' },
      recipient: null,
      sourceText: '',
    };
    const { regime, warnings } = regimeFromParsed(parsed, { id: 'r1', receivingUnitId: 'vp' });
    expect(regime).toMatchObject({ id: 'r1', receivingUnitId: 'vp', deadlineRule });
    expect(warnings[0]).toBe(
      'Không đọc được thời hạn "theo yêu cầu"; tạm đề xuất thời hạn mặc định, cần kiểm tra.',
    );
  });
});

const complete: ReportRegime = {
  ...regimeFromParsed(SEED_003_REGIMES[1] as ParsedReportRegime, {
    receivingUnitId: 'khtc',
    reportingUnits: ['cntt', 'ttbcxb', 'vp'],
  }).regime,
  content: 'Kết quả thực hiện nhiệm vụ, chỉ tiêu trong tháng',
  dataForm: ['CT-01', 'CT-02'],
};

describe('validateRegime', () => {
  it('accepts a complete regime', () => {
    expect(validateRegime(complete, { year: 2025, calendar })).toEqual([]);
  });

  it.each<[string, Partial<ReportRegime>, string]>([
    ['no name', { name: '  ' }, 'Chưa có tên báo cáo.'],
    [
      'no children-of unit',
      { reportingUnits: { childrenOf: '' } },
      'Chưa xác định đối tượng thực hiện báo cáo.',
    ],
    ['a blank unit id', { reportingUnits: ['cntt', ''] }, 'Mã đơn vị thực hiện báo cáo không được để trống.'],
    ['a unit twice', { reportingUnits: ['cntt', 'cntt'] }, 'Đơn vị cntt được liệt kê nhiều lần.'],
    [
      'the receiver reporting to itself',
      { reportingUnits: ['cntt', 'khtc'] },
      'Cơ quan nhận báo cáo không thể đồng thời là đơn vị thực hiện báo cáo.',
    ],
    ['an unknown frequency', { frequency: 'daily' as 'weekly' }, 'Tần suất "daily" không hợp lệ.'],
    [
      'a bad deadline field',
      { deadlineRule: { kind: 'dayOfMonth', day: 40 } },
      'Ngày trong tháng phải từ 1 đến 31.',
    ],
    [
      'a weekday deadline on a monthly report',
      { deadlineRule: { kind: 'weekday', weekday: 4 } },
      'Thời hạn theo thứ trong tuần chỉ dùng cho báo cáo tuần.',
    ],
    [
      'a quarter rule on a monthly report',
      { deadlineRule: { kind: 'dayOfLastMonthOfQuarter', day: 15 } },
      'Thời hạn "tháng cuối quý" chỉ dùng cho báo cáo quý.',
    ],
    [
      'a fixed date on twelve periods',
      { deadlineRule: { kind: 'fixedDate', day: 15, month: 6 } },
      'Thời hạn ngày cố định trong năm chỉ dùng khi mỗi năm có một kỳ báo cáo.',
    ],
    [
      'an explicit deadline on a periodic report',
      { deadlineRule: { kind: 'explicit', at: '2025-03-20' } },
      'Thời hạn gửi ngày cụ thể chỉ dùng cho báo cáo đột xuất.',
    ],
    [
      'a week cut-off on a monthly report',
      { cutOffRule: { kind: 'weekEndingOn', weekday: 3 } },
      'Chốt số liệu theo thứ trong tuần chỉ dùng cho báo cáo tuần.',
    ],
    [
      'an ad hoc report without dates',
      { frequency: 'adHoc' },
      'Báo cáo đột xuất phải có thời hạn gửi cụ thể.',
    ],
    ['month 13', { periodIndexes: [1, 13] }, 'Kỳ báo cáo không hợp lệ: 13.'],
    ['a period twice', { periodIndexes: [6, 6] }, 'Kỳ báo cáo bị lặp.'],
    ['no outline', { outline: [] }, 'Chưa có đề cương báo cáo.'],
    [
      'an outline key twice',
      { outline: [...DEFAULT_OUTLINE, { key: 'results', title: 'Kết quả' }] },
      'Mục đề cương "results" bị lặp.',
    ],
    ['an untitled section', { outline: [{ key: 'a', title: '' }] }, 'Mục đề cương phải có mã và tiêu đề.'],
    ['an indicator twice', { dataForm: ['CT-01', 'CT-01'] }, 'Chỉ tiêu CT-01 bị lặp trong biểu mẫu số liệu.'],
  ])('flags %s', (_what, change, problem) => {
    expect(validateRegime({ ...complete, ...change })).toContain(problem);
  });

  it.each<[string, Partial<ReportRegime>, string]>([
    [
      'the seed annual report, due 15/11 with data to 14/12',
      { frequency: 'annual', deadlineRule: { kind: 'fixedDate', day: 15, month: 11 } },
      'Thời hạn gửi không sau ngày kết thúc chốt số liệu ở 1 kỳ năm 2025 (ví dụ Năm 2025: hạn 15/11/2025, ' +
        'chốt số liệu đến 14/12/2025); Điều 8 khoản 5 Nghị định 09/2019/NĐ-CP yêu cầu ít nhất 01 ngày làm việc ' +
        'sau khi chốt số liệu.',
    ],
    [
      'a Thursday weekly report over the whole ISO week',
      { frequency: 'weekly', deadlineRule: { kind: 'weekday', weekday: 4, time: '15:00' } },
      'Thời hạn gửi không sau ngày kết thúc chốt số liệu ở 52 kỳ năm 2025 (ví dụ Tuần 01/2025: hạn 2/1/2025, ' +
        'chốt số liệu đến 5/1/2025); Điều 8 khoản 5 Nghị định 09/2019/NĐ-CP yêu cầu ít nhất 01 ngày làm việc ' +
        'sau khi chốt số liệu.',
    ],
  ])('with a year, flags %s', (_what, change, problem) => {
    expect(validateRegime({ ...complete, ...change }, { year: 2025, calendar })).toEqual([problem]);
  });
});

describe('resolveReportingUnits', () => {
  const units = [
    { id: 'so', parentId: null },
    { id: 'vp', parentId: 'so' },
    { id: 'khtc', parentId: 'so' },
    { id: 'to-1', parentId: 'vp' },
  ];
  it.each<[ReportRegime['reportingUnits'], string[]]>([
    [
      ['khtc', 'vp', 'khtc'],
      ['khtc', 'vp'],
    ],
    [{ childrenOf: 'so' }, ['vp', 'khtc']],
    [{ childrenOf: 'to-1' }, []],
  ])('%o → %o', (spec, ids) => {
    expect(resolveReportingUnits(spec, units)).toEqual(ids);
  });
});
