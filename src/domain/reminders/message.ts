import { type IsoDate, compareIsoDates, parseIsoDate } from '../calendar/index.js';
import type { ReminderTiming } from './steps.js';

export interface ReminderMessageInput {
  /** What the subject is called in a sentence: "Nhiệm vụ", later "Báo cáo". */
  noun: string;
  title: string;
  /** Which occurrence or period, e.g. "Quý II/2024"; null when the subject has a single one. */
  detail: string | null;
  deadline: IsoDate;
  today: IsoDate;
  timing: ReminderTiming;
}

export interface ReminderMessage {
  /** Short, for the notification list and the e-mail subject. */
  title: string;
  /** One sentence with the whole title, the deadline and how far off or late it is. */
  body: string;
}

const TITLE_LIMIT = 120;

/** `05/07/2024`: e-mails and notifications print the deadline the way forms do. */
export function formatDeadline(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= TITLE_LIMIT ? flat : `${flat.slice(0, TITLE_LIMIT - 1).trimEnd()}…`;
}

type Situation = 'ahead' | 'today' | 'passed' | 'late';

// Working days decide the wording, except around rest days: on the Saturday after a Friday
// deadline no working day has been missed yet, but "due today" would be false.
function situationOf(input: ReminderMessageInput): Situation {
  const order = compareIsoDates(input.today, input.deadline);
  if (order < 0) return 'ahead';
  if (order === 0) return 'today';
  return input.timing.workingDaysLeft < 0 ? 'late' : 'passed';
}

const HEADLINES: Record<Situation, (late: number) => string> = {
  ahead: () => 'Sắp đến hạn',
  today: () => 'Đến hạn hôm nay',
  passed: () => 'Đã đến hạn',
  late: (late) => `Quá hạn ${late} ngày làm việc`,
};

function sentence(situation: Situation, timing: ReminderTiming, deadline: string): string {
  const left = timing.workingDaysLeft;
  switch (situation) {
    case 'ahead':
      return left > 0 ? `có hạn ngày ${deadline}, còn ${left} ngày làm việc` : `có hạn ngày ${deadline}`;
    case 'today':
      return `đến hạn hôm nay (${deadline})`;
    case 'passed':
      return `đã đến hạn ngày ${deadline}`;
    case 'late':
      return `đã quá hạn ${-left} ngày làm việc (hạn ngày ${deadline})`;
  }
}

/** The Vietnamese wording shared by the in-app notification and the e-mail. */
export function describeReminder(input: ReminderMessageInput): ReminderMessage {
  const deadline = formatDeadline(input.deadline);
  const detail = input.detail ? ` (${input.detail})` : '';
  const situation = situationOf(input);
  return {
    title: `${HEADLINES[situation](-input.timing.workingDaysLeft)}: ${shorten(input.title)}`,
    body: `${input.noun} “${input.title.trim()}”${detail} ${sentence(situation, input.timing, deadline)}.`,
  };
}
