import type { Kysely } from 'kysely';
import { type IsoDate, addDays, compareIsoDates, parsePeriodCode } from '../../domain/calendar/index.js';
import { systemContext } from '../common/context.js';
import type { Database } from '../db/schema.js';
import { createServices, type Services } from '../services.js';

const ctx = systemContext('demo-seed');

/**
 * How a sample task went in a half-year: about two thirds of the tasks due were done on time, some
 * late, some left overdue, as a real department's mid-year looks (issue 11). Twelve slots: eight on
 * time, two late, two overdue; the second half shifts the slots so other tasks slip.
 */
type Course = 'onTime' | 'late' | 'overdue';
const COURSES: readonly Course[] = [
  'onTime',
  'onTime',
  'late',
  'onTime',
  'onTime',
  'overdue',
  'onTime',
  'onTime',
  'late',
  'onTime',
  'onTime',
  'overdue',
];

/** The course of the `rank`-th task due in a half (counted among those tasks only, so the shares hold). */
function courseOf(rank: number, half: 1 | 2): Course {
  return COURSES[(rank + (half === 2 ? 5 : 0)) % COURSES.length] ?? 'onTime';
}

/**
 * Services whose clock is set to each moment the sample work "happened", so that completions,
 * submissions and acceptances carry believable dates (a completion date after "today" is refused,
 * a report sent today for June would be late).
 */
export class DemoTimeline {
  private at: Date;
  readonly services: Services;

  constructor(db: Kysely<Database>, now: Date) {
    this.at = now;
    this.services = createServices(db, { sessionTtlHours: 1 }, { now: () => this.at });
  }

  /** 09:00 in Việt Nam on `date`. */
  on(date: IsoDate): Services {
    this.at = new Date(`${date}T09:00:00+07:00`);
    return this.services;
  }

  /** An instant. */
  atInstant(instant: Date): Services {
    this.at = instant;
    return this.services;
  }
}

interface SampleOccurrence {
  id: string;
  version: number;
  dueDate: IsoDate | null;
  deadline: IsoDate | null;
  periodCode: string | null;
  status: string;
}

/** The dated occurrences of one half that fell due before today, oldest first. */
function pastDue(occurrences: readonly SampleOccurrence[], year: number, half: 1 | 2, today: IsoDate) {
  const period = parsePeriodCode(`${year}-H${half}`);
  return occurrences
    .filter(
      (o): o is SampleOccurrence & { dueDate: IsoDate; deadline: IsoDate } =>
        o.dueDate !== null &&
        o.deadline !== null &&
        compareIsoDates(o.dueDate, period.start) >= 0 &&
        compareIsoDates(o.dueDate, period.end) <= 0 &&
        compareIsoDates(o.deadline, today) < 0,
    )
    .sort((a, b) => compareIsoDates(a.deadline, b.deadline));
}

/**
 * Progress on the sample plan's tasks up to `today`: each occurrence past its deadline done on time,
 * done late or left open by the task's course for that half; the next occurrence of some tasks in
 * progress; continuous work of past periods closed at the period's end. One-off tasks carry the
 * document that closed them. Tasks already touched are left alone, so running it again changes nothing.
 */
export async function seedDemoProgress(
  timeline: DemoTimeline,
  planId: string,
  year: number,
  today: IsoDate,
): Promise<void> {
  const { items } = await timeline.services.tasks.planItems(ctx, planId, 'task');
  const tasks: { id: string; index: number; occurrences: SampleOccurrence[] }[] = [];
  for (const [index, item] of items.entries()) {
    const detail = await timeline.on(today).tasks.detail(ctx, item.id);
    if (detail.occurrences.some((o) => o.status !== 'notStarted')) continue;
    tasks.push({ id: item.id, index, occurrences: detail.occurrences });
  }
  const ranks = { 1: 0, 2: 0 };
  for (const task of tasks) {
    // The place in the plan, so a second run picks the same tasks for the same things.
    const { occurrences, index: i } = task;
    const single = occurrences.length === 1;
    for (const half of [1, 2] as const) {
      const due = pastDue(occurrences, year, half, today);
      if (due.length === 0) continue;
      const course = courseOf(ranks[half]++, half);
      for (const [k, o] of due.entries()) {
        const last = k === due.length - 1;
        if (course === 'overdue' && last) {
          await timeline.on(addDays(o.deadline, -5)).tasks.update(ctx, task.id, {
            occurrenceId: o.id,
            version: o.version,
            status: 'inProgress',
            progress: 40 + (i % 4) * 10,
            note: 'Đang hoàn thiện dự thảo, xin ý kiến các đơn vị phối hợp',
          });
          continue;
        }
        const lateOne = course === 'late' && k === Math.floor(due.length / 2);
        let completedOn = lateOne ? addDays(o.deadline, 3 + (i % 6)) : addDays(o.deadline, -((i + k) % 4));
        if (compareIsoDates(completedOn, today) > 0) completedOn = today;
        if (compareIsoDates(completedOn, `${year}-01-02`) < 0) completedOn = `${year}-01-02`;
        await timeline.on(completedOn).tasks.update(ctx, task.id, {
          occurrenceId: o.id,
          version: o.version,
          status: 'done',
          completedOn,
          note: lateOne ? 'Hoàn thành chậm do chờ ý kiến của cơ quan phối hợp' : 'Đã hoàn thành',
          ...(single
            ? { evidence: { number: `${100 + i}/KH-UBND`, date: completedOn, text: 'UBND tỉnh đã ban hành' } }
            : {}),
        });
      }
    }
    // Work under way: the next occurrence of one task in three.
    const next = occurrences
      .filter((o) => o.deadline !== null && compareIsoDates(o.deadline, today) >= 0)
      .sort((a, b) => compareIsoDates(a.deadline ?? '', b.deadline ?? ''))[0];
    if (next && i % 3 === 0)
      await timeline.on(today).tasks.update(ctx, task.id, {
        occurrenceId: next.id,
        version: next.version,
        status: 'inProgress',
        progress: 30,
        note: 'Đang triển khai theo kế hoạch',
      });
    // Continuous work: each period already over is reported and closed at its end.
    for (const o of occurrences) {
      if (o.dueDate !== null || o.periodCode === null) continue;
      const end = parsePeriodCode(o.periodCode).end;
      if (compareIsoDates(end, today) >= 0) continue;
      await timeline.on(end).tasks.update(ctx, task.id, {
        occurrenceId: o.id,
        version: o.version,
        status: 'done',
        completedOn: end,
        note: 'Đã thực hiện thường xuyên trong kỳ',
      });
    }
  }
  timeline.atInstant(new Date(`${today}T09:00:00+07:00`));
}
