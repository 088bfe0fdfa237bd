import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDepartment, TEST_PASSWORD } from '../../../test/support/builders.js';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';

interface NotificationList {
  items: { id: string; title: string; body: string; link: string | null; readAt: string | null }[];
  unreadCount: number;
}

let t: TestContext;
let staff: Session;
let other: Session;
let otherNotificationId: string;

async function list(session: Session, query = ''): Promise<NotificationList> {
  const res = await session.request('GET', `/api/notifications${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<NotificationList>();
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await aDepartment(t.services);
  // Inserted one at a time so that created_at orders them; PGlite's now() counts whole
  // milliseconds, so a pause keeps two inserts from sharing one.
  for (const n of [1, 2, 3]) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.services.notifications.notify(t.database.db, [
      {
        userId: org.staffA.id,
        kind: 'reminder',
        title: `Thông báo ${n}`,
        body: `Nội dung ${n}`,
        link: `/tasks/${n}`,
      },
    ]);
  }
  await t.services.notifications.notify(t.database.db, [
    { userId: org.staffB.id, kind: 'reminder', title: 'Của người khác', body: 'Không được thấy', link: null },
  ]);
  staff = await login(t.app, org.staffA.username, TEST_PASSWORD);
  other = await login(t.app, org.staffB.username, TEST_PASSWORD);
  otherNotificationId = (await list(other)).items[0]?.id ?? '';
});

afterAll(() => t.close());

describe('notifications API', () => {
  it('lists only my own notifications, newest first, with the unread count', async () => {
    const mine = await list(staff);
    expect(mine.items.map((n) => n.title)).toEqual(['Thông báo 3', 'Thông báo 2', 'Thông báo 1']);
    expect(mine.items[0]).toMatchObject({ body: 'Nội dung 3', link: '/tasks/3', readAt: null });
    expect(mine.unreadCount).toBe(3);
  });

  it('marks one as read; unread=1 then leaves it out and the count drops', async () => {
    const first = (await list(staff)).items[2];
    const res = await staff.request('POST', `/api/notifications/${first?.id}/read`);
    expect(res.statusCode).toBe(204);
    const unread = await list(staff, '?unread=1');
    expect(unread.items.map((n) => n.title)).toEqual(['Thông báo 3', 'Thông báo 2']);
    expect(unread.unreadCount).toBe(2);
    const all = await list(staff);
    expect(all.items.find((n) => n.id === first?.id)?.readAt).toEqual(expect.any(String));
  });

  it('keeps the first read time when a notification is read again', async () => {
    const read = (await list(staff)).items.find((n) => n.readAt !== null);
    await staff.request('POST', `/api/notifications/${read?.id}/read`);
    expect((await list(staff)).items.find((n) => n.id === read?.id)?.readAt).toBe(read?.readAt);
  });

  it("cannot read someone else's notification: 404, and theirs stays unread", async () => {
    const res = await staff.request('POST', `/api/notifications/${otherNotificationId}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { message: string } }>().error.message).toBe('Không tìm thấy thông báo.');
    expect((await list(other)).unreadCount).toBe(1);
  });

  it('marks all of mine as read and touches nobody else', async () => {
    const res = await staff.request('POST', '/api/notifications/read-all');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ updated: 2 });
    expect((await list(staff, '?unread=1')).items).toEqual([]);
    expect((await list(other)).unreadCount).toBe(1);
  });

  it('refuses a malformed id and an anonymous caller', async () => {
    expect((await staff.request('POST', '/api/notifications/khong-phai-uuid/read')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });

  it('is documented in the OpenAPI document under "Thông báo", with the reminder settings', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    expect(doc.paths['/api/notifications']?.get?.tags).toEqual(['Thông báo']);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/notifications/{id}/read', '/api/notifications/read-all']),
    );
    expect(Object.keys(doc.paths['/api/settings/reminders'] ?? {}).sort()).toEqual(['get', 'put']);
  });
});
