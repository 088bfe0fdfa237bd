import { parseStored, parseStoredOrNull } from '../common/stored.js';
import {
  DEFAULT_VOTE_PERCENT,
  EMULATION_TITLES,
  type EmulationTitle,
  type Member,
  type PersonYear,
  type QualityRating,
  type TitleCheck,
  collectiveChecks,
  disciplineAtLeast,
  failingText,
  individualChecks,
  rewardAmount,
  tallyVotes,
} from '../../domain/emulation/index.js';
import type { EntryRow } from './emulation.repository.js';
import {
  type EmulationConfig,
  type EntryView,
  type Evidence,
  type SubjectScore,
  criterionScores,
  evidenceSchema,
} from './emulation.schemas.js';

export interface ParsedEntry {
  row: EntryRow;
  title: EmulationTitle;
  evidence: Evidence;
  selfScores: Record<string, number> | null;
  councilScores: Record<string, number> | null;
}

const isTitle = (t: string): t is EmulationTitle => (EMULATION_TITLES as readonly string[]).includes(t);
const asRating = (r: string | null) => r as QualityRating | null;

/** JSON columns parsed on read. */
export function parseEntry(row: EntryRow): ParsedEntry {
  if (!isTitle(row.title)) throw new Error(`Unknown emulation title ${row.title}`);
  return {
    row,
    title: row.title,
    evidence: parseStored(evidenceSchema, row.evidence, 'minh chứng đăng ký'),
    selfScores: parseStoredOrNull(criterionScores, row.self_scores, 'điểm tự chấm'),
    councilScores: parseStoredOrNull(criterionScores, row.council_scores, 'điểm hội đồng chấm'),
  };
}

/** The rating the titles read: the council's when given, else the proposal from the points (KHTNV on discipline). */
export function effectiveRating(
  entry: ParsedEntry | undefined,
  score: SubjectScore | undefined,
): QualityRating | null {
  if (entry?.row.final_rating) return asRating(entry.row.final_rating);
  if (entry && disciplineAtLeast(entry.evidence.discipline, 'reprimand')) return 'KHTNV';
  return score?.proposed ?? null;
}

function personHistory(year: number, rating: QualityRating | null, evidence: Evidence): PersonYear[] {
  return [
    {
      year,
      rating,
      discipline: evidence.discipline,
      initiatives: evidence.initiatives,
      provincialImpact: evidence.provincialImpact,
      researchAccepted: evidence.researchAccepted,
      held: [],
    },
    ...evidence.history.filter((h) => h.year < year),
  ];
}

export interface RunInput {
  year: number;
  entries: ParsedEntry[];
  scores: { units: SubjectScore[]; people: SubjectScore[] };
  configs: { individual: EmulationConfig; unit: EmulationConfig };
  votes: { entryId: string; voterId: string; approve: boolean }[];
  councilIds: string[];
  viewerId: string | null;
}

const enabledTitles = (config: EmulationConfig) =>
  new Set(EMULATION_TITLES.filter((t) => !config.disabledTitles.includes(t)));

/**
 * The year-end run for one movement: every entry's score, the rating its titles read, the check of
 * its title with the failing conditions, the vote tally and the reward. A unit's members are all of
 * its scored people, registered or not; their titles are judged by the same individual rules.
 */
export function yearEndRun(input: RunInput): {
  views: Omit<EntryView, 'subject' | 'unit'>[];
  checks: Map<string, TitleCheck>;
} {
  const personEntry = new Map(
    input.entries.filter((e) => e.row.user_id).map((e) => [e.row.user_id ?? '', e]),
  );
  const personChecks = (personId: string): TitleCheck[] => {
    const entry = personEntry.get(personId);
    const score = input.scores.people.find((p) => p.id === personId);
    const evidence: Evidence = entry?.evidence ?? {
      discipline: 'none',
      initiatives: 0,
      provincialImpact: 0,
      researchAccepted: 0,
      history: [],
      note: '',
    };
    return individualChecks(
      personHistory(input.year, effectiveRating(entry, score), evidence),
      input.year,
      enabledTitles(input.configs.individual),
    );
  };
  const checks = new Map<string, TitleCheck>();
  const views = input.entries.map((entry) => {
    const person = entry.row.subject_kind === 'person';
    const score = person
      ? input.scores.people.find((p) => p.id === entry.row.user_id)
      : input.scores.units.find((u) => u.id === entry.row.org_unit_id);
    let check: TitleCheck | undefined;
    if (person) {
      check = personChecks(entry.row.user_id ?? '').find((c) => c.title === entry.title);
    } else {
      const members: Member[] = input.scores.people
        .filter((p) => p.unit.id === entry.row.org_unit_id)
        .map((p) => {
          const own = personChecks(p.id);
          return {
            rating: effectiveRating(personEntry.get(p.id), p),
            discipline: personEntry.get(p.id)?.evidence.discipline ?? 'none',
            advancedWorker: own.some((c) => c.title === 'advancedWorker' && c.eligible),
            grassrootsFighter: own.some((c) => c.title === 'grassrootsEmulationFighter' && c.eligible),
          };
        });
      check = collectiveChecks(
        effectiveRating(entry, score),
        members,
        enabledTitles(input.configs.unit),
      ).find((c) => c.title === entry.title);
    }
    if (!check) throw new Error(`No rule for ${entry.title} on a ${entry.row.subject_kind}`);
    checks.set(entry.row.id, check);
    const config = person ? input.configs.individual : input.configs.unit;
    const own = input.votes.filter((v) => v.entryId === entry.row.id);
    const mine = own.find((v) => v.voterId === input.viewerId);
    return {
      id: entry.row.id,
      subjectKind: entry.row.subject_kind,
      title: entry.title,
      evidence: entry.evidence,
      selfScores: entry.selfScores,
      selfRating: asRating(entry.row.self_rating),
      headRating: asRating(entry.row.head_rating),
      councilScores: entry.councilScores,
      finalRating: asRating(entry.row.final_rating),
      result: entry.row.result,
      score: score ?? null,
      check: { ...check, verdict: failingText(check) },
      votes: tallyVotes(
        own,
        input.councilIds,
        config.votePercent[entry.title] ?? DEFAULT_VOTE_PERCENT[entry.title],
      ),
      myVote: mine ? mine.approve : null,
      reward: rewardAmount(entry.title, config.baseSalary),
    };
  });
  return { views, checks };
}
