import { expect } from 'vitest';
import type { TaskDetail, TaskRow } from '../../src/server/tasks/tasks.schemas.js';
import { createTestApp, login, type Session, type TestContext } from './app.js';
import { aDepartment, aUnit, aUser, TEST_PASSWORD } from './builders.js';
import { aPlan } from './tracking.js';

/** Every task test runs on 10/7/2024 (a Wednesday), Vietnam time. */
export const TODAY = '2024-07-10';

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/**
 * A department (Phòng A, Phòng B), a compiler and a leader at department level, an active 2024
 * plan, and a signed-in session per person.
 */
export async function aTaskWorld() {
  const t = await createTestApp({}, { now: () => new Date(`${TODAY}T03:00:00Z`) });
  const org = await aDepartment(t.services);
  const compiler = await aUser(t.services, { orgUnitId: org.department.id, roles: ['compiler'] });
  const leader = await aUser(t.services, { orgUnitId: org.department.id, roles: ['leader'] });
  const plan = await aPlan(t.database.db, t.services, { year: 2024 });
  const as = (user: { username: string }) => login(t.app, user.username, TEST_PASSWORD);
  const [staffA, staffB, headA, compilerS, leaderS, admin] = await Promise.all([
    as(org.staffA),
    as(org.staffB),
    as(org.headA),
    as(compiler),
    as(leader),
    as(org.admin),
  ]);
  return {
    t,
    org,
    plan,
    users: { compiler, leader },
    sessions: { staffA, staffB, headA, compiler: compilerS, leader: leaderS, admin },
  };
}
export type TaskWorld = Awaited<ReturnType<typeof aTaskWorld>>;

/**
 * A department whose Phòng A has a Tổ A1 below it, for the rules on how far a unit head reaches,
 * with sessions for the admin, Phòng A's head and a Phòng A staff member.
 */
export async function aDepartmentWithSubunit(t: TestContext) {
  const org = await aDepartment(t.services);
  const subunit = await aUnit(t.services, { parentId: org.divisionA.id, name: 'Tổ A1' });
  const as = (user: { username: string }) => login(t.app, user.username, TEST_PASSWORD);
  return {
    org,
    ids: { A: org.divisionA.id, A1: subunit.id, B: org.divisionB.id },
    sessions: { admin: await as(org.admin), headA: await as(org.headA), staffA: await as(org.staffA) },
  };
}

export async function taskDetail(session: Session, taskId: string): Promise<TaskDetail> {
  const res = await session.request('GET', `/api/tasks/${taskId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TaskDetail>();
}

export async function taskList(session: Session, query = ''): Promise<{ items: TaskRow[]; total: number }> {
  const res = await session.request('GET', `/api/tasks${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: TaskRow[]; total: number }>();
}

/** Posts an update against the current occurrence at its current version. */
export async function updateCurrent(session: Session, taskId: string, body: Record<string, unknown>) {
  const current = (await taskDetail(session, taskId)).current;
  if (!current) throw new Error('task has no current occurrence');
  return session.request('POST', `/api/tasks/${taskId}/updates`, {
    occurrenceId: current.id,
    version: current.version,
    ...body,
  });
}
