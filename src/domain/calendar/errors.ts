export type CalendarErrorCode = 'invalidDate' | 'invalidPeriodCode' | 'invalidArgument' | 'outOfRange';

/**
 * The one error type thrown by the calendar core, so callers at the edge can map bad input
 * (a typo in a period code, a date outside the supported years) to a 400 without string matching.
 */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
  }
}
