/**
 * Where a response schema of the server is still loose (`z.unknown()`, `z.record(…, unknown)`,
 * `z.custom`), the generated type says `unknown` and the pages read the value with the domain's
 * types. Each such answer is narrowed here, in one place, and nowhere else in the web client.
 * Issue #13 types these on the server; then `npm run gen:client` makes this file unnecessary.
 */
import type { DomainEntry } from '../../domain/plans/domain-catalogue';
import type { PlanImportResult as DomainImportResult } from '../../domain/plans/import-result';
import type { RegimeDeadline, RegimeFrequency } from '../../domain/plan-import/types';
import type { ParsedTarget } from '../../domain/targets';
import type { Timeframe } from '../../domain/timeframe';
import type { ResponseOf } from './contract';

type With<T, O> = Omit<T, keyof O> & O;

/** `plans.schemas.ts` planDetailSchema: items and regimes are `record<string, unknown>` today. */
export interface PlanUnitRef {
  id: string;
  code: string;
  /** Short name when the unit has one. */
  name: string;
  /** The wording in the document that resolved to this unit. */
  raw: string;
}

export type PlanItemKind = 'indicator' | 'task';

export interface PlanItemDetail {
  id: string;
  kind: PlanItemKind;
  part: string | null;
  /** The domain catalogue's name, as reports and statistics group it. */
  domain: string | null;
  /** The heading as the plan wrote it; null for plans stored before the catalogue. */
  domainHeading: string | null;
  domainIndex: string | null;
  ordinal: string | null;
  subOrdinal: number | null;
  subLabel?: string | null;
  content: string;
  output: string | null;
  lead: string[];
  coordinators: string[];
  leadUnits: PlanUnitRef[];
  coordinatorUnits: PlanUnitRef[];
  timeframe: Timeframe;
  dueDate: string | null;
  target: ParsedTarget | null;
  warnings: string[];
}

export interface PlanRegime {
  id: string;
  name: string;
  frequency: RegimeFrequency;
  deadline: RegimeDeadline;
  recipient: string | null;
  recipientUnitId: string | null;
  status: string;
}

type GeneratedPlanDetail = ResponseOf<'/api/plans/{id}'>;
export type PlanDetail = With<
  GeneratedPlanDetail,
  { regimes: PlanRegime[]; domains: DomainEntry[]; items: PlanItemDetail[] }
>;

export function narrowPlanDetail(plan: GeneratedPlanDetail): PlanDetail {
  const loose: unknown = plan; // the server builds these fields in plans.service.ts `get`
  return loose as PlanDetail;
}

/** `plans.schemas.ts` importResultSchema: an item's timeframe and target are `z.custom` today. */
type GeneratedImportPreview = ResponseOf<'/api/plans/import', 'post'>;
export type PlanImportResult = DomainImportResult;
export type PlanImportPreview = With<GeneratedImportPreview, { result: PlanImportResult }>;

export function narrowPlanImportPreview(preview: GeneratedImportPreview): PlanImportPreview {
  const loose: unknown = preview; // the server answers with the domain's PlanImportResult
  return loose as PlanImportPreview;
}
