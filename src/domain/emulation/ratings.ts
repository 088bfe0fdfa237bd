/*
 * Annual quality ratings (xếp loại chất lượng), shared domain brief regulations.md §5.2.
 * Nghị định 335/2025/NĐ-CP moves the rating to points: ≥ 90 HTXSNV, 70–< 90 HTTNV, 50–< 70 HTNV,
 * below 50 KHTNV, and KHTNV regardless of points on a disqualifying finding (discipline of khiển
 * trách or heavier, political or ethical degradation). The HTXSNV count of a unit may not exceed
 * 20 % of its HTTNV count [C].
 */

export const QUALITY_RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type QualityRating = (typeof QUALITY_RATINGS)[number];

export const QUALITY_RATING_LABELS: Readonly<Record<QualityRating, string>> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

const RANK: Readonly<Record<QualityRating, number>> = { HTXSNV: 3, HTTNV: 2, HTNV: 1, KHTNV: 0 };

export function ratingAtLeast(rating: QualityRating | null, minimum: QualityRating): boolean {
  return rating !== null && RANK[rating] >= RANK[minimum];
}

/** Discipline levels (hình thức kỷ luật), lightest first. */
export const DISCIPLINE_LEVELS = ['none', 'reprimand', 'warning', 'heavier'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

export const DISCIPLINE_LABELS: Readonly<Record<DisciplineLevel, string>> = {
  none: 'Không bị kỷ luật',
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  heavier: 'Nặng hơn cảnh cáo',
};

export function disciplineAtLeast(level: DisciplineLevel, minimum: DisciplineLevel): boolean {
  return DISCIPLINE_LEVELS.indexOf(level) >= DISCIPLINE_LEVELS.indexOf(minimum);
}

export interface RatingThresholds {
  excellent: number;
  good: number;
  done: number;
}

/** Nghị định 335/2025 [C]. */
export const DECREE_335_THRESHOLDS: RatingThresholds = { excellent: 90, good: 70, done: 50 };

/** The rating the points give; a disqualifying discipline makes it KHTNV whatever the points. */
export function ratingFromPoints(
  points: number,
  thresholds: RatingThresholds,
  discipline: DisciplineLevel = 'none',
): QualityRating {
  if (disciplineAtLeast(discipline, 'reprimand')) return 'KHTNV';
  if (points >= thresholds.excellent) return 'HTXSNV';
  if (points >= thresholds.good) return 'HTTNV';
  if (points >= thresholds.done) return 'HTNV';
  return 'KHTNV';
}

/** Share of the HTTNV count that HTXSNV may reach within a unit (Nghị định 335/2025) [C]. */
export const EXCELLENT_CAP_PERCENT = 20;

export interface CapCheck {
  excellent: number;
  good: number;
  /** The most HTXSNV the unit's HTTNV count allows. */
  allowed: number;
  withinCap: boolean;
}

/** Integer arithmetic: excellent × 100 ≤ good × 20, so 1 HTXSNV needs 5 HTTNV. */
export function excellentCap(ratings: readonly (QualityRating | null)[]): CapCheck {
  const excellent = ratings.filter((r) => r === 'HTXSNV').length;
  const good = ratings.filter((r) => r === 'HTTNV').length;
  const allowed = Math.floor((good * EXCELLENT_CAP_PERCENT) / 100);
  return { excellent, good, allowed, withinCap: excellent <= allowed };
}

export interface RatingCandidate {
  id: string;
  points: number;
  /** The rating the points and conditions give before the cap. */
  rating: QualityRating;
}

export interface RatingProposal {
  id: string;
  points: number;
  fromPoints: QualityRating;
  proposed: QualityRating;
  /** Lowered from HTXSNV to HTTNV to keep the unit within the 20 % cap. */
  capped: boolean;
}

/**
 * Proposals for one unit's people that respect the cap: the HTXSNV candidates with the most points
 * keep it, the rest are proposed HTTNV. Lowering one adds to the HTTNV count, so the number kept is
 * the largest k with 100·k ≤ 20·(HTTNV + candidates − k), i.e. k = ⌊(HTTNV + candidates) / 6⌋.
 * Ties in points keep the order given (stable), so the result does not depend on storage order
 * beyond what the caller passes.
 */
export function proposeRatings(candidates: readonly RatingCandidate[]): RatingProposal[] {
  const excellent = candidates.filter((c) => c.rating === 'HTXSNV');
  const good = candidates.filter((c) => c.rating === 'HTTNV').length;
  const total = good + excellent.length;
  const keep = Math.min(
    excellent.length,
    Math.floor((total * EXCELLENT_CAP_PERCENT) / (100 + EXCELLENT_CAP_PERCENT)),
  );
  const kept = new Set(
    [...excellent]
      .sort((a, b) => b.points - a.points)
      .slice(0, keep)
      .map((c) => c.id),
  );
  return candidates.map((c) => {
    const capped = c.rating === 'HTXSNV' && !kept.has(c.id);
    return {
      id: c.id,
      points: c.points,
      fromPoints: c.rating,
      proposed: capped ? 'HTTNV' : c.rating,
      capped,
    };
  });
}
