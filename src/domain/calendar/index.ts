export { CalendarError, type CalendarErrorCode } from './errors.js';
export {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type DateParts,
  type IsoDate,
  type IsoWeekday,
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  parseIsoDate,
  vietnamDateAt,
} from './date.js';
export { type IsoWeek, isoWeekOf, isoWeeksInYear } from './iso-week.js';
export {
  type LunarDate,
  hungKingsCommemoration,
  leapMonthOf,
  lunarMonthLength,
  lunarNewYear,
  lunarNewYearsEve,
  lunarToSolar,
  solarToLunar,
} from './lunar.js';
export {
  type Holiday,
  type HolidayKind,
  type NationalDaySecondDay,
  type StatutoryHolidayOptions,
  nationalDaySecondDay,
  statutoryHolidays,
} from './holidays.js';
export { type AdjustmentKind, type CalendarAdjustment, suggestCompensatoryDays } from './adjustments.js';
export { OFFICIAL_ADJUSTMENTS, type OfficialAdjustment } from './official-adjustments.js';
export { type DayInfo, WorkingCalendar, type WorkingCalendarOptions } from './working-days.js';
export {
  PERIOD_KINDS,
  type PeriodKind,
  type PeriodRef,
  type ReportPeriod,
  formatPeriodCode,
  isPeriodCode,
  nextPeriod,
  parsePeriodCode,
  periodContaining,
  periodLabel,
  periodsInYear,
  previousPeriod,
  reportPeriod,
} from './periods.js';
