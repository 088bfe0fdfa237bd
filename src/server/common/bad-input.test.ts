import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import {
  aDepartment,
  aMultipartUpload,
  aStoreSnapshot,
  TEST_PASSWORD,
} from '../../../test/support/builders.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface BadRequest {
  method: Method;
  url: string;
  /** An object is sent as JSON; a string or Buffer is sent raw with `contentType`. */
  payload?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  anonymous?: boolean;
}
type ErrorBody = { error: { code: string; message: string } };

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
/** Letters that only Vietnamese text has, so an English fallback message cannot pass. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const OVERSIZED = `{"name":"${'a'.repeat(11 * 1024 * 1024)}"}`;

describe('bad input never produces a 500 and never changes stored data', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;
  let admin: Session;
  let snapshotBefore: Awaited<ReturnType<typeof aStoreSnapshot>>;
  const unitA = () => org.divisionA.id;
  const validUser = () => ({
    username: 'nguoi.moi',
    fullName: 'Người mới',
    orgUnitId: org.divisionA.id,
    roles: ['staff'],
    password: 'mat-khau-123456',
  });
  const validUnit = () => ({ parentId: org.department.id, code: 'MOI', name: 'Phòng mới', kind: 'division' });

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 1000 });
    org = await aDepartment(t.services);
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
    snapshotBefore = await aStoreSnapshot(t.database.db);
  });
  afterAll(() => t.close());

  function send(req: BadRequest) {
    const auth = req.anonymous ? {} : { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
    const raw = typeof req.payload === 'string' || Buffer.isBuffer(req.payload);
    return t.app.inject({
      method: req.method,
      url: req.url,
      headers: { ...auth, ...(req.contentType ? { 'content-type': req.contentType } : {}), ...req.headers },
      ...(req.payload === undefined
        ? {}
        : { payload: raw ? (req.payload as string) : (req.payload as object) }),
    });
  }
  const json = 'application/json';

  type Lazy<T> = T | (() => T);
  const lazy = <T>(v: Lazy<T>): T => (typeof v === 'function' ? (v as () => T)() : v);
  /** One request of the table; ids are read lazily, since the data is built in beforeAll. */
  const rq =
    (
      method: Method,
      url: Lazy<string>,
      payload?: Lazy<unknown>,
      contentType?: string,
      extra: Partial<BadRequest> = {},
    ) =>
    (): BadRequest => ({
      method,
      url: lazy(url),
      payload: lazy(payload),
      ...(contentType ? { contentType } : {}),
      ...extra,
    });
  const LOGIN = '/api/auth/login';
  const UNITS = '/api/org-units';
  const unitUrl = () => `${UNITS}/${unitA()}`;
  const USERS = '/api/users';
  const TOKENS = '/api/tokens';
  const anonymous = { anonymous: true };
  const xml = 'application/xml';
  const text = 'text/plain';
  const upload = aMultipartUpload({ filename: 'lon.json', content: Buffer.alloc(11 * 1024 * 1024, 32) });

  const table: [string, number, () => BadRequest][] = [
    ['login: malformed JSON', 400, rq('POST', LOGIN, '{"username": ', json)],
    ['login: wrong types', 400, rq('POST', LOGIN, { username: 12, password: true })],
    ['login: unknown field', 400, rq('POST', LOGIN, { username: 'a', password: 'b', remember: true })],
    ['login: missing password', 400, rq('POST', LOGIN, () => ({ username: org.admin.username }))],
    ['login: blank username', 400, rq('POST', LOGIN, { username: '   ', password: 'x' })],
    ['login: JSON array', 400, rq('POST', LOGIN, '[1,2]', json)],
    ['login: empty JSON body', 400, rq('POST', LOGIN, '', json)],
    ['login: no body at all', 400, rq('POST', LOGIN)],
    // Fastify parses text/plain itself, so the schema rejects the string; other types have no parser.
    ['login: text/plain', 400, rq('POST', LOGIN, 'admin', text)],
    ['login: XML', 415, rq('POST', LOGIN, '<a/>', xml)],
    ['login: body over 10 MB', 413, rq('POST', LOGIN, OVERSIZED, json)],

    ['create unit: anonymous', 401, rq('POST', UNITS, validUnit, undefined, anonymous)],
    [
      'create unit: Basic auth',
      401,
      rq('POST', UNITS, validUnit, undefined, { ...anonymous, headers: { authorization: 'Basic YTpi' } }),
    ],
    ['create unit: malformed JSON', 400, rq('POST', UNITS, '{"code":"X",}', json)],
    ['create unit: wrong types', 400, rq('POST', UNITS, { parentId: 5, code: [], name: {}, kind: 1 })],
    ['create unit: unknown field', 400, rq('POST', UNITS, () => ({ ...validUnit(), id: MISSING_ID }))],
    ['create unit: missing name', 400, rq('POST', UNITS, () => ({ ...validUnit(), name: undefined }))],
    ['create unit: bad kind', 400, rq('POST', UNITS, () => ({ ...validUnit(), kind: 'castle' }))],
    ['create unit: code with spaces', 400, rq('POST', UNITS, () => ({ ...validUnit(), code: 'A B' }))],
    ['create unit: negative sortOrder', 400, rq('POST', UNITS, () => ({ ...validUnit(), sortOrder: -1 }))],
    ['create unit: parentId not a UUID', 400, rq('POST', UNITS, () => ({ ...validUnit(), parentId: 'abc' }))],
    ['create unit: empty JSON body', 400, rq('POST', UNITS, '', json)],
    ['create unit: text/plain', 400, rq('POST', UNITS, 'MOI', text)],
    ['create unit: form-urlencoded', 415, rq('POST', UNITS, 'code=MOI', 'application/x-www-form-urlencoded')],
    ['create unit: body over 10 MB', 413, rq('POST', UNITS, OVERSIZED, json)],

    ['update unit: id not a UUID', 400, rq('PATCH', `${UNITS}/not-a-uuid`, { name: 'X' })],
    ['update unit: unknown id', 404, rq('PATCH', `${UNITS}/${MISSING_ID}`, { name: 'X' })],
    ['update unit: unknown field', 400, rq('PATCH', unitUrl, { parentId: null })],
    ['update unit: wrong type', 400, rq('PATCH', unitUrl, { name: 5 })],
    ['update unit: blank name', 400, rq('PATCH', unitUrl, { name: '   ' })],
    ['update unit: aliases not a list', 400, rq('PATCH', unitUrl, { aliases: 'A;B' })],
    ['update unit: XML', 415, rq('PATCH', unitUrl, '<a/>', 'text/xml')],
    ['update unit: body over 10 MB', 413, rq('PATCH', unitUrl, OVERSIZED, json)],
    ['move unit: id not a UUID', 400, rq('POST', `${UNITS}/x/move`, { parentId: null })],
    ['delete unit: id not a UUID', 400, rq('DELETE', `${UNITS}/123`)],
    ['export: unknown format', 400, rq('GET', `${UNITS}/export?format=pdf`)],

    ['create user: bad email', 400, rq('POST', USERS, () => ({ ...validUser(), email: 'khong-phai-email' }))],
    ['create user: short password', 400, rq('POST', USERS, () => ({ ...validUser(), password: 'ngan' }))],
    ['create user: unknown role', 400, rq('POST', USERS, () => ({ ...validUser(), roles: ['superuser'] }))],
    ['create user: no roles', 400, rq('POST', USERS, () => ({ ...validUser(), roles: [] }))],
    [
      'create user: username with diacritics',
      400,
      rq('POST', USERS, () => ({ ...validUser(), username: 'người dùng' })),
    ],
    ['create user: orgUnitId not a UUID', 400, rq('POST', USERS, () => ({ ...validUser(), orgUnitId: '1' }))],
    [
      'create user: unknown orgUnitId',
      400,
      rq('POST', USERS, () => ({ ...validUser(), orgUnitId: MISSING_ID })),
    ],
    ['create user: unknown field', 400, rq('POST', USERS, () => ({ ...validUser(), disabled: false }))],
    ['create user: malformed JSON', 400, rq('POST', USERS, '{username:"x"}', json)],
    ['create user: body over 10 MB', 413, rq('POST', USERS, OVERSIZED, json)],
    ['users: orgUnitId query not a UUID', 400, rq('GET', `${USERS}?orgUnitId=abc`)],
    ['disable user: unknown id', 404, rq('POST', `${USERS}/${MISSING_ID}/disable`)],
    [
      'disable user: unexpected body',
      400,
      rq('POST', () => `${USERS}/${org.staffB.id}/disable`, { reason: 'x' }),
    ],

    ['create token: missing userId', 400, rq('POST', TOKENS, { name: 'CI' })],
    ['create token: userId not a UUID', 400, rq('POST', TOKENS, { userId: 'admin', name: 'CI' })],
    ['create token: unknown userId', 400, rq('POST', TOKENS, { userId: MISSING_ID, name: 'CI' })],
    ['create token: blank name', 400, rq('POST', TOKENS, () => ({ userId: org.staffA.id, name: ' ' }))],
    [
      'create token: unknown field',
      400,
      rq('POST', TOKENS, () => ({ userId: org.staffA.id, name: 'CI', scope: 'all' })),
    ],
    ['create token: malformed JSON', 400, rq('POST', TOKENS, '{"name":', json)],
    ['revoke token: unknown id', 404, rq('DELETE', `${TOKENS}/${MISSING_ID}`)],
    [
      'bearer: wrong token',
      401,
      rq('POST', TOKENS, {}, undefined, { ...anonymous, headers: { authorization: 'Bearer bc_sai' } }),
    ],

    ['import commit: id not a UUID', 400, rq('POST', `${UNITS}/import/abc/commit`)],
    ['import commit: unknown preview', 404, rq('POST', `${UNITS}/import/${MISSING_ID}/commit`)],
    [
      'import commit: unexpected body',
      400,
      rq('POST', `${UNITS}/import/${MISSING_ID}/commit`, { force: true }),
    ],
    ['import commit: XML', 415, rq('POST', `${UNITS}/import/${MISSING_ID}/commit`, '<ok/>', xml)],
    [
      'import preview: file over 10 MB',
      413,
      rq('POST', `${UNITS}/import/preview`, upload.payload, undefined, upload),
    ],

    ['audit: page not a number', 400, rq('GET', '/api/audit?page=abc')],
    ['audit: bad date', 400, rq('GET', '/api/audit?from=hôm-qua')],
    ['audit: unknown filter', 400, rq('GET', '/api/audit?sort=id')],
    ['unknown API path', 404, rq('GET', '/api/khong-co')],
    ['unknown method on a known path', 404, rq('DELETE', UNITS)],
  ];

  it.each(table)('%s → %i', async (_label, status, build) => {
    const before = await aStoreSnapshot(t.database.db);
    const res = await send(build());
    expect(res.statusCode).toBe(status);
    const body = res.json<ErrorBody>();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toMatch(/^[A-Z_]+$/);
    expect(body.error.message).toMatch(VIETNAMESE);
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
  });

  it('left org units, users, tokens and the audit log exactly as they were', async () => {
    expect(await aStoreSnapshot(t.database.db)).toEqual(snapshotBefore);
  });
});
