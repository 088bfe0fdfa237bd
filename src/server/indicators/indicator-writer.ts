import type { Kysely } from 'kysely';
import {
  type IsoDate,
  compareIsoDates,
  isIsoDate,
  isPeriodCode,
  parsePeriodCode,
  periodLabel,
} from '../../domain/calendar/index.js';
import type { Target } from '../../domain/targets/index.js';
import {
  type Aggregation,
  type RuleViolation,
  type TargetProblem,
  checkRules,
  checkTargetPlan,
  rateLeq100,
  resolveValue,
} from '../../domain/tracking/index.js';
import { formatDate, formatValue } from '../../domain/tracking/format.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import {
  type StoredValue,
  annualTargets,
  canonicalBreakdown,
  indicatorUnit,
  sameBreakdown,
} from '../../domain/tracking/indicator-assessment.js';
import { keysOf, labelFor, parseKey, ruleValues, valueKey } from '../../domain/tracking/indicator-rules.js';
import type { IndicatorItem, IndicatorRepository } from './indicators.repository.js';
import type { TargetInput } from './indicators.schemas.js';

export interface RecordValueInput {
  itemId: string;
  period: string;
  value?: number | undefined;
  numerator?: number | undefined;
  denominator?: number | undefined;
  asOf: string;
  breakdown?: string | undefined;
  /** Required when the period already has a value: the version that was read. */
  version?: number | undefined;
  /** Saves a value that breaks a validation rule; the violation stays visible as a flag. */
  confirmViolations?: boolean | undefined;
}

export interface RecordedValue {
  value: StoredValue;
  /** Rules the value breaks, saved anyway because the caller confirmed them. */
  violations: RuleViolation[];
}

const PERIOD_HELP = 'Dùng dạng 2024, 2024-H1, 2024-9M, 2024-Q1, 2024-01 hoặc 2024-W27.';

/** A period code of the plan's year; the Vietnamese message says what is wrong. */
export function checkPeriod(code: string, planYear: number): void {
  if (!isPeriodCode(code)) throw AppError.validation(`Mã kỳ "${code}" không hợp lệ. ${PERIOD_HELP}`);
  const period = parsePeriodCode(code);
  if (period.year !== planYear)
    throw AppError.validation(`${periodLabel(period)} không thuộc năm của kế hoạch (${planYear}).`);
}

/** Writes values and targets; callers hold the transaction and have checked permissions. */
export class IndicatorWriter {
  constructor(
    private readonly repository: IndicatorRepository,
    private readonly audit: AuditService,
  ) {}

  async recordValue(
    trx: Kysely<Database>,
    ctx: RequestContext,
    item: IndicatorItem,
    input: RecordValueInput,
    options: { source: string; today: IsoDate; enteredByName: string | null },
  ): Promise<RecordedValue> {
    checkPeriod(input.period, item.planYear);
    if (!isIsoDate(input.asOf)) throw AppError.validation('Ngày số liệu phải có dạng YYYY-MM-DD.');
    if (compareIsoDates(input.asOf, options.today) > 0)
      throw AppError.validation(
        `Ngày số liệu (${formatDate(input.asOf)}) không được sau hôm nay (${formatDate(options.today)}).`,
      );
    const extra = await this.repository.targets(trx, [item.id]);
    const annual = annualTargets(item.planYear, item.target, extra);
    const stored = await this.repository.values(trx, [item.id]);
    const known = [
      ...annual.map((a) => a.breakdown),
      ...extra.map((e) => e.breakdown),
      ...stored.map((v) => v.breakdown),
    ];
    const breakdown = canonicalBreakdown(input.breakdown ?? '', known);
    const unit =
      annual.find((a) => sameBreakdown(a.breakdown, breakdown))?.target.unit ?? indicatorUnit(annual);
    const value = this.resolve(input, unit, item, breakdown);

    const period = periodLabel(parsePeriodCode(input.period));
    const existing = await this.repository.findValue(trx, item.id, input.period, breakdown);
    if (existing) this.checkVersion(existing, input.version, period, unit ?? 'count');

    const key = valueKey(item.id, breakdown);
    const violations = await this.violations(trx, item, input.period, key, value);
    if (violations.length > 0 && input.confirmViolations !== true) {
      const list = violations.map((v) => v.message).join(' ');
      throw AppError.validation(
        `Số liệu không khớp quy tắc kiểm tra: ${list} Hãy kiểm tra lại; nếu số liệu đúng, gửi lại kèm xác nhận (confirmViolations).`,
        { violations: violations.map((v) => ({ keys: v.keys, message: v.message })) },
      );
    }

    const write = {
      value,
      numerator: input.numerator ?? null,
      denominator: input.denominator ?? null,
      asOf: input.asOf,
      source: options.source,
      enteredBy: ctx.actor?.userId ?? null,
      enteredByName: options.enteredByName,
    };
    let saved: StoredValue | undefined;
    try {
      saved = existing
        ? await this.repository.updateValue(trx, existing.id, existing.version, write)
        : await this.repository.insertValue(
            trx,
            { itemId: item.id, periodCode: input.period, breakdown },
            write,
          );
    } catch (error) {
      if (isUniqueViolation(error)) throw this.staleError(period);
      throw error;
    }
    if (!saved) throw this.staleError(period);
    await this.audit.record(trx, ctx, {
      action: existing ? 'update' : 'create',
      entityType: 'indicatorValue',
      entityId: saved.id,
      before: existing ?? null,
      after: { ...saved, confirmedViolations: violations.map((v) => v.message) },
    });
    return { value: saved, violations };
  }

  /** Replaces the extra targets of an indicator once every breakdown's plan is consistent. */
  async replaceTargets(
    trx: Kysely<Database>,
    ctx: RequestContext,
    item: IndicatorItem,
    inputs: readonly TargetInput[],
    aggregation: Aggregation,
  ): Promise<void> {
    const before = await this.repository.targets(trx, [item.id]);
    const annual = annualTargets(item.planYear, item.target, []);
    const known = [...annual.map((a) => a.breakdown), ...before.map((t) => t.breakdown)];
    const rows = inputs.map((input) => {
      checkPeriod(input.period, item.planYear);
      return {
        periodCode: input.period,
        breakdown: canonicalBreakdown(input.breakdown ?? '', known),
        target: toTarget(input),
      };
    });
    const problems: string[] = [];
    const groups = new Map<string, typeof rows>();
    for (const row of rows) {
      const name = [...groups.keys()].find((k) => sameBreakdown(k, row.breakdown)) ?? row.breakdown;
      groups.set(name, [...(groups.get(name) ?? []), row]);
    }
    for (const [breakdown, group] of groups) {
      const fromPlan = annual.find((a) => sameBreakdown(a.breakdown, breakdown))?.target;
      const anchor = fromPlan ?? group.find((r) => r.periodCode === String(item.planYear))?.target;
      const where = breakdown === '' ? '' : ` (${breakdown})`;
      if (anchor === undefined) {
        problems.push(
          `Chưa có chỉ tiêu cả năm${where}: hãy giao kèm chỉ tiêu kỳ ${item.planYear} để đối chiếu các kỳ.`,
        );
        continue;
      }
      const found: TargetProblem[] = checkTargetPlan({
        annual: anchor,
        periods: group.map((r) => ({ periodCode: r.periodCode, target: r.target })),
        aggregation,
      });
      problems.push(...found.map((p) => `${p.message}${where ? ` —${where.trim()}` : ''}`));
    }
    if (problems.length > 0)
      throw AppError.validation(`Chỉ tiêu các kỳ mâu thuẫn với chỉ tiêu cả năm: ${problems.join(' ')}`, {
        problems,
      });
    await this.repository.replaceTargets(trx, item.id, rows);
    await this.audit.record(trx, ctx, {
      action: 'replaceTargets',
      entityType: 'indicator',
      entityId: item.id,
      before,
      after: { aggregation, targets: rows },
    });
  }

  private resolve(
    input: RecordValueInput,
    unit: string | null,
    item: IndicatorItem,
    breakdown: string,
  ): number {
    const fraction = input.numerator !== undefined || input.denominator !== undefined;
    if (fraction && unit !== null && unit !== 'percent')
      throw AppError.validation(
        'Chỉ tiêu này không tính bằng tỷ lệ phần trăm nên không nhập dạng tử số/mẫu số; hãy nhập giá trị.',
      );
    const resolved = resolveValue({
      periodCode: input.period,
      asOf: input.asOf,
      ...(input.value === undefined ? {} : { value: input.value }),
      ...(input.numerator === undefined ? {} : { numerator: input.numerator }),
      ...(input.denominator === undefined ? {} : { denominator: input.denominator }),
    });
    const issue = resolved.issues[0];
    if (resolved.value === null || issue !== undefined) {
      const message = issue?.code === 'missing' ? 'Cần nhập giá trị, hoặc tử số và mẫu số.' : issue?.message;
      throw AppError.validation(message ?? 'Số liệu không hợp lệ.');
    }
    if (fraction || unit === 'percent') {
      const key = valueKey(item.id, breakdown);
      const [broken] = checkRules(
        [rateLeq100(key)],
        { [key]: resolved.value },
        {
          [key]: labelFor(item.content, breakdown),
        },
      );
      if (broken) throw AppError.validation(broken.message);
    }
    return resolved.value;
  }

  private checkVersion(
    existing: StoredValue,
    version: number | undefined,
    period: string,
    unit: string,
  ): void {
    const shown = existing.value === null ? '' : ` ${formatValue(existing.value, unit)}`;
    const by = existing.enteredByName ? `, do ${existing.enteredByName} nhập` : '';
    const current = {
      id: existing.id,
      value: existing.value,
      asOf: existing.asOf,
      version: existing.version,
    };
    if (version === undefined)
      throw AppError.conflict(
        `${period} đã có số liệu${shown} (phiên bản ${existing.version}${by}). Hãy tải lại rồi gửi kèm phiên bản để cập nhật.`,
        { current },
      );
    if (version !== existing.version) throw this.staleError(period, current);
  }

  private staleError(period: string, current?: unknown): AppError {
    return AppError.conflict(
      `Số liệu ${period} vừa được người khác cập nhật. Hãy tải lại để xem số liệu mới rồi nhập lại.`,
      current === undefined ? undefined : { current },
    );
  }

  /** Rules of the plan that the incoming figure takes part in, checked with the period's other figures. */
  private async violations(
    trx: Kysely<Database>,
    item: IndicatorItem,
    periodCode: string,
    key: string,
    value: number,
  ): Promise<RuleViolation[]> {
    const rules = (await this.repository.rules(trx, [item.planId])).filter((r) =>
      keysOf(r.rule).includes(key),
    );
    if (rules.length === 0) return [];
    const [values, items] = await Promise.all([
      this.repository.planValues(trx, [item.planId], periodCode),
      this.repository.items(trx, { planId: item.planId }),
    ]);
    const figures = { ...ruleValues(values), [key]: value };
    const labels: Record<string, string> = {};
    for (const k of rules.flatMap((r) => keysOf(r.rule))) {
      const { itemId, breakdown } = parseKey(k);
      const content = items.find((i) => i.id === itemId)?.content;
      labels[k] = content === undefined ? k : labelFor(subjectOf(items, itemId) ?? content, breakdown);
    }
    return checkRules(
      rules.map((r) => r.rule),
      figures,
      labels,
    );
  }
}

function subjectOf(items: readonly IndicatorItem[], itemId: string): string | undefined {
  return items.find((i) => i.id === itemId)?.target?.targets.find((t) => t.scope === undefined)?.subject;
}

/** The API's target as the domain's, refusing one that lacks what its comparator needs. */
export function toTarget(input: TargetInput): Target {
  const raw = `${input.period}${input.breakdown ? ` ${input.breakdown}` : ''}`;
  if (input.comparator === 'range') {
    if (input.min === undefined || input.max === undefined || input.min > input.max)
      throw AppError.validation(`Chỉ tiêu kỳ ${input.period} dạng khoảng cần có min ≤ max.`);
    const range: Target = { comparator: 'range', min: input.min, max: input.max, unit: input.unit, raw };
    if (input.breakdown) range.scope = input.breakdown;
    return range;
  }
  if (input.value === undefined)
    throw AppError.validation(`Chỉ tiêu kỳ ${input.period} cần có giá trị (value).`);
  const target: Target = { comparator: input.comparator, value: input.value, unit: input.unit, raw };
  if (input.breakdown) target.scope = input.breakdown;
  return target;
}
