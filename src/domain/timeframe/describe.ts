import { cleanText } from '../text/fold.js';
import type { Deadline, Frequency, IsoDate, Timeframe, Trigger } from './types';

// The UI shows one normalised wording for every spelling of the same timeframe, in the house
// style of the documents: "Hằng" (not "Hàng"), Roman quarters, d/m/yyyy dates.

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  semiannual: '6 tháng',
  annual: 'hằng năm',
};

const TRIGGER_LABELS: Record<Trigger, string> = {
  event: 'Theo sự kiện',
  plan: 'Theo kế hoạch',
  request: 'Khi có yêu cầu',
  need: 'Khi có nhu cầu',
  arising: 'Khi phát sinh',
  newDocument: 'Khi có văn bản mới',
  schedule: 'Theo lịch',
  application: 'Khi có hồ sơ',
  guidance: 'Theo văn bản hướng dẫn',
  assignment: 'Khi được giao',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2025-06-30" → "30/6/2025", the way dates are written in Vietnamese administrative documents. */
function formatDate(date: IsoDate, withYear: boolean): string {
  const [year, month, day] = date.split('-').map(Number);
  return withYear ? `${String(day)}/${String(month)}/${String(year)}` : `${String(day)}/${String(month)}`;
}

/** Consecutive numbers read as a span ("Quý II - Quý III"), others as a list ("Tháng 3, Tháng 5"). */
function spanOrList(values: number[], name: (n: number) => string): string {
  const first = values[0];
  const last = values.at(-1);
  if (first === undefined || last === undefined) return '';
  if (values.length === 1) return name(first);
  const consecutive = values.every((v, i) => v === first + i);
  return consecutive ? `${name(first)} - ${name(last)}` : values.map(name).join(', ');
}

/** A deadline that recurs every year is shown without its year, as the document wrote it. */
function describeDeadline(deadline: Deadline, everyYear: boolean): string {
  const date = `trước ngày ${formatDate(deadline.date, !everyYear)}`;
  return deadline.label === undefined ? date : `báo cáo ${deadline.label} ${date}`;
}

export function describeTimeframe(tf: Timeframe): string {
  switch (tf.kind) {
    case 'wholeYear':
      return `Cả năm ${tf.year}`;
    case 'continuous':
      return 'Thường xuyên';
    case 'quarter':
      return `${spanOrList(tf.quarters, (q) => `Quý ${ROMAN[q - 1] ?? q}`)}/${tf.year}`;
    case 'month':
      return `${spanOrList(tf.months, (m) => `Tháng ${m}`)}/${tf.year}`;
    case 'deadline': {
      const text = capitalize(tf.deadlines.map((d) => describeDeadline(d, tf.everyYear)).join('; '));
      return tf.everyYear ? `${text} hằng năm` : text;
    }
    case 'recurring': {
      const labels = tf.frequencies.map((f) => FREQUENCY_LABELS[f]);
      const dueDay = tf.dueDay === undefined ? '' : `, trước ngày ${tf.dueDay}`;
      if (labels.length === 0) return 'Định kỳ';
      if (labels.length === 1) return `${capitalize(labels.join(''))}${dueDay}`;
      return `Định kỳ ${labels.join(', ')}${dueDay}`;
    }
    case 'triggered':
      return tf.detail === undefined
        ? TRIGGER_LABELS[tf.trigger]
        : `${TRIGGER_LABELS[tf.trigger]} ${tf.detail}`;
    case 'unspecified':
      return 'Chưa xác định';
    case 'unknown':
      return cleanText(tf.raw);
  }
}
