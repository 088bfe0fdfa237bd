export type ReportingErrorCode = 'invalidRule' | 'invalidInstant' | 'invalidArgument';

/**
 * Thrown when a rule cannot be applied to a period (a weekday rule on a quarter, an unknown rule
 * kind from stored JSON), so the edge can answer 400 without matching on messages. Regimes that
 * are merely incomplete are reported by `validateRegime` instead, never thrown.
 */
export class ReportingError extends Error {
  override readonly name = 'ReportingError';

  constructor(
    readonly code: ReportingErrorCode,
    message: string,
  ) {
    super(message);
  }
}
