import type { Kysely } from 'kysely';
import {
  type IsoDate,
  type ReportPeriod,
  type WorkingCalendar,
  compareIsoDates,
  parsePeriodCode,
} from '../../domain/calendar/index.js';
import {
  type PointsConfig,
  type ScoredIndicator,
  type ScoredReport,
  type ScoredTask,
  proposeRatings,
  ratingOfScore,
  scoreWork,
  workTally,
} from '../../domain/emulation/index.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { inPeriod, taskCompletion } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';
import { annualTargets, assessAll } from '../../domain/tracking/indicator-assessment.js';
import { IndicatorRepository } from '../indicators/indicators.repository.js';
import { ReportRegimeRepository } from '../report-regimes/report-regimes.repository.js';
import { UnitDirectory } from '../report-regimes/unit-directory.js';
import { expectedReports } from '../report-regimes/expected-reports.js';
import { EmulationRepository, type WorkTask } from './emulation.repository.js';
import type { SubjectScore } from './emulation.schemas.js';

export interface ScoreScope {
  /** The units scored (the department's divisions); their people are scored too. */
  units: OrgUnit[];
  period: ReportPeriod;
  today: IsoDate;
  now: Date;
  calendar: WorkingCalendar;
  configs: { individual: PointsConfig; unit: PointsConfig };
}

const repository = new EmulationRepository();
const indicatorRepository = new IndicatorRepository();
const regimeRepository = new ReportRegimeRepository();

/** Moved past the working-day shift of its due date: an approved extension (gia hạn) is in force. */
function extendedIn(task: WorkTask, period: ReportPeriod, calendar: WorkingCalendar): boolean {
  return task.occurrences.some(
    (o) =>
      inPeriod(o, period) &&
      o.dueDate !== null &&
      o.deadline !== null &&
      compareIsoDates(o.deadline, calendar.nextWorkingDayOnOrAfter(o.dueDate)) > 0,
  );
}

/** Tasks through THE completion rule, then the points: nothing about completion is decided here. */
function taskScore(tasks: readonly WorkTask[], scope: ScoreScope, period: ReportPeriod) {
  const completion = taskCompletion(tasks, { asOf: scope.today, period });
  const extended = new Set(tasks.filter((t) => extendedIn(t, period, scope.calendar)).map((t) => t.taskId));
  const content = new Map(tasks.map((t) => [t.taskId, t.content]));
  const scored: ScoredTask[] = completion.entries.map((e) => ({
    taskId: e.taskId,
    label: content.get(e.taskId) ?? '',
    outcome: e.outcome,
    extended: extended.has(e.taskId),
    products: 1,
  }));
  return { scored, tally: workTally(completion.tasks, completion.entries, extended) };
}

function linkOf(
  component: 'tasks' | 'indicators' | 'reports',
  sourceId: string,
  regimeOf: Map<string, string>,
): string {
  if (component === 'tasks') return `/tasks/${sourceId}`;
  if (component === 'indicators') return `/indicators/${sourceId}`;
  return `/reports/regimes/${regimeOf.get(sourceId) ?? ''}/board`;
}

/** Indicator verdicts of each unit's lead indicators, with values up to the end of the period. */
async function indicatorsByUnit(db: Kysely<Database>, unitIds: ReadonlySet<string>, period: ReportPeriod) {
  const items = (await indicatorRepository.items(db, { activeOnly: true })).filter(
    (i) => i.planYear === period.year,
  );
  const links = (
    await indicatorRepository.itemUnits(
      db,
      items.map((i) => i.id),
    )
  ).filter((l) => l.role === 'lead' && unitIds.has(l.unitId));
  const ids = [...new Set(links.map((l) => l.itemId))];
  const [values, extra] = await Promise.all([
    indicatorRepository.values(db, ids),
    indicatorRepository.targets(db, ids),
  ]);
  const verdicts = new Map<string, ScoredIndicator>();
  for (const item of items.filter((i) => ids.includes(i.id))) {
    const own = values.filter(
      (v) =>
        v.itemId === item.id &&
        parsePeriodCode(v.periodCode).year === period.year &&
        compareIsoDates(parsePeriodCode(v.periodCode).end, period.end) <= 0,
    );
    const annual = annualTargets(
      period.year,
      item.target,
      extra.filter((e) => e.itemId === item.id),
    );
    verdicts.set(item.id, {
      itemId: item.id,
      label: item.content,
      verdict: assessAll(period.year, annual, own).verdict,
    });
  }
  const byUnit = new Map<string, ScoredIndicator[]>();
  for (const l of links) {
    const v = verdicts.get(l.itemId);
    if (v) byUnit.set(l.unitId, [...(byUnit.get(l.unitId) ?? []), v]);
  }
  return byUnit;
}

/** The reports each unit owed in the period (periods lying in it and already due), with their timeliness. */
async function reportsByUnit(
  db: Kysely<Database>,
  unitIds: ReadonlySet<string>,
  period: ReportPeriod,
  now: Date,
) {
  const regimes = (await regimeRepository.list(db, { status: 'active' })).filter(
    (r) => r.year === period.year,
  );
  const periods = (
    await regimeRepository.periods(db, { regimeIds: regimes.map((r) => r.id), dueTo: now })
  ).filter(
    (p) => compareIsoDates(p.starts_on, period.start) >= 0 && compareIsoDates(p.ends_on, period.end) <= 0,
  );
  const expected = await expectedReports(
    db,
    await UnitDirectory.load(db),
    periods,
    new Map(regimes.map((r) => [r.id, r])),
    now,
  );
  const byUnit = new Map<string, ScoredReport[]>();
  const regimeOf = new Map<string, string>();
  for (const e of expected) {
    if (!unitIds.has(e.unitId)) continue;
    const id = `${e.period.id}|${e.unitId}`;
    regimeOf.set(id, e.regime.id);
    const report: ScoredReport = { id, label: `${e.regime.name} – ${e.period.label}`, status: e.timeliness };
    byUnit.set(e.unitId, [...(byUnit.get(e.unitId) ?? []), report]);
  }
  return { byUnit, regimeOf };
}

/**
 * Scores of every unit in scope and of its people for a month, quarter or year: tasks by the
 * completion rule, indicators by their verdict, reports by their timeliness, each line linked to its
 * source; ratings proposed from the points, people's HTXSNV kept within each unit's 20 % cap.
 */
export async function computeScores(db: Kysely<Database>, scope: ScoreScope) {
  const { period } = scope;
  const unitIds = new Set(scope.units.map((u) => u.id));
  const unitName = new Map(scope.units.map((u) => [u.id, u.name]));
  const people = await repository.people(db, [...unitIds]);
  const [personTasks, unitTasks, indicators, reports] = await Promise.all([
    repository.tasks(
      db,
      'person',
      people.map((p) => p.id),
      period.year,
    ),
    repository.tasks(db, 'unit', [...unitIds], period.year),
    indicatorsByUnit(db, unitIds, period),
    reportsByUnit(db, unitIds, period, scope.now),
  ]);

  const subject = (
    kind: 'person' | 'unit',
    id: string,
    name: string,
    unitId: string,
    tasks: readonly WorkTask[],
    extra: { indicators?: ScoredIndicator[]; reports?: ScoredReport[] },
  ): SubjectScore => {
    const config = kind === 'person' ? scope.configs.individual : scope.configs.unit;
    const { scored, tally } = taskScore(tasks, scope, period);
    const score = scoreWork({ tasks: scored, ...extra }, config);
    const rating = ratingOfScore(score, config);
    return {
      kind,
      id,
      name,
      unit: { id: unitId, name: unitName.get(unitId) ?? '' },
      tally,
      lines: score.lines.map((l) => ({ ...l, link: linkOf(l.component, l.sourceId, reports.regimeOf) })),
      components: score.components,
      points: score.points,
      fromPoints: rating,
      proposed: rating,
      capped: false,
    };
  };

  const units = scope.units.map((u) =>
    subject(
      'unit',
      u.id,
      u.name,
      u.id,
      unitTasks.filter((t) => t.ownerId === u.id),
      {
        indicators: indicators.get(u.id) ?? [],
        reports: reports.byUnit.get(u.id) ?? [],
      },
    ),
  );
  const persons = people.map((p) =>
    subject(
      'person',
      p.id,
      p.name,
      p.unitId,
      personTasks.filter((t) => t.ownerId === p.id),
      {},
    ),
  );
  for (const unitId of unitIds) {
    const own = persons.filter((p) => p.unit.id === unitId && p.fromPoints !== null);
    const proposals = proposeRatings(
      own.map((p) => ({ id: p.id, points: p.points ?? 0, rating: p.fromPoints ?? 'KHTNV' })),
    );
    for (const proposal of proposals) {
      const person = own.find((p) => p.id === proposal.id);
      if (person) Object.assign(person, { proposed: proposal.proposed, capped: proposal.capped });
    }
  }
  return { periodCode: period.code, asOf: scope.today, units, people: persons };
}
