import type { Kysely } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { RichDoc } from '../../src/domain/rich-text/index.js';
import type { Database } from '../../src/server/db/schema.js';
import { type Session, type TestApp, login } from './app.js';
import { TEST_PASSWORD, aMultipartUpload } from './builders.js';

/** A one-paragraph report section. */
export const aDoc = (text: string): RichDoc => ({ blocks: [{ type: 'paragraph', children: [{ text }] }] });

/** The response, after checking its status (the body is shown when it is not the one expected). */
export function expectStatus(res: LightMyRequestResponse, status = 200): LightMyRequestResponse {
  expect(res.statusCode, res.body).toBe(status);
  return res;
}

/** Signs in every named user with the test password, in order. */
export async function loginAll<const N extends readonly string[]>(
  app: TestApp,
  usernames: N,
): Promise<{ -readonly [K in keyof N]: Session }> {
  const sessions = await Promise.all(usernames.map((u) => login(app, u, TEST_PASSWORD)));
  return sessions as { -readonly [K in keyof N]: Session };
}

/** Org unit ids by code. */
export async function unitIdsByCode(db: Kysely<Database>): Promise<Record<string, string>> {
  const rows = await db.selectFrom('org_units').select(['id', 'code']).execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/** Uploads a plan document and commits it as new; returns the plan id. */
export async function importPlan(
  app: TestApp,
  session: Session,
  filename: string,
  content: Buffer,
): Promise<string> {
  const upload = aMultipartUpload({ filename, content, contentType: 'text/plain' });
  const preview = await app.inject({
    method: 'POST',
    url: '/api/plans/import',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...upload.headers },
    payload: upload.payload,
  });
  if (preview.statusCode !== 200) throw new Error(`preview failed: ${preview.statusCode} ${preview.body}`);
  const { previewId } = preview.json<{ previewId: string }>();
  const commit = await session.request('POST', `/api/plans/import/${previewId}/commit`, { mode: 'new' });
  if (commit.statusCode !== 200) throw new Error(`commit failed: ${commit.statusCode} ${commit.body}`);
  return commit.json<{ planId: string }>().planId;
}

export interface RegimeView {
  id: string;
  name: string;
  frequency: string;
  status: string;
  version: number;
  year: number;
  reportingUnits: unknown;
  receivingUnit: { id: string; name: string };
  units: { id: string; name: string }[];
  problems: string[];
  notes: string[];
  warnings: string[];
  periodCount: number;
}

export interface SubmissionView {
  id: string;
  version: number;
  status: string;
  locked: boolean;
  timeliness: string;
  submittedAt: string | null;
  sections: Record<string, RichDoc>;
  data: Record<string, unknown>;
  dataForm: { indicatorId: string; reported: unknown; tracked: unknown; writesBack: boolean }[];
  taskProgress: Record<'done' | 'overdue' | 'inProgress', { content: string; evidence: unknown }[]>;
  permissions: { canDraft: boolean; canSubmit: boolean; canReview: boolean };
}

export interface PeriodView {
  id: string;
  code: string;
  label: string;
  dueAt: string;
  cutOff: { from: string; to: string };
  expectedUnits: number;
  mine: { submissionId: string | null; status: string | null; timeliness: string } | null;
}
