export {
  DEFAULT_REMINDER_DAYS_BEFORE,
  MAX_REMINDER_DAYS_BEFORE,
  OVERDUE_INTERVAL_WORKING_DAYS,
  type ReminderPolicy,
  type ReminderStep,
  type ReminderTiming,
  reminderStepOn,
  reminderWindowEnd,
} from './steps.js';
export {
  type ReminderMessage,
  type ReminderMessageInput,
  describeReminder,
  formatDeadline,
} from './message.js';
