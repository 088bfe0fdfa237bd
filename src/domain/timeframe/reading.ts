/** One timeframe text prepared for the readers. */
export interface Reading {
  raw: string;
  /** `cleanText(raw)` with stray leading/trailing punctuation removed. */
  clean: string;
  /** `foldText(clean)`: same length, so a match in `folded` cuts the same span out of `clean`. */
  folded: string;
  planYear: number;
}
