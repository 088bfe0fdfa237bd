import { describe, expect, it } from 'vitest';
import type { QualityRating } from './ratings.js';
import {
  type EmulationTitle,
  type Member,
  type PersonYear,
  collectiveChecks,
  failingText,
  individualChecks,
} from './titles.js';

const Y = 2026;
const year = (y: number, rating: QualityRating | null, extra: Partial<PersonYear> = {}): PersonYear => ({
  year: y,
  rating,
  discipline: 'none',
  initiatives: 0,
  provincialImpact: 0,
  researchAccepted: 0,
  held: [],
  ...extra,
});
const CSTDCS: EmulationTitle[] = ['grassrootsEmulationFighter'];
const eligible = (history: PersonYear[], title: EmulationTitle) =>
  individualChecks(history, Y).find((c) => c.title === title)?.eligible;

describe('individual titles (one rule per title, multi-year chains)', () => {
  it.each<[string, EmulationTitle, PersonYear[], boolean]>([
    // Lao động tiên tiến, Điều 24(1)
    ['LĐTT: HTTNV', 'advancedWorker', [year(Y, 'HTTNV')], true],
    ['LĐTT: HTNV is not enough', 'advancedWorker', [year(Y, 'HTNV')], false],
    ['LĐTT: reprimanded', 'advancedWorker', [year(Y, 'HTXSNV', { discipline: 'reprimand' })], false],
    ['LĐTT: not rated', 'advancedWorker', [year(Y, null)], false],
    // Chiến sĩ thi đua cơ sở
    ['CSTĐCS: HTXSNV', 'grassrootsEmulationFighter', [year(Y, 'HTXSNV')], true],
    [
      'CSTĐCS: HTTNV with an initiative',
      'grassrootsEmulationFighter',
      [year(Y, 'HTTNV', { initiatives: 1 })],
      true,
    ],
    [
      'CSTĐCS: HTTNV with accepted research',
      'grassrootsEmulationFighter',
      [year(Y, 'HTTNV', { researchAccepted: 1 })],
      true,
    ],
    ['CSTĐCS: HTTNV alone', 'grassrootsEmulationFighter', [year(Y, 'HTTNV')], false],
    // CSTĐ cấp tỉnh: three consecutive CSTĐCS and provincial impact
    [
      'CSTĐ tỉnh: three consecutive CSTĐCS with impact',
      'provincialEmulationFighter',
      [
        year(Y, 'HTXSNV', { provincialImpact: 1 }),
        year(Y - 1, 'HTXSNV', { held: CSTDCS }),
        year(Y - 2, 'HTXSNV', { held: CSTDCS }),
      ],
      true,
    ],
    [
      'CSTĐ tỉnh: a gap in the chain',
      'provincialEmulationFighter',
      [
        year(Y, 'HTXSNV', { provincialImpact: 1 }),
        year(Y - 1, 'HTXSNV'),
        year(Y - 2, 'HTXSNV', { held: CSTDCS }),
      ],
      false,
    ],
    [
      'CSTĐ tỉnh: no provincial impact',
      'provincialEmulationFighter',
      [year(Y, 'HTXSNV'), year(Y - 1, 'HTXSNV', { held: CSTDCS }), year(Y - 2, 'HTXSNV', { held: CSTDCS })],
      false,
    ],
    // Giấy khen
    ['Giấy khen: HTTNV', 'certificateOfMerit', [year(Y, 'HTTNV')], true],
    // Bằng khen tỉnh, Điều 74(1)(d)
    [
      'Bằng khen tỉnh: two consecutive CSTĐCS',
      'provincialCommendation',
      [year(Y, 'HTXSNV'), year(Y - 1, 'HTTNV', { held: CSTDCS })],
      true,
    ],
    [
      'Bằng khen tỉnh: Bộ Nội vụ example (HTXSNV + initiative two years running)',
      'provincialCommendation',
      [year(Y, 'HTXSNV', { initiatives: 1 }), year(Y - 1, 'HTXSNV', { initiatives: 1 })],
      true,
    ],
    [
      'Bằng khen tỉnh: two HTXSNV years with one initiative',
      'provincialCommendation',
      [year(Y, 'HTTNV'), year(Y - 1, 'HTXSNV', { initiatives: 1 })],
      false,
    ],
    ['Bằng khen tỉnh: one CSTĐCS', 'provincialCommendation', [year(Y, 'HTXSNV')], false],
    // Bằng khen Thủ tướng, Điều 73(1)(b)
    [
      'Bằng khen TTg: Bằng khen tỉnh before a 5-year good run with 3 CSTĐCS',
      'primeMinisterCommendation',
      [
        year(Y, 'HTXSNV'),
        year(Y - 1, 'HTTNV', { held: CSTDCS }),
        year(Y - 2, 'HTTNV'),
        year(Y - 3, 'HTTNV', { held: CSTDCS }),
        year(Y - 4, 'HTTNV'),
        year(Y - 5, 'HTNV', { held: ['provincialCommendation'] }),
      ],
      true,
    ],
    [
      'Bằng khen TTg: only 4 good years',
      'primeMinisterCommendation',
      [
        year(Y, 'HTXSNV'),
        year(Y - 1, 'HTTNV', { held: CSTDCS }),
        year(Y - 2, 'HTTNV', { held: CSTDCS }),
        year(Y - 3, 'HTTNV'),
        year(Y - 4, 'HTNV', { held: ['provincialCommendation'] }),
      ],
      false,
    ],
    [
      'Bằng khen TTg: no Bằng khen tỉnh before the run',
      'primeMinisterCommendation',
      [
        year(Y, 'HTXSNV'),
        year(Y - 1, 'HTTNV', { held: CSTDCS }),
        year(Y - 2, 'HTTNV'),
        year(Y - 3, 'HTTNV', { held: CSTDCS }),
        year(Y - 4, 'HTTNV'),
      ],
      false,
    ],
  ])('%s', (_, title, history, expected) => {
    expect(eligible(history, title)).toBe(expected);
  });

  it('names the failing condition, and a rule switched off for the year is never eligible', () => {
    const [ldtt] = individualChecks([year(Y, 'HTNV')], Y);
    expect(ldtt && failingText(ldtt)).toContain(
      'Chưa đủ điều kiện đề nghị xét "Lao động tiên tiến": Xếp loại từ Hoàn thành tốt',
    );
    const off = individualChecks([year(Y, 'HTXSNV')], Y, new Set<EmulationTitle>(['advancedWorker']));
    expect(off.find((c) => c.title === 'certificateOfMerit')).toMatchObject({
      enabled: false,
      eligible: false,
    });
  });
});

describe('collective titles', () => {
  const m = (
    rating: QualityRating,
    advancedWorker: boolean,
    grassrootsFighter = false,
    discipline: Member['discipline'] = 'none',
  ): Member => ({
    rating,
    discipline,
    advancedWorker,
    grassrootsFighter,
  });
  it.each<[string, EmulationTitle, QualityRating, Member[], boolean]>([
    [
      'TTLĐTT: 2 of 3 LĐTT',
      'advancedCollective',
      'HTTNV',
      [m('HTTNV', true), m('HTTNV', true), m('HTNV', false)],
      true,
    ],
    [
      'TTLĐTT: half is not more than half',
      'advancedCollective',
      'HTTNV',
      [m('HTTNV', true), m('HTNV', false)],
      false,
    ],
    [
      'TTLĐTT: a member warned',
      'advancedCollective',
      'HTTNV',
      [m('HTTNV', true), m('HTTNV', true), m('HTNV', false, false, 'warning')],
      false,
    ],
    [
      'TTLĐXS: all conditions',
      'excellentCollective',
      'HTXSNV',
      [m('HTXSNV', true, true), m('HTTNV', true), m('HTTNV', true)],
      true,
    ],
    ['TTLĐXS: no CSTĐCS', 'excellentCollective', 'HTXSNV', [m('HTTNV', true), m('HTTNV', true)], false],
    [
      'TTLĐXS: a member KHTNV',
      'excellentCollective',
      'HTXSNV',
      [m('HTXSNV', true, true), m('HTTNV', true), m('HTTNV', true), m('KHTNV', false)],
      false,
    ],
    ['TTLĐXS: unit only HTTNV', 'excellentCollective', 'HTTNV', [m('HTXSNV', true, true)], false],
  ])('%s', (_, title, unitRating, members, expected) => {
    expect(collectiveChecks(unitRating, members).find((c) => c.title === title)?.eligible).toBe(expected);
  });
});
