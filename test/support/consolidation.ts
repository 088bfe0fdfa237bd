import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { RichDoc } from '../../src/domain/rich-text/index.js';
import type { Database } from '../../src/server/db/schema.js';
import { createTestApp, login, type Session, type TestContext } from './app.js';
import { TEST_PASSWORD, aUnit, aUser } from './builders.js';
import { aPlan } from './tracking.js';

// Test data for the consolidation tests: regimes, periods and accepted reports stored row by row,
// the way test/support/tracking.ts stores plans, so the tests do not depend on the review workflow.

export function richText(...lines: (string | { h: string })[]): RichDoc {
  return {
    blocks: lines.map((line) =>
      typeof line === 'string'
        ? { type: 'paragraph' as const, children: [{ text: line }] }
        : { type: 'heading' as const, level: 2 as const, children: [{ text: line.h }] },
    ),
  };
}

export interface RegimeFixture {
  receiverId: string;
  reportingUnits: string[] | { childrenOf: string };
  periodCode: string;
  dataForm?: string[];
  name?: string;
}

/** An active half-year regime with the period asked for; returns the ids. */
export async function aRegimeWithPeriod(db: Kysely<Database>, fixture: RegimeFixture) {
  const year = Number(fixture.periodCode.slice(0, 4));
  const regime = await db
    .insertInto('report_regimes')
    .values({
      name: fixture.name ?? 'Báo cáo 6 tháng',
      reporting_units: JSON.stringify(fixture.reportingUnits),
      receiving_unit_id: fixture.receiverId,
      frequency: 'semiannual',
      year,
      cut_off_rule: JSON.stringify({ kind: 'standard' }),
      deadline_rule: JSON.stringify({ kind: 'dayOfMonth', day: 15 }),
      outline: JSON.stringify([]),
      data_form: JSON.stringify(fixture.dataForm ?? []),
      sending_methods: '[]',
      warnings: '[]',
      status: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const period = await db
    .insertInto('report_periods')
    .values({
      regime_id: regime.id,
      code: fixture.periodCode,
      label: fixture.periodCode,
      starts_on: `${year}-01-01`,
      ends_on: `${year}-06-30`,
      cut_off_from: `${year}-01-01`,
      cut_off_to: `${year}-06-14`,
      due_at: new Date(`${year}-06-15T10:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { regimeId: regime.id, periodId: period.id };
}

export async function aSubmission(
  db: Kysely<Database>,
  periodId: string,
  unitId: string,
  content: {
    sections?: Record<string, RichDoc>;
    data?: Record<string, unknown>;
    status?: 'accepted' | 'submitted';
  },
): Promise<string> {
  const at = new Date('2024-07-01T03:00:00Z');
  const row = await db
    .insertInto('submissions')
    .values({
      period_id: periodId,
      org_unit_id: unitId,
      status: content.status ?? 'accepted',
      sections: JSON.stringify(content.sections ?? {}),
      data: JSON.stringify(content.data ?? {}),
      submitted_at: at,
      accepted_at: content.status === 'submitted' ? null : at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// The department report shared by the consolidation test files.

export interface Block {
  id: string;
  origin: 'computed' | 'text';
  edited: boolean;
  location: string;
  content: { kind: string; text?: string; items?: string[] };
}
export interface Report {
  id: string;
  version: number;
  draft: { blocks: Block[]; completion: { sentence: string; due: number; done: number } };
}
export interface ErrorBody {
  error: { code: string; message: string };
}

// Wednesday 10/7/2024, 10:00 in Hà Nội: the first half is over and its report is due.
const NOW = new Date('2024-07-10T03:00:00Z');

/**
 * Tasks of the test plan and what the test did to them; the completion rate the report must state
 * is recomputed from this table, not read back from the system.
 */
export const TASKS = [
  {
    key: 'foreign',
    unit: 'A',
    timeframe: 'Quý II',
    domain: 'Báo chí – Truyền thông',
    done: '2024-05-08',
    dueInH1: true,
    output: 'Kế hoạch',
    content: 'Kế hoạch triển khai hoạt động thông tin đối ngoại năm 2024',
    evidence: { number: '462/KH-UBND', date: '2024-05-08', text: 'UBND tỉnh đã ban hành' },
  },
  {
    key: 'program',
    unit: 'A',
    timeframe: 'Quý I',
    domain: 'Chuyển đổi số',
    done: null,
    dueInH1: true,
    output: 'Chương trình',
    content: 'Chương trình triển khai Nghị quyết số 01-NQ/TU về chuyển đổi số',
    evidence: null,
  },
  {
    key: 'architecture',
    unit: 'B',
    timeframe: 'Quý II',
    domain: 'Chuyển đổi số',
    done: '2024-07-05',
    dueInH1: true,
    output: 'Quyết định',
    content: 'Quyết định ban hành Kiến trúc Chính quyền điện tử phiên bản 3.0',
    evidence: null,
  },
  {
    key: 'twice',
    unit: 'A',
    timeframe: 'trước ngày 30/6 và 15/12 hằng năm',
    domain: 'Báo chí – Truyền thông',
    done: '2024-06-20',
    dueInH1: true,
    output: 'Báo cáo',
    content: 'Báo cáo công tác thông tin đối ngoại',
    evidence: null,
  },
  {
    key: 'later',
    unit: 'B',
    timeframe: 'Quý III',
    domain: 'Chuyển đổi số',
    done: null,
    dueInH1: false,
    output: 'Kế hoạch',
    content: 'Kế hoạch chuyển đổi số năm 2025',
    evidence: null,
  },
] as const;

/**
 * The department report of 2024-H1, built by the compiling office from a plan with TASKS done as
 * listed, four indicators (one 647 + 912 ≠ 1.348 rule) and the two divisions' accepted reports;
 * with the app and a session for the compiler, a leader and a division's staff.
 */
export async function aDepartmentReport(): Promise<{
  t: TestContext;
  compiler: Session;
  leader: Session;
  staff: Session;
  unitIds: { department: string; a: string; b: string };
  report: Report;
}> {
  const t = await createTestApp({}, { now: () => NOW });
  try {
    return { t, ...(await buildDepartmentReport(t)) };
  } catch (error) {
    // The caller gets no context to close when the set-up fails, so close it here.
    await t.close();
    throw error;
  }
}

async function buildDepartmentReport(t: TestContext) {
  const province = await aUnit(t.services, {
    name: 'Ủy ban nhân dân tỉnh An Giang',
    shortName: 'UBND tỉnh An Giang',
    kind: 'peoplesCommittee',
  });
  const department = await aUnit(t.services, {
    parentId: province.id,
    code: 'STTTT-AG',
    name: 'Sở Thông tin và Truyền thông',
    kind: 'provincialDepartment',
  });
  const a = await aUnit(t.services, {
    parentId: department.id,
    name: 'Phòng Thông tin – Báo chí',
    sortOrder: 1,
  });
  const b = await aUnit(t.services, { parentId: department.id, name: 'Phòng Chuyển đổi số', sortOrder: 2 });
  const unitIds = { department: department.id, a: a.id, b: b.id };
  const users = {
    compiler: await aUser(t.services, { orgUnitId: department.id, roles: ['compiler'] }),
    leader: await aUser(t.services, { orgUnitId: department.id, roles: ['leader'] }),
    staff: await aUser(t.services, { orgUnitId: a.id, roles: ['staff'] }),
  };
  const compiler = await login(t.app, users.compiler.username, TEST_PASSWORD);
  const leader = await login(t.app, users.leader.username, TEST_PASSWORD);
  const staff = await login(t.app, users.staff.username, TEST_PASSWORD);

  const plan = await aPlan(t.database.db, t.services, { year: 2024 });
  for (const task of TASKS) {
    const id = await plan.task({
      lead: task.unit === 'A' ? a.id : b.id,
      timeframe: task.timeframe,
      domain: task.domain,
      content: task.content,
      output: task.output,
    });
    if (!task.done) continue;
    const detail = (await compiler.request('GET', `/api/tasks/${id}`)).json<{
      occurrences: { id: string; version: number; dueDate: string }[];
    }>();
    const first = detail.occurrences[0];
    const res = await compiler.request('POST', `/api/tasks/${id}/updates`, {
      occurrenceId: first?.id,
      version: first?.version,
      status: 'done',
      completedOn: task.done,
      note: 'Đã hoàn thành',
      ...(task.evidence ? { evidence: task.evidence } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const egov = await plan.indicator({
    lead: b.id,
    domain: 'Chuyển đổi số',
    content: 'Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử đạt 75%',
  });
  const partial = await plan.indicator({
    lead: b.id,
    domain: 'Chuyển đổi số',
    content: 'Số lượng dịch vụ công trực tuyến một phần',
  });
  const full = await plan.indicator({
    lead: b.id,
    domain: 'Chuyển đổi số',
    content: 'Số lượng dịch vụ công trực tuyến toàn trình',
  });
  const total = await plan.indicator({
    lead: b.id,
    domain: 'Chuyển đổi số',
    content: 'Tổng số dịch vụ công trực tuyến',
  });
  for (const [id, period, value, asOf] of [
    [egov, '2024-Q1', 65, '2024-03-31'],
    [partial, '2024-H1', 647, '2024-05-20'],
    [full, '2024-H1', 912, '2024-05-20'],
    [total, '2024-H1', 1348, '2024-05-20'],
  ] as const) {
    const res = await compiler.request('PUT', `/api/indicators/${id}/values`, { period, value, asOf });
    expect(res.statusCode, res.body).toBe(200);
  }
  const rule = await compiler.request('POST', `/api/plans/${plan.id}/indicator-rules`, {
    kind: 'sumEquals',
    parts: [partial, full],
    total,
  });
  expect(rule.statusCode, rule.body).toBe(201);

  const { periodId } = await aRegimeWithPeriod(t.database.db, {
    receiverId: department.id,
    reportingUnits: [a.id, b.id],
    periodCode: '2024-H1',
  });
  await aSubmission(t.database.db, periodId, a.id, {
    sections: {
      highlights: richText('Truyền thông Lễ công bố Quy hoạch tỉnh'),
      results: richText(
        { h: 'Báo chí – Truyền thông' },
        'Tổ chức tốt việc quản lý thông tin trên môi trường mạng',
      ),
      difficulties: richText({ h: 'Báo chí – Truyền thông' }, 'Nguồn thu quảng cáo sụt giảm mạnh'),
    },
  });
  await aSubmission(t.database.db, periodId, b.id, {
    sections: {
      'results:Chuyển đổi số': richText('Số hóa kết quả giải quyết TTHC đến 100% Bộ phận Một cửa'),
    },
  });

  const built = await compiler.request('POST', '/api/consolidated-reports', {
    unitId: department.id,
    period: '2024-H1',
    kind: 'department',
  });
  expect(built.statusCode, built.body).toBe(200);
  const report = built.json<Report>();
  return { compiler, leader, staff, unitIds, report };
}

/** A block of the draft by id. */
export const block = (r: Report, id: string) => r.draft.blocks.find((b) => b.id === id);
