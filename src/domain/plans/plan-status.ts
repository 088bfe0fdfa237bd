/** A plan is active until a newer version of the same number is imported. */
export const PLAN_STATUSES = ['active', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
