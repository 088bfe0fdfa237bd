import { describe, expect, it } from 'vitest';
import { OFFICIAL_ADJUSTMENTS, WorkingCalendar } from '../calendar/index.js';
import { describeReminder, formatDeadline } from './message.js';
import { reminderStepOn } from './steps.js';

const calendar = new WorkingCalendar({ adjustments: OFFICIAL_ADJUSTMENTS });

function message(deadline: string, today: string, detail: string | null = 'Quý III/2024') {
  const timing = reminderStepOn(deadline, today, { daysBefore: 3 }, calendar);
  if (!timing) throw new Error('no step');
  return describeReminder({ noun: 'Nhiệm vụ', title: 'Rà soát hồ sơ', detail, deadline, today, timing });
}

describe('describeReminder', () => {
  it.each([
    [
      '2024-07-12',
      '2024-07-09',
      'Sắp đến hạn: Rà soát hồ sơ',
      'Nhiệm vụ “Rà soát hồ sơ” (Quý III/2024) có hạn ngày 12/07/2024, còn 3 ngày làm việc.',
    ],
    [
      '2024-07-12',
      '2024-07-12',
      'Đến hạn hôm nay: Rà soát hồ sơ',
      'Nhiệm vụ “Rà soát hồ sơ” (Quý III/2024) đến hạn hôm nay (12/07/2024).',
    ],
    [
      '2024-07-12',
      '2024-07-13',
      'Đã đến hạn: Rà soát hồ sơ',
      'Nhiệm vụ “Rà soát hồ sơ” (Quý III/2024) đã đến hạn ngày 12/07/2024.',
    ],
    [
      '2024-07-12',
      '2024-07-16',
      'Quá hạn 2 ngày làm việc: Rà soát hồ sơ',
      'Nhiệm vụ “Rà soát hồ sơ” (Quý III/2024) đã quá hạn 2 ngày làm việc (hạn ngày 12/07/2024).',
    ],
    [
      '2024-07-12',
      '2024-07-19',
      'Quá hạn 5 ngày làm việc: Rà soát hồ sơ',
      'Nhiệm vụ “Rà soát hồ sơ” (Quý III/2024) đã quá hạn 5 ngày làm việc (hạn ngày 12/07/2024).',
    ],
  ])('deadline %s seen on %s', (deadline, today, title, body) => {
    expect(message(deadline, today)).toEqual({ title, body });
  });

  it('leaves the detail out when there is none', () => {
    expect(message('2024-07-12', '2024-07-12', null).body).toBe(
      'Nhiệm vụ “Rà soát hồ sơ” đến hạn hôm nay (12/07/2024).',
    );
  });

  it('shortens a long title for the headline but keeps it whole in the body', () => {
    const title = `${'Triển khai '.repeat(20)}kết thúc`;
    const timing = { step: 'due' as const, workingDaysLeft: 0 };
    const text = describeReminder({
      noun: 'Nhiệm vụ',
      title,
      detail: null,
      deadline: '2024-07-12',
      today: '2024-07-12',
      timing,
    });
    expect(text.title.length).toBeLessThanOrEqual('Đến hạn hôm nay: '.length + 120);
    expect(text.title.endsWith('…')).toBe(true);
    expect(text.body).toContain('kết thúc');
  });
});

describe('formatDeadline', () => {
  it.each([
    ['2024-07-05', '05/07/2024'],
    ['2024-12-31', '31/12/2024'],
  ])('%s → %s', (date, text) => expect(formatDeadline(date)).toBe(text));
});
