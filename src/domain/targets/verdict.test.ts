import { describe, expect, it } from 'vitest';
import {
  VERDICT_LABELS,
  combineVerdicts,
  evaluateTarget,
  parseTarget,
  planTargets,
  verdictOf,
  type Verdict,
} from './index';

describe('verdictOf', () => {
  it.each([
    ['met', true, 'met'],
    ['notMet', true, 'notMet'],
    [null, true, 'notAssessable'],
    [null, false, 'noData'],
  ] as const)('%s with a value: %s → %s', (evaluation, hasValue, expected) => {
    expect(verdictOf(evaluation, hasValue)).toBe(expected);
  });
});

describe('combineVerdicts: a row is Đạt only when every target is', () => {
  const cases: [string, Verdict[], Verdict][] = [
    ['one met', ['met'], 'met'],
    ['all met', ['met', 'met'], 'met'],
    ['one of two not met', ['met', 'notMet'], 'notMet'],
    ['not met wins over missing data', ['noData', 'notMet'], 'notMet'],
    ['met and missing data', ['met', 'noData'], 'incomplete'],
    ['nothing entered', ['noData', 'noData'], 'noData'],
    ['a value that cannot be judged', ['met', 'notAssessable'], 'notAssessable'],
    ['no target at all', [], 'noData'],
  ];
  it.each(cases)('%s', (_name, verdicts, expected) => {
    expect(combineVerdicts(verdicts)).toBe(expected);
  });
});

describe('VERDICT_LABELS', () => {
  it('is one Vietnamese label per verdict, all different', () => {
    const labels = Object.values(VERDICT_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    expect(VERDICT_LABELS.noData).toBe('Chưa có số liệu');
    expect(VERDICT_LABELS.notAssessable).toBe('Chưa đánh giá được');
  });
});

describe('planTargets keeps every target of a row', () => {
  const cases: [string, string, [string, string][]][] = [
    [
      'two leading figures (seed 003, bưu chính)',
      '100% xã có điểm phục vụ bưu chính có người phục vụ; 92% điểm phục vụ bưu chính có kết nối Internet băng rộng',
      [
        ['', '≥100'],
        ['điểm phục vụ bưu chính có kết nối Internet băng rộng', '≥92'],
      ],
    ],
    [
      '"trên 95%" and "100% ký số"',
      'Trên 95% hồ sơ công việc tại Sở được xử lý trên môi trường mạng (trừ hồ sơ công việc có nội dung mật); 100% văn bản đi được ký số',
      [
        ['', '>95'],
        ['văn bản đi được ký số', '≥100'],
      ],
    ],
    [
      'scoped breakdowns',
      'Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt tối thiểu 35% đối với xã miền núi; tối thiểu 65% đối với các xã còn lại',
      [
        ['xã miền núi', '≥35'],
        ['các xã còn lại', '≥65'],
      ],
    ],
    ['one target', 'Tỷ lệ người sử dụng Internet đạt 80%', [['', '≥80']]],
    ['no target', 'Nâng cao chất lượng dịch vụ', []],
  ];
  const short = (c: string) => ({ gte: '≥', gt: '>', lte: '≤', lt: '<' })[c] ?? c;
  it.each(cases)('%s', (_name, text, expected) => {
    const out = planTargets(parseTarget(text)).map((n) => [
      n.breakdown,
      `${short(n.target.comparator)}${n.target.value}`,
    ]);
    expect(out).toEqual(expected);
  });

  it('numbers a repeated breakdown instead of dropping its target', () => {
    const parsed = parseTarget('Đạt 80%; đạt 90%');
    const named = planTargets(parsed);
    expect(named).toHaveLength(parsed.targets.length);
    expect(new Set(named.map((n) => n.breakdown)).size).toBe(named.length);
  });

  it('keeps a breakdown name short enough to be typed back', () => {
    const long = 'hồ sơ công việc được xử lý trên môi trường mạng '.repeat(5);
    const [, second] = planTargets(parseTarget(`Trên 95% hồ sơ; 100% ${long}`));
    expect(second?.breakdown.length).toBeLessThanOrEqual(120);
    expect(second?.breakdown.endsWith('…')).toBe(true);
  });

  it('judges each kept target on its own value', () => {
    const [first, second] = planTargets(
      parseTarget('Trên 95% hồ sơ công việc được xử lý trên môi trường mạng; 100% văn bản đi được ký số'),
    );
    if (!first || !second) throw new Error('two targets expected');
    const verdicts = [evaluateTarget(first.target, 97), evaluateTarget(second.target, 98)];
    expect(combineVerdicts(verdicts)).toBe('notMet');
  });
});
