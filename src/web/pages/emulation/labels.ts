import { QUALITY_RATINGS, QUALITY_RATING_LABELS } from '../../../domain/emulation/ratings';
import { TITLE_RULES, type EmulationTitle } from '../../../domain/emulation/titles';

/** The domain owns the rating and title names (the documents use them too). */
export const RATING_OPTIONS = QUALITY_RATINGS.map((r) => ({
  value: r,
  label: `${r} – ${QUALITY_RATING_LABELS[r]}`,
}));
export const titleName = (title: EmulationTitle) => TITLE_RULES[title].name;
export const titleOptions = (titles: readonly EmulationTitle[]) =>
  titles.map((t) => ({ value: t, label: `${TITLE_RULES[t].name}${TITLE_RULES[t].confirmed ? '' : ' (*)'}` }));
