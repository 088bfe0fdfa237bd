import type { Kysely } from 'kysely';
import {
  type IsoDate,
  addDays,
  compareIsoDates,
  parsePeriodCode,
  vietnamDateAt,
} from '../../domain/calendar/index.js';
import type { OutlineSection } from '../../domain/reporting/index.js';
import { type RichDoc, textToDoc } from '../../domain/rich-text/index.js';
import { systemContext } from '../common/context.js';
import { ConsolidationRepository } from '../consolidation/consolidation.repository.js';
import type { Database } from '../db/schema.js';
import type { Services } from '../services.js';
import { ancestorChain } from '../../domain/org/tree.js';
import { owingUnitIds } from '../../domain/reporting/index.js';
import { toRegime } from '../report-regimes/regime-model.js';
import { DEMO_MINISTRY_DEPARTMENTS } from './demo-org.js';
import { seedBreakdownValues } from './demo-breakdowns.js';
import { DEMO_PLAN_NUMBER } from './demo-plan.js';
import { DemoTimeline, seedDemoProgress } from './demo-progress.js';

const ctx = systemContext('demo-seed');
const repository = new ConsolidationRepository();

// What the sample units "wrote" in their 6-month reports, so a fresh start can build the
// department's and the ministry's reports at once. Wording after seeds 001 and 002.
const HIGHLIGHTS = [
  'Tổ chức thành công Hội nghị tổng kết hoạt động ngành năm trước, triển khai nhiệm vụ năm nay.',
  'Triển khai truyền thông các sự kiện chính trị lớn của tỉnh trước, trong và sau sự kiện.',
  'Ký kết Biên bản ghi nhớ phối hợp hỗ trợ nông dân chuyển đổi số.',
];
const RESULTS = [
  'Triển khai tốt công tác quản lý nhà nước trong lĩnh vực; kịp thời hướng dẫn, kiểm tra các cơ quan, đơn vị.',
  'Đã tham mưu ban hành các kế hoạch, văn bản hướng dẫn theo đúng tiến độ được giao.',
];
const DIFFICULTIES = 'Còn thiếu văn bản hướng dẫn của Trung ương; nhân lực chuyên trách còn mỏng.';
const PROPOSALS = 'Kiến nghị Bộ sớm ban hành văn bản hướng dẫn để địa phương có cơ sở triển khai.';
const NEXT =
  'Tiếp tục triển khai các nhiệm vụ trọng tâm theo kế hoạch năm; đôn đốc các đơn vị hoàn thành nhiệm vụ đến hạn.';

/**
 * The figures each department gives in the ministry's data form, in the order of the ministry plan's
 * indicators (demo-ministry-plan.txt): its digital transformation plan issued (1) or not (0), the
 * number of full online public services, and the share of cases handled online. Đồng Tháp has not
 * issued its plan; Hậu Giang sends no report at all.
 */
export const DEMO_MINISTRY_FIGURES: Readonly<Record<string, readonly number[]>> = {
  'STTTT-AG': [1, 912, 78.5],
  'STTTT-CT': [1, 570, 64.2],
  'STTTT-DT': [0, 1048, 55],
  'STTTT-KG': [1, 300, 70.4],
  'STTTT-CM': [1, 200, 81.3],
};

/** Sections for a regime's outline: per-domain sections once per domain the unit works in. */
function sectionsFor(
  outline: readonly OutlineSection[],
  domains: readonly string[],
  unitName: string,
  n: number,
) {
  const sections: Record<string, RichDoc> = {};
  for (const section of outline) {
    const key = section.key.toLowerCase();
    const text =
      key.includes('highlight') || key.includes('noibat')
        ? (HIGHLIGHTS[n % HIGHLIGHTS.length] ?? '')
        : key.includes('difficult') || key.includes('khokhan')
          ? DIFFICULTIES
          : key.includes('proposal') || key.includes('solution') || key.includes('kiennghi')
            ? PROPOSALS
            : key.includes('next')
              ? NEXT
              : `${RESULTS[n % RESULTS.length] ?? ''} (${unitName})`;
    if (section.perDomain && domains.length > 0)
      for (const domain of domains.slice(0, 2)) sections[`${section.key}:${domain}`] = textToDoc(text);
    else sections[section.key] = textToDoc(text);
  }
  return sections;
}

interface DemoPeriod {
  periodId: string;
  dueAt: Date;
  outline: readonly OutlineSection[];
  unitIds: string[];
  dataForm: readonly string[];
}

/** The H1 periods of active regimes received by the unit or (`inside`) by any unit of its subtree. */
async function periodsFor(
  db: Kysely<Database>,
  services: Services,
  receiver: string,
  inside: boolean,
  periodCode: string,
): Promise<DemoPeriod[]> {
  const units = await services.orgUnits.listAll();
  const byId = new Map(units.map((u) => [u.id, u]));
  const receivers = inside
    ? units.filter((u) => ancestorChain(byId, u.id).includes(receiver)).map((u) => u.id)
    : [receiver];
  const rows = await repository.periodsReceivedBy(db, receivers, periodCode);
  return rows.map((row) => {
    const regime = toRegime(row);
    return {
      periodId: row.period_id,
      dueAt: new Date(row.period_due_at),
      outline: regime.outline,
      unitIds: owingUnitIds(regime, row.period_unit_ids, units),
      dataForm: regime.dataForm,
    };
  });
}

/**
 * When a sample report is sent: a few days before the deadline, or (`late`) a few days after it;
 * never after `now`.
 */
function sendingTime(dueAt: Date, n: number, late: boolean, now: Date): Date {
  const day = 24 * 3600 * 1000;
  const at = new Date(dueAt.getTime() + (late ? 3 * day : -(2 + (n % 4)) * day));
  return at.getTime() < now.getTime() ? at : now;
}

/** Files, sends and accepts one unit's report through the reports workflow, unless it is already accepted. */
async function acceptedReport(
  timeline: DemoTimeline,
  sentAt: Date,
  periodId: string,
  unitId: string,
  sections: Record<string, RichDoc>,
  data: Record<string, { value: number }> = {},
) {
  const services = timeline.atInstant(new Date(sentAt.getTime() - 3600 * 1000));
  const found = await services.submissions.lookup(ctx, { periodId, unitId });
  if (found.status !== 'draft' && found.status !== 'returned') return;
  const saved = await services.submissions.save(ctx, found.id, { version: found.version, sections, data });
  const sent = await timeline.atInstant(sentAt).submissions.submit(ctx, saved.id, { version: saved.version });
  await timeline.atInstant(sentAt).submissions.accept(ctx, sent.id, { version: sent.version });
}

/**
 * Sample activity for the first half of `year`: progress and evidence on a share of the sample
 * plan's tasks, indicator values, and accepted 6-month reports from the department's divisions
 * and from the ministry's departments (all but one, so the ministry sees who is missing). Each
 * step skips what is already there, so running it again changes nothing.
 */
export async function seedDemoActivity(
  db: Kysely<Database>,
  services: Services,
  unitIds: ReadonlyMap<string, string>,
  year: number,
  now: Date = new Date(),
): Promise<void> {
  const today = vietnamDateAt(now);
  const halfEnd: IsoDate = `${year}-06-30`;
  const sample = (await services.plans.list(ctx)).find(
    (p) => p.isSample && p.year === year && p.number === DEMO_PLAN_NUMBER,
  );
  if (!sample) return;

  const timeline = new DemoTimeline(db, now);
  await seedDemoProgress(timeline, sample.id, year, today);
  const { items } = await services.tasks.planItems(ctx, sample.id, 'task');

  const indicators = await services.indicators.list(ctx, { planId: sample.id });
  // Values for most indicators (about one in seven has none yet): a little behind the year's target at
  // the end of Q1, closer at the end of Q2, some already there.
  for (const [i, row] of indicators.entries()) {
    // Rows with several targets always get figures: half of a row judged would read "Chưa đủ số liệu".
    if (row.latest !== null || (i % 7 === 6 && row.breakdowns.length === 0)) continue;
    const target = Number(/(\d+(?:[.,]\d+)?)/.exec(row.target ?? '')?.[1]?.replace(',', '.') ?? NaN);
    if (!Number.isFinite(target) || target <= 0 || row.unit === 'rank') continue;
    const cap = (v: number) => (row.unit === 'percent' ? Math.min(100, v) : v);
    for (const [quarter, share] of [
      ['Q1', i % 4 === 0 ? 1 : 0.8],
      ['Q2', i % 3 === 0 ? 1.02 : 0.9],
    ] as const) {
      const end = parsePeriodCode(`${year}-${quarter}`).end;
      if (compareIsoDates(end, today) > 0) continue;
      const entered = addDays(end, 5);
      const at = timeline.on(compareIsoDates(entered, today) < 0 ? entered : today);
      await at.indicators.putValue(ctx, row.id, {
        period: `${year}-${quarter}`,
        value: cap(Math.round(target * share * 10) / 10),
        asOf: end,
        source: 'Dữ liệu mẫu',
      });
      // Each further target of the row ("…; 92% điểm phục vụ …") gets its figure with the main one.
      for (const b of row.breakdowns) {
        const own = Number(/(\d+(?:[.,]\d+)?)/.exec(b.target ?? '')?.[1]?.replace(',', '.') ?? NaN);
        if (!Number.isFinite(own) || own <= 0) continue;
        const percent = (b.target ?? '').includes('%');
        const value = Math.round(own * share * 10) / 10;
        await at.indicators.putValue(ctx, row.id, {
          period: `${year}-${quarter}`,
          value: percent ? Math.min(100, value) : value,
          asOf: end,
          breakdown: b.breakdown,
          source: 'Dữ liệu mẫu',
        });
      }
    }
  }
  timeline.atInstant(now);
  // Every further target of an indicator row gets its own Q1 figure too.
  const q1End: IsoDate = `${year}-03-31`;
  if (compareIsoDates(q1End, today) <= 0) await seedBreakdownValues(services, sample.id, `${year}-Q1`, q1End);

  if (compareIsoDates(addDays(halfEnd, 1), today) > 0) return;
  const domains = [...new Set(items.map((i) => i.domain).filter((d): d is string => d !== null))];
  const department = unitIds.get('STTTT-AG');
  if (department) {
    for (const [p, period] of (await periodsFor(db, services, department, true, `${year}-H1`)).entries()) {
      // Most divisions report on time; in the first regime the next to last is late and the last
      // has not reported.
      const count = period.unitIds.length;
      const slips = p === 0 && count > 2;
      for (const [n, unitId] of period.unitIds.entries()) {
        if (slips && n === count - 1) continue;
        const name = (await services.orgUnits.listAll()).find((u) => u.id === unitId)?.name ?? '';
        const own = domains.filter((_, d) => d % count === n % count);
        const sentAt = sendingTime(period.dueAt, n, slips && n === count - 2, now);
        await acceptedReport(
          timeline,
          sentAt,
          period.periodId,
          unitId,
          sectionsFor(period.outline, own, name, n),
        );
      }
    }
  }
  const ministry = unitIds.get('BTTTT');
  if (ministry) {
    const reporting = DEMO_MINISTRY_DEPARTMENTS.slice(0, -1);
    for (const period of await periodsFor(db, services, ministry, false, `${year}-H1`))
      for (const [n, code] of reporting.entries()) {
        const unitId = unitIds.get(code);
        if (!unitId || !period.unitIds.includes(unitId)) continue;
        const name = (await services.orgUnits.listAll()).find((u) => u.id === unitId)?.name ?? '';
        const figures = DEMO_MINISTRY_FIGURES[code] ?? [];
        const data = Object.fromEntries(
          period.dataForm.flatMap((id, k) => {
            const value = figures[k];
            return value === undefined ? [] : [[id, { value }]];
          }),
        );
        // Đồng Tháp sends its report late; Hậu Giang (not in `reporting`) sends none.
        const sentAt = sendingTime(period.dueAt, n, code === 'STTTT-DT', now);
        await acceptedReport(
          timeline,
          sentAt,
          period.periodId,
          unitId,
          sectionsFor(period.outline, domains.slice(n, n + 2), name, n),
          data,
        );
      }
  }
}
