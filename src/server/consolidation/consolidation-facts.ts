import { loadFakeNewsFigures } from '../fake-news/fake-news-figures.js';
import type { Kysely } from 'kysely';
import {
  type IsoDate,
  type ReportPeriod,
  type WorkingCalendar,
  compareIsoDates,
  nextPeriod,
  parsePeriodCode,
} from '../../domain/calendar/index.js';
import { owingUnitIds } from '../../domain/reporting/index.js';
import { inPeriod } from '../../domain/tracking/index.js';
import {
  type ConsistencyData,
  type DepartmentReportInput,
  type FormIndicator,
  type IndicatorFacts,
  type ReportHeader,
  type UnitSubmission,
  type UpwardReportInput,
  departmentCompletion,
  figureValue,
  upwardShares,
} from '../../domain/consolidation/index.js';
import {
  type ReferencedDocument,
  draftingAbbreviation,
  fileCopyLine,
} from '../../domain/documents/decree-30.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { ancestorChain } from '../../domain/org/tree.js';
import type { Database } from '../db/schema.js';
import {
  annualTargets,
  assessAll,
  indicatorUnit,
  orderValues,
  targetText,
} from '../../domain/tracking/indicator-assessment.js';
import { labelFor, valueKey } from '../../domain/tracking/indicator-rules.js';
import { submissionStatus } from '../../domain/reporting/timeliness.js';
import { IndicatorRepository } from '../indicators/indicators.repository.js';
import { OrgUnitRepository } from '../org-units/org-units.repository.js';
import { toRegime } from '../report-regimes/regime-model.js';
import { ConsolidationRepository } from './consolidation.repository.js';

export interface Scope {
  unit: OrgUnit;
  units: OrgUnit[];
  period: ReportPeriod;
  regimeId: string | null;
  today: IsoDate;
  calendar: WorkingCalendar;
  /** The unit of the person compiling: the drafting unit named in "Lưu: VT, …". */
  drafterUnitId?: string | null;
}

interface Addressing {
  basis: ReferencedDocument[];
  recipients: string[];
}

export interface DepartmentFacts {
  input: DepartmentReportInput;
  consistency: ConsistencyData;
}

export interface UpwardFacts {
  input: UpwardReportInput;
  consistency: ConsistencyData;
}

const inRange = (code: string, end: IsoDate) => compareIsoDates(parsePeriodCode(code).end, end) <= 0;

/** The unit and every unit below it. */
function subtree(units: readonly OrgUnit[], rootId: string): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  return new Set(units.filter((u) => ancestorChain(byId, u.id).includes(rootId)).map((u) => u.id));
}

/**
 * Reads what a consolidated report is built from: tasks and indicators of the year's active plans
 * in the unit's part of the tree, and the accepted reports sent to it for the period. Values count
 * up to the end of the report period, so a Q3 figure never shows in a half-year report.
 */
export class ConsolidationFacts {
  private readonly repository = new ConsolidationRepository();
  private readonly indicators = new IndicatorRepository();
  private readonly orgUnits = new OrgUnitRepository();

  async units(db: Kysely<Database>): Promise<OrgUnit[]> {
    return this.orgUnits.listAll(db);
  }

  async department(db: Kysely<Database>, scope: Scope): Promise<DepartmentFacts> {
    const period = scope.period;
    const below = subtree(scope.units, scope.unit.id);
    const names = new Map(scope.units.map((u) => [u.id, u.name]));
    // Tasks of any active plan that come up in this period or the next (for "Nhiệm vụ trọng tâm").
    const next = nextPeriod(period);
    const tasks = (await this.repository.tasks(db, [...below])).filter((t) =>
      t.occurrences.some((o) => inPeriod(o, period) || inPeriod(o, next)),
    );

    const items = (await this.indicators.items(db, { activeOnly: true })).filter(
      (i) => i.planYear === period.year,
    );
    const links = await this.indicators.itemUnits(
      db,
      items.map((i) => i.id),
    );
    const mine = items.filter((i) => links.some((l) => l.itemId === i.id && below.has(l.unitId)));
    const ids = mine.map((i) => i.id);
    const [values, extra] = await Promise.all([
      this.indicators.values(db, ids),
      this.indicators.targets(db, ids),
    ]);
    const inScope = values.filter(
      (v) => parsePeriodCode(v.periodCode).year === period.year && inRange(v.periodCode, period.end),
    );

    const percentKeys: string[] = [];
    const labels: Record<string, string> = {};
    const figures: Record<string, number | null> = {};
    const indicators: IndicatorFacts[] = mine.map((item) => {
      const annual = annualTargets(
        period.year,
        item.target,
        extra.filter((e) => e.itemId === item.id),
      );
      const own = inScope.filter((v) => v.itemId === item.id);
      const view = assessAll(period.year, annual, own);
      const unit = indicatorUnit(annual);
      for (const v of orderValues(own)) {
        const key = valueKey(item.id, v.breakdown);
        figures[key] = v.value;
        labels[key] = labelFor(item.content, v.breakdown);
        if (unit === 'percent' && !percentKeys.includes(key)) percentKeys.push(key);
      }
      const latest = view.main.latest;
      return {
        id: item.id,
        content: item.content,
        label: item.target?.targets[0]?.subject ?? null,
        domain: item.domain,
        // Every target the row has, each with its breakdown: none is dropped from the report.
        targetText: annual.map((a) => targetText(a.target, a.breakdown)).join('; ') || null,
        unit,
        latest: latest && { value: latest.value, asOf: latest.asOf, periodCode: latest.periodCode },
        breakdowns: view.breakdowns.flatMap((b) =>
          b.latest ? [{ name: b.breakdown, value: b.latest.value, asOf: b.latest.asOf }] : [],
        ),
        evaluation: view.evaluation,
        verdict: view.verdict,
        forecast: view.main.forecast?.text ?? null,
      };
    });

    const planIds = [...new Set([...tasks.map((t) => t.planId), ...mine.map((i) => i.planId)])];
    const [domains, rules, submissions] = await Promise.all([
      this.repository.domains(db, planIds),
      this.indicators.rules(db, [...new Set(mine.map((i) => i.planId))]),
      // Internal regimes are often received by the compiling division rather than the Sở itself.
      this.submissions(db, scope, [...below]),
    ]);
    const input: DepartmentReportInput = {
      unit: { id: scope.unit.id, name: scope.unit.name },
      periodCode: period.code,
      today: scope.today,
      calendar: scope.calendar,
      domains,
      indicators,
      tasks: tasks.map((t) => ({
        id: t.id,
        content: t.content,
        domain: t.domain,
        output: t.output,
        leadUnitName: t.leadUnitIds.map((id) => names.get(id)).find((n) => n !== undefined) ?? null,
        occurrences: t.occurrences,
        evidence: t.evidence,
        latestNote: t.latestNote,
      })),
      submissions,
      ...(await this.addressing(db, scope, planIds, 'Ban Giám đốc')),
      ...(await fakeNewsPart(db, scope.calendar, period)),
    };
    return {
      input,
      consistency: {
        figureSets: [{ scope: null, values: figures }],
        rules: rules.map((r) => r.rule),
        labels,
        percentKeys,
        stated: {
          completion: departmentCompletion(input).tasks,
          indicators: indicators.flatMap((i) =>
            i.latest ? [{ id: i.id, label: i.label ?? i.content, value: i.latest.value, unit: i.unit }] : [],
          ),
        },
      },
    };
  }

  async upward(db: Kysely<Database>, scope: Scope): Promise<UpwardFacts> {
    const regimes = await this.repository.regimesWithPeriod(db, {
      receiverId: scope.unit.id,
      periodCode: scope.period.code,
      regimeId: scope.regimeId,
    });
    const contributorIds: string[] = [];
    const formIds: string[] = [];
    for (const row of regimes) {
      for (const id of owingUnitIds(toRegime(row), row.period_unit_ids, scope.units))
        if (!contributorIds.includes(id)) contributorIds.push(id);
      for (const id of row.data_form) if (!formIds.includes(id)) formIds.push(id);
    }
    const byId = new Map(scope.units.map((u) => [u.id, u]));
    const contributors = contributorIds.flatMap((id) => {
      const unit = byId.get(id);
      return unit ? [unit] : [];
    });
    const [form, submissions] = await Promise.all([
      this.repository.formIndicators(db, formIds),
      this.submissions(db, scope, [scope.unit.id]),
    ]);
    const indicators: FormIndicator[] = form.map((f) => {
      const target = f.target?.status === 'parsed' ? f.target.targets[0] : undefined;
      return {
        id: f.id,
        content: f.content,
        domain: f.domain,
        unit: target?.unit ?? null,
        target: target ? { target, text: targetText(target) } : null,
      };
    });
    const rules = await this.indicators.rules(db, [...new Set(form.map((f) => f.planId))]);
    const noun =
      contributors.length > 0 && contributors.every((u) => u.kind === 'provincialDepartment')
        ? 'Sở'
        : 'đơn vị';
    const expected = submissions.filter((s) => contributorIds.includes(s.unit.id));
    const input: UpwardReportInput = {
      unit: { id: scope.unit.id, name: scope.unit.name },
      periodCode: scope.period.code,
      today: scope.today,
      contributors: contributors.map((u) => ({ id: u.id, name: u.name })),
      submissions: expected,
      indicators,
      domains: [],
      unitNoun: noun,
      ...(await this.addressing(
        db,
        scope,
        regimes.flatMap((r) => (r.plan_id ? [r.plan_id] : [])),
        scope.unit.kind === 'ministry' ? 'Lãnh đạo Bộ' : 'Lãnh đạo đơn vị',
      )),
    };
    return {
      input,
      consistency: {
        figureSets: expected.map((s) => {
          const values: Record<string, number | null> = {};
          for (const f of form) values[f.id] = figureValue(s.data?.[f.id]);
          return { scope: s.unit.name, values };
        }),
        rules: rules.map((r) => r.rule),
        labels: Object.fromEntries(form.map((f) => [f.id, labelFor(f.content, '')])),
        percentKeys: indicators.filter((i) => i.unit === 'percent').map((i) => i.id),
        stated: { completion: null, indicators: [], ...upwardShares(input) },
      },
    };
  }

  /**
   * Whom the report goes to and what it answers: the receivers of the regimes the unit owes for the
   * period (else its parent), its leaders and the file copy with the drafting unit; the documents
   * that set those regimes, then the plans it reports on, cited as "Căn cứ …".
   */
  private async addressing(
    db: Kysely<Database>,
    scope: Scope,
    planIds: readonly string[],
    leaders: string,
  ): Promise<Addressing> {
    const byId = new Map(scope.units.map((u) => [u.id, u]));
    const owed = (await this.repository.regimesForPeriod(db, scope.period.code)).filter((r) =>
      owingUnitIds(toRegime(r), r.period_unit_ids, scope.units).includes(scope.unit.id),
    );
    const receivers = [...new Set(owed.map((r) => r.receiving_unit_id))].flatMap((id) => {
      const unit = byId.get(id);
      return unit && unit.id !== scope.unit.id ? [unit.name] : [];
    });
    const parent = scope.unit.parentId ? byId.get(scope.unit.parentId) : undefined;
    const drafter = scope.drafterUnitId ? byId.get(scope.drafterUnitId) : undefined;
    // Only a unit inside the reporting one drafts on its behalf ("Lưu: VT, KHTC").
    const drafting =
      drafter && drafter.id !== scope.unit.id && ancestorChain(byId, drafter.id).includes(scope.unit.id)
        ? draftingAbbreviation(drafter.name, drafter.shortName)
        : null;
    const planOrder = [...new Set([...owed.flatMap((r) => (r.plan_id ? [r.plan_id] : [])), ...planIds])];
    const documents = await this.repository.planDocuments(db, planOrder);
    const issuerOf = (agency: string | null) => {
      if (!agency) return null;
      const folded = foldVietnamese(agency);
      const unit = scope.units.find(
        (u) =>
          foldVietnamese(u.name) === folded ||
          (u.shortName !== null && foldVietnamese(u.shortName) === folded),
      );
      return unit?.name ?? null;
    };
    return {
      basis: documents.map((d) => ({
        typeName: d.doc_type,
        number: d.number ?? '',
        date: d.issued_on,
        issuer: issuerOf(d.agency),
        title: d.title,
      })),
      recipients: [
        ...(receivers.length > 0 ? receivers : parent ? [parent.name] : []),
        leaders,
        fileCopyLine(drafting),
      ],
    };
  }

  /** Accepted reports sent to the unit for the period, one per reporting unit (the newest regime's). */
  private async submissions(
    db: Kysely<Database>,
    scope: Scope,
    receiverIds: readonly string[],
  ): Promise<UnitSubmission[]> {
    const rows = await this.repository.acceptedSubmissions(db, {
      receiverIds,
      periodCode: scope.period.code,
      regimeId: scope.regimeId,
    });
    const byId = new Map(scope.units.map((u) => [u.id, u]));
    const out: UnitSubmission[] = [];
    for (const row of rows) {
      const unit = byId.get(row.unitId);
      if (
        !unit ||
        (receiverIds.length > 1 && !receiverIds.includes(unit.id)) ||
        out.some((s) => s.unit.id === unit.id)
      )
        continue;
      out.push({
        unit: { id: unit.id, name: unit.name },
        sections: row.sections,
        data: row.data,
        timeliness:
          submissionStatus({
            submittedAt: row.submittedAt,
            acceptedAt: row.acceptedAt,
            dueAt: row.dueAt,
            // An accepted report always has a time; `now` is read only for one that was never sent.
            now: row.dueAt,
          }) === 'late'
            ? 'late'
            : 'onTime',
      });
    }
    const order = new Map(scope.units.map((u) => [u.id, u.sortOrder]));
    return out.sort((a, b) => (order.get(a.unit.id) ?? 0) - (order.get(b.unit.id) ?? 0));
  }
}

/** "tỉnh An Giang" from the unit or its parents; the ministry's capital for central units. */
function placeOf(unit: OrgUnit, units: readonly OrgUnit[]): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const id of ancestorChain(byId, unit.id)) {
    const name = byId.get(id)?.name ?? '';
    const match = /(?:tỉnh|thành phố)\s+(.+)$/i.exec(name);
    if (match?.[1]) return match[1].trim();
  }
  return unit.kind === 'ministry' ? 'Hà Nội' : '';
}

/** The document's header as far as the tree tells it; number, date and signer are the compiler's. */
export function defaultHeader(unit: OrgUnit, units: readonly OrgUnit[]): ReportHeader {
  const parent = units.find((u) => u.id === unit.parentId);
  const code = unit.code.split('-')[0]?.toUpperCase() || unit.code.toUpperCase();
  const ministry = unit.kind === 'ministry';
  return {
    parentAgency: parent && !ministry ? (parent.shortName ?? parent.name) : null,
    agency: unit.name,
    number: null,
    symbol: `BC-${code}`,
    place: placeOf(unit, units),
    date: null,
    signature: ministry
      ? { authority: 'KT. BỘ TRƯỞNG', title: 'Thứ trưởng', name: '' }
      : { title: 'Giám đốc', name: '' },
  };
}

/** The fake-news centre's sentences when it handled anything in the period; nothing otherwise. */
async function fakeNewsPart(db: Kysely<Database>, calendar: WorkingCalendar, period: ReportPeriod) {
  const figures = await loadFakeNewsFigures(db, calendar, period);
  return figures.received > 0 ? { fakeNewsSentences: figures.sentences } : {};
}
