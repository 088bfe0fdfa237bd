import type { Kysely } from 'kysely';
import { z } from 'zod';
import { TEAM_ROLES, teamMay, type TeamAction, type TeamMember } from '../../domain/fake-news/access.js';
import { stepStanding } from '../../domain/fake-news/deadlines.js';
import {
  AGENCIES,
  availableActions,
  CASE_STATUSES,
  CHANNELS,
  PLATFORMS,
  REFERRAL_TARGETS,
  SEVERITIES,
  VERDICTS,
  type CaseAction,
  type CaseFacts,
} from '../../domain/fake-news/workflow.js';
import { attachmentView, type AttachmentService } from '../attachments/attachments.service.js';
import type { Database } from '../db/schema.js';
import type { FakeNewsRepository } from './fake-news.repository.js';
import { outcomeSchema, type CaseDetail } from './fake-news.schemas.js';

// Stored strings are parsed on read, like JSON columns: a bad row fails loudly, never leaks through.
const status = z.enum(CASE_STATUSES);
const channel = z.enum(CHANNELS);
const platform = z.enum(PLATFORMS).nullable();
const severity = z.enum(SEVERITIES).nullable();
const verdict = z.enum(VERDICTS).nullable();
const referral = z.enum(REFERRAL_TARGETS).nullable();
const agencies = z.array(z.enum(AGENCIES));
const urls = z.array(z.string());
const memberRow = z.object({
  user_id: z.string(),
  username: z.string(),
  full_name: z.string(),
  agency: z.enum(AGENCIES),
  role: z.enum(TEAM_ROLES),
});

export function parseMember(row: unknown) {
  const m = memberRow.parse(row);
  return { userId: m.user_id, username: m.username, fullName: m.full_name, agency: m.agency, role: m.role };
}

const ACTION_NEEDS: Readonly<Record<CaseAction, TeamAction>> = {
  classify: 'classify',
  assign: 'assign',
  addNote: 'verify',
  conclude: 'verify',
  approve: 'approve',
  reject: 'approve',
  publish: 'publish',
  refer: 'refer',
  recordOutcome: 'refer',
  close: 'close',
};

export function teamActionOf(action: CaseAction): TeamAction {
  return ACTION_NEEDS[action];
}

interface SummaryRow {
  id: string;
  code: string;
  title: string;
  status: string;
  channel: string;
  platform: string | null;
  domain: string | null;
  severity: string | null;
  verdict: string | null;
  received_on: string;
  step_deadline: string | null;
  published_at: Date | null;
  referred_to: string | null;
  reports: string | number | null;
}

export function caseSummary(row: SummaryRow, today: string) {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: status.parse(row.status),
    channel: channel.parse(row.channel),
    platform: platform.parse(row.platform),
    domain: row.domain,
    severity: severity.parse(row.severity),
    verdict: verdict.parse(row.verdict),
    receivedOn: row.received_on,
    stepDeadline: row.step_deadline,
    standing: row.step_deadline && row.status !== 'closed' ? stepStanding(row.step_deadline, today) : null,
    reports: Number(row.reports ?? 0),
    published: row.published_at !== null,
    referredTo: referral.parse(row.referred_to),
  };
}

type CaseRow = NonNullable<Awaited<ReturnType<FakeNewsRepository['findCase']>>>;

export function factsOf(row: CaseRow, assignees: number): CaseFacts {
  return {
    status: status.parse(row.status),
    verdict: verdict.parse(row.verdict),
    published: row.published_at !== null,
    referred: row.referred_to !== null,
    assignees,
  };
}

/** The whole case as the team sees it, with the actions this member may take now. */
export async function caseDetail(
  db: Kysely<Database>,
  repository: FakeNewsRepository,
  attachments: AttachmentService,
  row: CaseRow,
  member: TeamMember | null,
  today: string,
): Promise<CaseDetail> {
  const [reports, notes, assigneeRows] = await Promise.all([
    repository.reports(db, row.id),
    repository.notes(db, row.id),
    repository.assignees(db, row.id),
  ]);
  const files = await attachments.list(
    db,
    'fakeNewsReport',
    reports.map((r) => r.id),
  );
  const assignees = assigneeRows.map(parseMember);
  const facts = factsOf(row, assignees.length);
  const isAssigned = member !== null && assignees.some((a) => a.userId === member.userId);
  const actions = availableActions(facts).filter((action) => {
    if (member === null) return true;
    if (!teamMay(member, teamActionOf(action))) return false;
    return teamActionOf(action) !== 'verify' || isAssigned || member.role === 'leader';
  });
  return {
    ...caseSummary(row, today),
    agencies: agencies.parse(row.agencies),
    conclusion: row.conclusion,
    notice: row.notice,
    approvedAt: row.approved_at?.toISOString() ?? null,
    publishedAt: row.published_at?.toISOString() ?? null,
    referredAt: row.referred_at?.toISOString() ?? null,
    referralNote: row.referral_note,
    outcome: row.outcome === null ? null : outcomeSchema.parse(row.outcome),
    closedOn: row.closed_on,
    version: row.version,
    actions,
    assignees,
    reportList: reports.map((r) => ({
      id: r.id,
      trackingCode: r.tracking_code,
      channel: channel.parse(r.channel),
      urls: urls.parse(r.urls),
      description: r.description,
      platform: platform.parse(r.platform),
      contact: r.contact,
      createdAt: r.created_at.toISOString(),
      attachments: files.filter((f) => f.owner_id === r.id).map(attachmentView),
    })),
    notes: notes.map((n) => ({
      id: n.id,
      author: n.full_name,
      body: n.body,
      createdAt: n.created_at.toISOString(),
    })),
  };
}
