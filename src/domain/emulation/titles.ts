import {
  type DisciplineLevel,
  type QualityRating,
  QUALITY_RATING_LABELS,
  disciplineAtLeast,
  ratingAtLeast,
} from './ratings.js';

/*
 * Emulation titles and commendations as pure rules (regulations.md §5.3–5.5, computable core §5.8).
 * Each rule cites its article and says whether the brief confirms it; the result is always
 * "đủ điều kiện đề nghị xét" with the conditions met and failed, never an award: councils vote.
 */

export const INDIVIDUAL_TITLES = [
  'advancedWorker',
  'grassrootsEmulationFighter',
  'provincialEmulationFighter',
  'certificateOfMerit',
  'provincialCommendation',
  'primeMinisterCommendation',
] as const;
export const COLLECTIVE_TITLES = ['advancedCollective', 'excellentCollective'] as const;
export const EMULATION_TITLES = [...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES] as const;
export type EmulationTitle = (typeof EMULATION_TITLES)[number];
export type IndividualTitle = (typeof INDIVIDUAL_TITLES)[number];
export type CollectiveTitle = (typeof COLLECTIVE_TITLES)[number];

export interface TitleRule {
  title: EmulationTitle;
  name: string;
  article: string;
  /** False when the brief tags the rule (or its current wording) unconfirmed [U]. */
  confirmed: boolean;
}

export const TITLE_RULES: Readonly<Record<EmulationTitle, TitleRule>> = {
  advancedWorker: {
    title: 'advancedWorker',
    name: 'Lao động tiên tiến',
    article: 'Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022',
    confirmed: true,
  },
  grassrootsEmulationFighter: {
    title: 'grassrootsEmulationFighter',
    name: 'Chiến sĩ thi đua cơ sở',
    article: 'Điều 21 Luật Thi đua, khen thưởng 2022',
    confirmed: true,
  },
  provincialEmulationFighter: {
    title: 'provincialEmulationFighter',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    article: 'Điều 21 Luật Thi đua, khen thưởng 2022 (chuỗi 3 năm CSTĐCS)',
    confirmed: false,
  },
  certificateOfMerit: {
    title: 'certificateOfMerit',
    name: 'Giấy khen',
    article: 'Điều 75 khoản 2 Luật Thi đua, khen thưởng 2022 (tiêu chí do tỉnh quy định)',
    confirmed: false,
  },
  provincialCommendation: {
    title: 'provincialCommendation',
    name: 'Bằng khen cấp tỉnh',
    article: 'Điều 74 khoản 1 điểm d Luật Thi đua, khen thưởng 2022',
    confirmed: true,
  },
  primeMinisterCommendation: {
    title: 'primeMinisterCommendation',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    article: 'Điều 73 khoản 1 điểm b Luật Thi đua, khen thưởng 2022',
    confirmed: true,
  },
  advancedCollective: {
    title: 'advancedCollective',
    name: 'Tập thể lao động tiên tiến',
    article: 'Điều 28 Luật Thi đua, khen thưởng 2022',
    confirmed: false,
  },
  excellentCollective: {
    title: 'excellentCollective',
    name: 'Tập thể lao động xuất sắc',
    article: 'Điều 27 Luật Thi đua, khen thưởng 2022',
    confirmed: true,
  },
};

/** What is known of a person in one year: the rating, discipline, and the evidence entered for it. */
export interface PersonYear {
  year: number;
  rating: QualityRating | null;
  discipline: DisciplineLevel;
  /** Initiatives (sáng kiến) recognised at grassroots level or above. */
  initiatives: number;
  /** Initiatives or research recognised with province- or ministry-wide impact. */
  provincialImpact: number;
  researchAccepted: number;
  /** Titles and commendations held for that year (from decisions, or entered with evidence). */
  held: readonly EmulationTitle[];
}

export interface Condition {
  code: string;
  text: string;
  met: boolean;
}

export interface TitleCheck {
  title: EmulationTitle;
  name: string;
  article: string;
  confirmed: boolean;
  enabled: boolean;
  eligible: boolean;
  conditions: Condition[];
}

function check(title: EmulationTitle, conditions: Condition[], enabled = true): TitleCheck {
  const rule = TITLE_RULES[title];
  return { ...rule, enabled, eligible: enabled && conditions.every((c) => c.met), conditions };
}

const ratingText = (r: QualityRating | null) => (r ? QUALITY_RATING_LABELS[r] : 'chưa xếp loại');

/** The year asked about, then the earlier years in order, from what is on record. */
function chain(history: readonly PersonYear[], year: number): (PersonYear | undefined)[] {
  const byYear = new Map(history.map((h) => [h.year, h]));
  return Array.from({ length: 6 }, (_, i) => byYear.get(year - i));
}

function ldtt(y: PersonYear | undefined): Condition[] {
  return [
    {
      code: 'ratingGood',
      text: `Xếp loại từ Hoàn thành tốt nhiệm vụ trở lên (năm ${y?.year ?? '?'}: ${ratingText(y?.rating ?? null)})`,
      met: ratingAtLeast(y?.rating ?? null, 'HTTNV'),
    },
    {
      code: 'noDiscipline',
      text: 'Không bị kỷ luật từ khiển trách trở lên',
      met: y !== undefined && !disciplineAtLeast(y.discipline, 'reprimand'),
    },
  ];
}

function cstdcs(y: PersonYear | undefined): Condition[] {
  const extra = y !== undefined && (y.rating === 'HTXSNV' || y.initiatives > 0 || y.researchAccepted > 0);
  return [
    ...ldtt(y),
    {
      code: 'excellentOrInitiative',
      text: 'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận, hoặc đề tài nghiên cứu được nghiệm thu',
      met: extra,
    },
  ];
}

/** CSTĐCS in a year: held on record, or (for the year under review) every condition met. */
function isCstdcs(y: PersonYear | undefined, reviewYear: number): boolean {
  if (!y) return false;
  if (y.held.includes('grassrootsEmulationFighter')) return true;
  return y.year === reviewYear && cstdcs(y).every((c) => c.met);
}

/** The run of consecutive years ending in the review year in which `test` holds. */
function runLength(years: readonly (PersonYear | undefined)[], test: (y: PersonYear) => boolean): number {
  let n = 0;
  for (const y of years) {
    if (!y || !test(y)) break;
    n += 1;
  }
  return n;
}

/** Every individual rule for the review year; `enabled` lists the titles switched on for the year. */
export function individualChecks(
  history: readonly PersonYear[],
  year: number,
  enabled: ReadonlySet<EmulationTitle> = new Set(EMULATION_TITLES),
): TitleCheck[] {
  const years = chain(history, year);
  const [now, y1, y2] = years;
  const cstdcsRun = runLength(years, (y) => isCstdcs(y, year));
  const excellentRun = years.slice(
    0,
    runLength(years, (y) => y.rating === 'HTXSNV'),
  );
  const runInitiatives = excellentRun.reduce(
    (s, y) => s + (y?.initiatives ?? 0) + (y?.researchAccepted ?? 0),
    0,
  );
  const goodRun = years.slice(
    0,
    runLength(years, (y) => ratingAtLeast(y.rating, 'HTTNV')),
  );
  const cstdcsInGoodRun = goodRun.filter((y) => isCstdcs(y, year)).length;
  const earlier = history.filter((h) => h.year < year - goodRun.length + 1);
  const provincialBefore = earlier.some((h) => h.held.includes('provincialCommendation'));
  return [
    check('advancedWorker', ldtt(now), enabled.has('advancedWorker')),
    check('grassrootsEmulationFighter', cstdcs(now), enabled.has('grassrootsEmulationFighter')),
    check(
      'provincialEmulationFighter',
      [
        {
          code: 'cstdcsThreeYears',
          text: `Ba năm liên tục đạt Chiến sĩ thi đua cơ sở (${year - 2}–${year})`,
          met: isCstdcs(now, year) && isCstdcs(y1, year) && isCstdcs(y2, year),
        },
        {
          code: 'provincialImpact',
          text: 'Có sáng kiến hoặc đề tài có phạm vi ảnh hưởng cấp tỉnh',
          met: (now?.provincialImpact ?? 0) > 0,
        },
      ],
      enabled.has('provincialEmulationFighter'),
    ),
    check('certificateOfMerit', ldtt(now), enabled.has('certificateOfMerit')),
    check(
      'provincialCommendation',
      [
        {
          code: 'cstdcsTwoYearsOrExcellentRun',
          text: `Hai năm liên tục đạt Chiến sĩ thi đua cơ sở, hoặc từ 2 năm liên tục Hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến trong thời gian đó (hiện: ${cstdcsRun} năm CSTĐCS; ${excellentRun.length} năm HTXSNV với ${runInitiatives} sáng kiến/đề tài)`,
          met: cstdcsRun >= 2 || (excellentRun.length >= 2 && runInitiatives >= 2),
        },
      ],
      enabled.has('provincialCommendation'),
    ),
    check(
      'primeMinisterCommendation',
      [
        {
          code: 'provincialBefore',
          text: 'Đã được tặng Bằng khen cấp bộ, cấp tỉnh trước thời gian xét',
          met: provincialBefore,
        },
        {
          code: 'fiveGoodYears',
          text: `Từ 5 năm liên tục Hoàn thành tốt nhiệm vụ trở lên (hiện: ${goodRun.length} năm)`,
          met: goodRun.length >= 5,
        },
        {
          code: 'threeCstdcs',
          text: `Trong đó có 3 lần Chiến sĩ thi đua cơ sở (hiện: ${cstdcsInGoodRun})`,
          met: cstdcsInGoodRun >= 3,
        },
      ],
      enabled.has('primeMinisterCommendation'),
    ),
  ];
}

export interface Member {
  rating: QualityRating | null;
  discipline: DisciplineLevel;
  advancedWorker: boolean;
  grassrootsFighter: boolean;
}

const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((n * 1000) / d) / 10);

/** The collective titles of a unit from its own rating and its members'. */
export function collectiveChecks(
  unitRating: QualityRating | null,
  members: readonly Member[],
  enabled: ReadonlySet<EmulationTitle> = new Set(EMULATION_TITLES),
): TitleCheck[] {
  const n = members.length;
  const ldttCount = members.filter((m) => m.advancedWorker).length;
  const warned = members.filter((m) => disciplineAtLeast(m.discipline, 'warning')).length;
  const allDone = members.every((m) => ratingAtLeast(m.rating, 'HTNV'));
  return [
    check(
      'advancedCollective',
      [
        {
          code: 'unitGood',
          text: `Đơn vị hoàn thành tốt nhiệm vụ trở lên (${ratingText(unitRating)})`,
          met: ratingAtLeast(unitRating, 'HTTNV'),
        },
        {
          code: 'ldttOverHalf',
          text: `Trên 50% thành viên đạt Lao động tiên tiến (hiện: ${ldttCount}/${n}, ${share(ldttCount, n)}%)`,
          met: n > 0 && ldttCount * 2 > n,
        },
        {
          code: 'noWarning',
          text: `Không có thành viên bị kỷ luật từ cảnh cáo trở lên (hiện: ${warned})`,
          met: warned === 0,
        },
      ],
      enabled.has('advancedCollective'),
    ),
    check(
      'excellentCollective',
      [
        {
          code: 'unitExcellent',
          text: `Đơn vị hoàn thành xuất sắc nhiệm vụ (${ratingText(unitRating)})`,
          met: unitRating === 'HTXSNV',
        },
        { code: 'allDone', text: '100% thành viên hoàn thành nhiệm vụ trở lên', met: n > 0 && allDone },
        {
          code: 'ldtt70',
          text: `Từ 70% thành viên đạt Lao động tiên tiến (hiện: ${share(ldttCount, n)}%)`,
          met: n > 0 && ldttCount * 10 >= n * 7,
        },
        {
          code: 'oneCstdcs',
          text: 'Có ít nhất một cá nhân đạt Chiến sĩ thi đua cơ sở',
          met: members.some((m) => m.grassrootsFighter),
        },
        {
          code: 'noWarning',
          text: `Không có thành viên bị kỷ luật từ cảnh cáo trở lên (hiện: ${warned})`,
          met: warned === 0,
        },
      ],
      enabled.has('excellentCollective'),
    ),
  ];
}

/** Failing conditions of a check, as one Vietnamese sentence for a refusal or a flag. */
export function failingText(check: TitleCheck): string {
  if (!check.enabled) return `Quy tắc xét "${check.name}" đã được tắt cho năm này.`;
  const failing = check.conditions.filter((c) => !c.met).map((c) => c.text);
  return failing.length === 0
    ? `Đủ điều kiện đề nghị xét "${check.name}".`
    : `Chưa đủ điều kiện đề nghị xét "${check.name}": ${failing.join('; ')}.`;
}
