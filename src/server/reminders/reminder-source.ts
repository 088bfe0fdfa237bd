import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { Database } from '../db/schema.js';

/** Something with a deadline that people must be reminded of: a task occurrence, later a report due. */
export interface ReminderSubject {
  subjectType: string;
  subjectId: string;
  deadline: IsoDate;
  title: string;
  /** Which occurrence or period ("Quý II/2024"); null when there is only one. */
  detail: string | null;
  /** Path inside the web app, without the host: e-mails prefix the public URL. */
  link: string;
}

export interface ReminderRecipient {
  userId: string;
  fullName: string;
  email: string | null;
}

/**
 * One kind of subject. Listing and recipients are separate so that recipients are resolved only
 * for the few subjects that have a step to send, not for every open one on every run.
 */
export interface ReminderSource<S extends ReminderSubject = ReminderSubject> {
  readonly subjectType: string;
  /** How a sentence names a subject of this kind: "Nhiệm vụ". */
  readonly noun: string;
  /** Subjects still open whose deadline is on or before `until`, the ones that may have a step today. */
  listDue(db: Kysely<Database>, until: IsoDate): Promise<S[]>;
  /** Active users to remind, per subject id; subjects with nobody are left out. */
  recipients(db: Kysely<Database>, subjects: readonly S[]): Promise<Map<string, ReminderRecipient[]>>;
}

/**
 * A stable name-based UUID (version 5 layout over SHA-1) for subjects without a uuid row of their
 * own: the delivery log's subject id is a uuid.
 */
export function nameBasedUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
