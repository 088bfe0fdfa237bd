import { describe, expect, it } from 'vitest';
import {
  DECREE_335_THRESHOLDS,
  type DisciplineLevel,
  type QualityRating,
  type RatingCandidate,
  excellentCap,
  proposeRatings,
  ratingFromPoints,
} from './ratings.js';

describe('ratingFromPoints (Nghị định 335/2025)', () => {
  it.each<[number, DisciplineLevel, QualityRating]>([
    [100, 'none', 'HTXSNV'],
    [90, 'none', 'HTXSNV'],
    [89.9, 'none', 'HTTNV'],
    [70, 'none', 'HTTNV'],
    [69.9, 'none', 'HTNV'],
    [50, 'none', 'HTNV'],
    [49.9, 'none', 'KHTNV'],
    [0, 'none', 'KHTNV'],
    [100, 'reprimand', 'KHTNV'],
    [95, 'warning', 'KHTNV'],
  ])('%s points, discipline %s → %s', (points, discipline, expected) => {
    expect(ratingFromPoints(points, DECREE_335_THRESHOLDS, discipline)).toBe(expected);
  });
});

describe('excellentCap: HTXSNV ≤ 20 % of HTTNV in a unit', () => {
  it.each<[QualityRating[], number, boolean]>([
    [['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV'], 1, true],
    [['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV'], 0, false],
    [['HTXSNV'], 0, false],
    [['HTTNV', 'HTNV'], 0, true],
    [[...Array<QualityRating>(10).fill('HTTNV'), 'HTXSNV', 'HTXSNV'], 2, true],
    [[...Array<QualityRating>(10).fill('HTTNV'), 'HTXSNV', 'HTXSNV', 'HTXSNV'], 2, false],
  ])('%j allows %i, within cap %s', (ratings, allowed, within) => {
    expect(excellentCap(ratings)).toMatchObject({ allowed, withinCap: within });
  });
});

describe('proposeRatings keeps the best-scored HTXSNV within the cap', () => {
  const c = (id: string, points: number, rating: QualityRating): RatingCandidate => ({ id, points, rating });
  it.each<[string, RatingCandidate[], string[]]>([
    ['one excellent, no good: lowered', [c('a', 95, 'HTXSNV')], []],
    [
      'one excellent among 5 good: kept',
      [c('a', 95, 'HTXSNV'), ...['b', 'c', 'd', 'e', 'f'].map((id) => c(id, 80, 'HTTNV'))],
      ['a'],
    ],
    [
      'two excellent among 4 good: the higher one kept (6/6 = 1)',
      [c('a', 92, 'HTXSNV'), c('b', 97, 'HTXSNV'), ...['c', 'd', 'e', 'f'].map((id) => c(id, 80, 'HTTNV'))],
      ['b'],
    ],
    [
      'three excellent, nothing else: none kept (3/6 = 0)',
      [c('a', 99, 'HTXSNV'), c('b', 98, 'HTXSNV'), c('c', 97, 'HTXSNV')],
      [],
    ],
  ])('%s', (_, candidates, kept) => {
    const proposals = proposeRatings(candidates);
    expect(proposals.filter((p) => p.proposed === 'HTXSNV').map((p) => p.id)).toEqual(kept);
    expect(excellentCap(proposals.map((p) => p.proposed)).withinCap || kept.length === 0).toBe(true);
    for (const p of proposals) expect(p.capped).toBe(p.fromPoints === 'HTXSNV' && p.proposed === 'HTTNV');
  });
});
