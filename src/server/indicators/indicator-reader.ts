import type { Kysely } from 'kysely';
import { parsePeriodCode, periodLabel } from '../../domain/calendar/index.js';
import { verdictOf } from '../../domain/targets/index.js';
import { type IndicatorYear, yearOverYear } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';
import {
  type AnnualTarget,
  type ExtraTarget,
  type StoredValue,
  annualTargets,
  assessAll,
  evaluateSingle,
  evaluationLabel,
  indicatorUnit,
  isGrowth,
  orderValues,
  targetForValue,
  targetText,
} from '../../domain/tracking/indicator-assessment.js';
import { type IndicatorIdentity, lineage } from './indicator-lineage.js';
import {
  type PeriodViolation,
  type StoredRule,
  involves,
  labelFor,
  parseKey,
  ruleView,
  valueKey,
  violationsByPeriod,
} from '../../domain/tracking/indicator-rules.js';
import type { IndicatorItem, IndicatorRepository, ItemUnit } from './indicators.repository.js';

export interface Flag {
  code: 'ruleViolation' | 'targetUnparsed';
  periodCode: string | null;
  message: string;
}

/** What the rows of a set of plans are built from, loaded in a handful of queries. */
interface Facts {
  units: ItemUnit[];
  targets: ExtraTarget[];
  values: StoredValue[];
  rules: StoredRule[];
  violations: PeriodViolation[];
  labels: Record<string, string>;
  identities: IndicatorIdentity[];
  previousValues: StoredValue[];
}

/**
 * One year's values of an indicator found under several items (plan versions): the best item's
 * value for a period wins, the others fill periods it lacks.
 */
function mergeYear(items: readonly IndicatorIdentity[], values: readonly StoredValue[]): StoredValue[] {
  const seen = new Set<string>();
  const out: StoredValue[] = [];
  for (const item of items) {
    for (const v of values.filter((x) => x.itemId === item.id)) {
      const key = `${v.periodCode}|${v.breakdown}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

export class IndicatorReader {
  constructor(private readonly repository: IndicatorRepository) {}

  /** Rows of the given items; `items` must hold every indicator of their plans (rules span them). */
  async rows(db: Kysely<Database>, items: readonly IndicatorItem[]) {
    const facts = await this.facts(db, items);
    return items.map((item) => this.row(item, facts));
  }

  async detail(
    db: Kysely<Database>,
    item: IndicatorItem,
    planItems: readonly IndicatorItem[],
    permissions: { canEnterValues: boolean; canManage: boolean },
  ) {
    const facts = await this.facts(db, planItems);
    const row = this.row(item, facts);
    const extra = facts.targets.filter((t) => t.itemId === item.id);
    const annual = annualTargets(item.planYear, item.target, extra);
    const values = orderValues(facts.values.filter((v) => v.itemId === item.id));
    return {
      ...row,
      plan: {
        id: item.planId,
        number: item.planNumber,
        title: item.planTitle,
        year: item.planYear,
        status: item.planStatus,
      },
      annualTargets: annual.map((a) => ({ ...a, text: targetText(a.target, a.breakdown) })),
      targets: extra.map((t) => ({
        id: t.id,
        periodCode: t.periodCode,
        periodLabel: periodLabel(parsePeriodCode(t.periodCode)),
        breakdown: t.breakdown,
        target: t.target,
        text: targetText(t.target, t.breakdown),
      })),
      values: values.map((v) => {
        const target = targetForValue(v, annual, extra);
        const evaluation = evaluateSingle(target, v.value);
        const key = valueKey(item.id, v.breakdown);
        return {
          id: v.id,
          periodCode: v.periodCode,
          periodLabel: periodLabel(parsePeriodCode(v.periodCode)),
          breakdown: v.breakdown,
          value: v.value,
          numerator: v.numerator,
          denominator: v.denominator,
          asOf: v.asOf,
          source: v.source,
          enteredBy: v.enteredBy,
          enteredByName: v.enteredByName,
          version: v.version,
          updatedAt: v.updatedAt.toISOString(),
          target: target && targetText(target, v.breakdown),
          evaluation,
          verdict: verdictOf(evaluation, v.value !== null),
          evaluationLabel: evaluationLabel(evaluation, v.value !== null),
          flags: facts.violations
            .filter((p) => p.periodCode === v.periodCode && p.violation.keys.includes(key))
            .map((p) => ({
              code: 'ruleViolation' as const,
              periodCode: p.periodCode,
              message: p.violation.message,
            })),
        };
      }),
      rules: facts.rules.filter((r) => involves(r.rule, item.id)).map(ruleView),
      history: await this.history(db, item, facts.identities),
      permissions,
    };
  }

  private async facts(db: Kysely<Database>, items: readonly IndicatorItem[]): Promise<Facts> {
    const ids = items.map((i) => i.id);
    const planIds = [...new Set(items.map((i) => i.planId))];
    const [units, targets, values, rules, identities] = await Promise.all([
      this.repository.itemUnits(db, ids),
      this.repository.targets(db, ids),
      this.repository.planValues(db, planIds),
      this.repository.rules(db, planIds),
      this.repository.identities(db),
    ]);
    const labels: Record<string, string> = {};
    for (const item of items) {
      const subject = item.target?.targets.find((t) => t.scope === undefined)?.subject;
      const name = subject ?? item.content;
      labels[item.id] = labelFor(name, '');
      for (const v of values.filter((x) => x.itemId === item.id && x.breakdown !== ''))
        labels[valueKey(item.id, v.breakdown)] = labelFor(name, v.breakdown);
    }
    const previousIds = this.previousYearItems(items, targets, identities);
    const previousValues = await this.repository.values(db, [
      ...new Set(previousIds.flat().map((i) => i.id)),
    ]);
    const violations = violationsByPeriod(rules, values, labels);
    return { units, targets, values, rules, violations, labels, identities, previousValues };
  }

  /** Last year's items of the indicators whose target is a growth rate, which needs last year's value. */
  private previousYearItems(
    items: readonly IndicatorItem[],
    targets: readonly ExtraTarget[],
    identities: readonly IndicatorIdentity[],
  ): IndicatorIdentity[][] {
    return items
      .filter((item) =>
        annualTargets(
          item.planYear,
          item.target,
          targets.filter((t) => t.itemId === item.id),
        ).some((a) => isGrowth(a.target)),
      )
      .map((item) => {
        const self = identities.find((i) => i.id === item.id);
        return self ? (lineage(self, identities).get(item.planYear - 1) ?? []) : [];
      });
  }

  private row(item: IndicatorItem, facts: Facts) {
    const extra = facts.targets.filter((t) => t.itemId === item.id);
    const annual = annualTargets(item.planYear, item.target, extra);
    const values = facts.values.filter((v) => v.itemId === item.id);
    // Only a growth target needs last year's figures; looking them up for every row costs a scan of all plans.
    const previous = annual.some((a) => isGrowth(a.target)) ? this.previousOf(item, facts) : [];
    const view = assessAll(item.planYear, annual, values, previous);
    const unitRefs = (role: ItemUnit['role']) =>
      facts.units
        .filter((u) => u.itemId === item.id && u.role === role)
        .map((u) => ({ id: u.unitId, code: u.code, name: u.name }));
    const flags: Flag[] = [];
    if (annual.length === 0)
      flags.push({
        code: 'targetUnparsed',
        periodCode: null,
        message: 'Chưa đọc được chỉ tiêu đặt ra; hãy giao chỉ tiêu cả năm để đánh giá.',
      });
    for (const { periodCode, violation } of facts.violations) {
      if (!violation.keys.some((k) => parseKey(k).itemId === item.id)) continue;
      flags.push({ code: 'ruleViolation', periodCode, message: violation.message });
    }
    const breakdownView = (b: (typeof view.breakdowns)[number]) => ({
      breakdown: b.breakdown,
      target: b.target && targetText(b.target, b.breakdown),
      latest: b.latest,
      evaluation: b.evaluation,
      verdict: b.verdict,
      evaluationLabel: b.evaluationLabel,
      forecast: b.forecast,
    });
    return {
      id: item.id,
      planId: item.planId,
      planYear: item.planYear,
      ordinal: item.ordinal,
      domain: item.domain,
      content: item.content,
      leadUnits: unitRefs('lead'),
      coordinatorUnits: unitRefs('coordinator'),
      target: annual.length === 0 ? null : annual.map((a) => targetText(a.target, a.breakdown)).join('; '),
      unit: indicatorUnit(annual),
      latest: view.main.latest,
      evaluation: view.evaluation,
      verdict: view.verdict,
      evaluationLabel: view.evaluationLabel,
      forecast: view.main.forecast,
      // The whole indicator's sentence (with its forecast) only when it speaks for the row.
      summary: view.verdict === view.main.verdict ? view.main.summary : view.evaluationLabel,
      sparkline: view.main.series,
      breakdowns: view.breakdowns.map(breakdownView),
      flags,
    };
  }

  private previousOf(item: IndicatorItem, facts: Facts): StoredValue[] {
    const self = facts.identities.find((i) => i.id === item.id);
    if (!self) return [];
    const previousItems = lineage(self, facts.identities).get(item.planYear - 1) ?? [];
    return mergeYear(previousItems, facts.previousValues);
  }

  /** The indicator year by year: each year's own target and latest value, judged by that target. */
  private async history(db: Kysely<Database>, item: IndicatorItem, identities: readonly IndicatorIdentity[]) {
    const self = identities.find((i) => i.id === item.id);
    if (!self) return [];
    const years = lineage(self, identities);
    const allItems = [...years.values()].flat();
    const ids = allItems.map((i) => i.id);
    const [values, targets] = await Promise.all([
      this.repository.values(db, ids),
      this.repository.targets(db, ids),
    ]);
    const entries = [...years].map(([year, items]) => {
      const best = items[0] as IndicatorIdentity;
      const merged = mergeYear(items, values).filter((v) => v.breakdown === '');
      const annual: AnnualTarget | undefined = annualTargets(
        year,
        best.target,
        targets.filter((t) => t.itemId === best.id),
      ).find((a) => a.breakdown === '');
      return { year, best, merged, target: annual?.target ?? null };
    });
    const judged: IndicatorYear[] = entries.flatMap((e) =>
      e.target === null
        ? []
        : [
            {
              year: e.year,
              target: e.target,
              values: orderValues(e.merged)
                .filter((v) => v.value !== null)
                .map((v) => ({ periodCode: v.periodCode, asOf: v.asOf, value: v.value ?? 0 })),
            },
          ],
    );
    const results = yearOverYear(judged);
    return entries.map((e) => {
      const result = results.find((r) => r.year === e.year);
      const lastPoint =
        result?.value ??
        orderValues(e.merged)
          .filter((v) => v.value !== null && parsePeriodCode(v.periodCode).year === e.year)
          .at(-1);
      const stored = lastPoint && e.merged.find((v) => v.periodCode === lastPoint.periodCode);
      const latest =
        lastPoint && stored
          ? {
              periodCode: lastPoint.periodCode,
              periodLabel: periodLabel(parsePeriodCode(lastPoint.periodCode)),
              value: lastPoint.value ?? 0,
              asOf: lastPoint.asOf,
              source: stored.source,
            }
          : null;
      const evaluation = result?.evaluation ?? null;
      return {
        year: e.year,
        planId: e.best.planId,
        planTitle: e.best.planTitle,
        itemId: e.best.id,
        target: e.target && targetText(e.target, ''),
        latest,
        evaluation,
        verdict: verdictOf(evaluation, latest !== null),
        evaluationLabel: evaluationLabel(evaluation, latest !== null),
        change: result?.change ?? null,
      };
    });
  }
}
