import { describe, expect, it } from 'vitest';
import { normalizeTimeframe, type RecurringTimeframe, type Timeframe } from './index';

const MONTH_ENDS_2023 = [
  '2023-01-31',
  '2023-02-28',
  '2023-03-31',
  '2023-04-30',
  '2023-05-31',
  '2023-06-30',
  '2023-07-31',
  '2023-08-31',
  '2023-09-30',
  '2023-10-31',
  '2023-11-30',
  '2023-12-31',
];
const QUARTER_ENDS_2023 = ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31'];

type Occurrences = RecurringTimeframe['schedule'][number];
const monthly: Occurrences = { frequency: 'monthly', dueDates: MONTH_ENDS_2023 };
const quarterly: Occurrences = { frequency: 'quarterly', dueDates: QUARTER_ENDS_2023 };
const annual: Occurrences = { frequency: 'annual', dueDates: ['2023-12-31'] };

// Every form the plans use. Plan year 2023 (the seed plan's) unless the text names a year.
const cases: [string, Partial<Timeframe> & Record<string, unknown>][] = [
  ['Cả năm', { kind: 'wholeYear', year: 2023, dueDates: ['2023-12-31'] }],
  ['Trong năm', { kind: 'wholeYear', year: 2023, dueDates: ['2023-12-31'] }],
  ['Trong năm 2025', { kind: 'wholeYear', year: 2025, dueDates: ['2025-12-31'] }],
  ['Thường xuyên', { kind: 'continuous', dueDates: [] }],
  ['Quý I', { kind: 'quarter', year: 2023, quarters: [1], dueDates: ['2023-03-31'] }],
  ['Quý II', { kind: 'quarter', year: 2023, quarters: [2], dueDates: ['2023-06-30'] }],
  ['Quý III', { kind: 'quarter', year: 2023, quarters: [3], dueDates: ['2023-09-30'] }],
  ['Quý IV', { kind: 'quarter', year: 2023, quarters: [4], dueDates: ['2023-12-31'] }],
  ['Quý III/2025', { kind: 'quarter', year: 2025, quarters: [3], dueDates: ['2025-09-30'] }],
  ['Quý II - Quý III/2025', { kind: 'quarter', year: 2025, quarters: [2, 3], dueDates: ['2025-09-30'] }],
  ['Tháng 12/2023', { kind: 'month', year: 2023, months: [12], dueDates: ['2023-12-31'] }],
  ['Tháng 9/2025', { kind: 'month', year: 2025, months: [9], dueDates: ['2025-09-30'] }],
  ['Trước ngày 30/6/2025', { kind: 'deadline', everyYear: false, dueDates: ['2025-06-30'] }],
  [
    'Thực hiện trước ngày 30/6 và ngày 15/12 hàng năm',
    {
      kind: 'deadline',
      everyYear: true,
      deadlines: [{ date: '2023-06-30' }, { date: '2023-12-15' }],
      dueDates: ['2023-06-30', '2023-12-15'],
    },
  ],
  [
    'Báo cáo định kỳ 06 tháng trước ngày 20/6, 01 năm trước ngày 15/12 hàng năm',
    {
      kind: 'deadline',
      everyYear: true,
      deadlines: [
        { date: '2023-06-20', label: '6 tháng', frequency: 'semiannual' },
        { date: '2023-12-15', label: 'năm', frequency: 'annual' },
      ],
      dueDates: ['2023-06-20', '2023-12-15'],
    },
  ],
  [
    'Hằng tháng',
    { kind: 'recurring', frequency: 'monthly', frequencies: ['monthly'], dueDates: MONTH_ENDS_2023 },
  ],
  [
    'Hàng tháng',
    { kind: 'recurring', frequency: 'monthly', frequencies: ['monthly'], dueDates: MONTH_ENDS_2023 },
  ],
  [
    'Hằng quý',
    { kind: 'recurring', frequency: 'quarterly', frequencies: ['quarterly'], dueDates: QUARTER_ENDS_2023 },
  ],
  [
    'Hàng quý',
    { kind: 'recurring', frequency: 'quarterly', frequencies: ['quarterly'], dueDates: QUARTER_ENDS_2023 },
  ],
  ['Định kỳ', { kind: 'recurring', frequency: null, frequencies: [], schedule: [], dueDates: [] }],
  [
    'Định kỳ Quý, năm',
    {
      kind: 'recurring',
      frequency: 'quarterly',
      frequencies: ['quarterly', 'annual'],
      schedule: [quarterly, annual],
      dueDates: QUARTER_ENDS_2023,
    },
  ],
  [
    'Định kỳ hàng tháng, quý, năm',
    {
      kind: 'recurring',
      frequency: 'monthly',
      frequencies: ['monthly', 'quarterly', 'annual'],
      schedule: [monthly, quarterly, annual],
      dueDates: MONTH_ENDS_2023,
    },
  ],
  ['Thực hiện mỗi tháng 1 lần', { kind: 'recurring', frequencies: ['monthly'], dueDates: MONTH_ENDS_2023 }],
  [
    '06 tháng, năm',
    {
      kind: 'recurring',
      frequency: 'semiannual',
      frequencies: ['semiannual', 'annual'],
      dueDates: ['2023-06-30', '2023-12-31'],
    },
  ],
  ['Hằng năm', { kind: 'recurring', frequencies: ['annual'], dueDates: ['2023-12-31'] }],
  ['Theo sự kiện', { kind: 'triggered', trigger: 'event', dueDates: [] }],
  ['Theo Kế hoạch', { kind: 'triggered', trigger: 'plan', dueDates: [] }],
  ['Khi phát sinh', { kind: 'triggered', trigger: 'arising', dueDates: [] }],
  ['Khi có yêu cầu', { kind: 'triggered', trigger: 'request', dueDates: [] }],
  ['Khi có nhu cầu', { kind: 'triggered', trigger: 'need', dueDates: [] }],
  ['Khi có văn bản mới', { kind: 'triggered', trigger: 'newDocument', dueDates: [] }],
  ['Theo lịch của Bộ', { kind: 'triggered', trigger: 'schedule', detail: 'của Bộ', dueDates: [] }],
  [
    '31/3/2025',
    { kind: 'deadline', deadlines: [{ date: '2025-03-31' }], everyYear: false, dueDates: ['2025-03-31'] },
  ],
  ['15/11', { kind: 'deadline', deadlines: [{ date: '2023-11-15' }], dueDates: ['2023-11-15'] }],
  ['Khi có hồ sơ', { kind: 'triggered', trigger: 'application', dueDates: [] }],
  ['Khi có hồ sơ đề nghị', { kind: 'triggered', trigger: 'application', detail: 'đề nghị', dueDates: [] }],
  ['Khi nhận được hồ sơ', { kind: 'triggered', trigger: 'application', dueDates: [] }],
  ['Theo văn bản hướng dẫn', { kind: 'triggered', trigger: 'guidance', dueDates: [] }],
  ['Theo hướng dẫn của Bộ', { kind: 'triggered', trigger: 'guidance', detail: 'của Bộ', dueDates: [] }],
  ['Khi có văn bản hướng dẫn', { kind: 'triggered', trigger: 'guidance', dueDates: [] }],
  ['Theo quy định', { kind: 'triggered', trigger: 'guidance', dueDates: [] }],
  ['Khi được giao', { kind: 'triggered', trigger: 'assignment', dueDates: [] }],
  ['Theo phân công', { kind: 'triggered', trigger: 'assignment', dueDates: [] }],
  ['Khi có chỉ đạo', { kind: 'triggered', trigger: 'request', dueDates: [] }],
  ['', { kind: 'unspecified', dueDates: [] }],
  ['  \n\t ', { kind: 'unspecified', dueDates: [] }],
];

describe('normalizeTimeframe: every documented form', () => {
  it.each(cases)('%j', (raw, expected) => {
    const tf = normalizeTimeframe(raw, { planYear: 2023 });
    expect(tf).toMatchObject({ ...expected, raw });
    expect(tf.dueDates).toEqual(expected.dueDates);
  });
});

describe('normalizeTimeframe: spelling and layout drift', () => {
  const kinds: [string, Partial<Timeframe> & Record<string, unknown>][] = [
    ['QUÝ  ii.', { kind: 'quarter', quarters: [2], year: 2023 }],
    ['Quy II', { kind: 'quarter', quarters: [2] }],
    ['quý 2', { kind: 'quarter', quarters: [2] }],
    ['Qúy IV;', { kind: 'quarter', quarters: [4] }],
    ['Quý I, III', { kind: 'quarter', quarters: [1, 3], dueDates: ['2023-09-30'] }],
    ['Quý IV năm 2024', { kind: 'quarter', quarters: [4], year: 2024 }],
    ['6 tháng đầu năm', { kind: 'quarter', quarters: [1, 2], dueDates: ['2023-06-30'] }],
    ['Tháng 3 - 5/2024', { kind: 'month', months: [3, 4, 5], dueDates: ['2024-05-31'] }],
    ['Tháng 2/2024', { kind: 'month', dueDates: ['2024-02-29'] }],
    ['tháng 06 năm 2025', { kind: 'month', months: [6], year: 2025 }],
    ['- Cả năm.', { kind: 'wholeYear', year: 2023 }],
    ['ca nam', { kind: 'wholeYear' }],
    ['THƯỜNG XUYÊN', { kind: 'continuous' }],
    ['Thường xuyên, liên tục', { kind: 'continuous' }],
    ['Hằng ngày', { kind: 'continuous' }],
    ['hang thang', { kind: 'recurring', frequencies: ['monthly'] }],
    ['Hằng tuần', { kind: 'recurring', frequencies: ['weekly'] }],
    ['1 lần/quý', { kind: 'recurring', frequencies: ['quarterly'] }],
    ['theo ke hoach cua UBND tinh', { kind: 'triggered', trigger: 'plan', detail: 'cua UBND tinh' }],
    ['Đột xuất', { kind: 'triggered', trigger: 'arising' }],
    ['Theo yêu cầu', { kind: 'triggered', trigger: 'request' }],
    ['Trước ngày 30 tháng 6 năm 2025', { kind: 'deadline', dueDates: ['2025-06-30'] }],
    [
      'Báo cáo\nđịnh kỳ 06\ntháng trước ngày 20/6,\n01 năm trước ngày\n15/12 hàng năm',
      { kind: 'deadline', everyYear: true, dueDates: ['2023-06-20', '2023-12-15'] },
    ],
    ['Trước ngày 15 hằng tháng', { kind: 'recurring', frequencies: ['monthly'], dueDay: 15 }],
    [
      'Trước ngày 15 của tháng cuối quý',
      {
        kind: 'recurring',
        frequencies: ['quarterly'],
        dueDates: ['2023-03-15', '2023-06-15', '2023-09-15', '2023-12-15'],
      },
    ],
  ];
  it.each(kinds)('%j', (raw, expected) => {
    expect(normalizeTimeframe(raw, { planYear: 2023 })).toMatchObject({ ...expected, raw });
  });

  it('gives every Sunday of the year for a weekly timeframe', () => {
    const { dueDates } = normalizeTimeframe('Hằng tuần', { planYear: 2023 });
    expect(dueDates).toHaveLength(53);
    expect([dueDates[0], dueDates[1], dueDates.at(-1)]).toEqual(['2023-01-01', '2023-01-08', '2023-12-31']);
  });
});

describe('normalizeTimeframe: what it will not guess', () => {
  it.each([
    'Trước ngày 31/2',
    'Quý V',
    'Tháng 13',
    'Trước 15 giờ thứ Năm',
    'Ngay sau khi có kinh phí',
    'blah',
  ])('%j is unknown and keeps its raw text', (raw) => {
    expect(normalizeTimeframe(raw, { planYear: 2023 })).toEqual({ kind: 'unknown', raw, dueDates: [] });
  });

  it('treats a missing cell as unspecified, with an empty raw text', () => {
    expect(normalizeTimeframe(null, { planYear: 2023 })).toEqual({
      kind: 'unspecified',
      raw: '',
      dueDates: [],
    });
    expect(normalizeTimeframe(undefined, { planYear: 2023 })).toEqual({
      kind: 'unspecified',
      raw: '',
      dueDates: [],
    });
  });

  it('keeps the original text, line breaks included', () => {
    expect(normalizeTimeframe(' Quý\nII ', { planYear: 2024 })).toMatchObject({
      raw: ' Quý\nII ',
      year: 2024,
    });
  });

  it.each([Number.NaN, 2023.5, 23])('rejects planYear %s', (planYear) => {
    expect(() => normalizeTimeframe('Quý I', { planYear })).toThrow(RangeError);
  });
});
