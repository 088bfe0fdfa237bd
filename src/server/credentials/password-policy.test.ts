import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartment, aStoreSnapshot, TEST_PASSWORD } from '../../../test/support/builders.js';
import { systemContext } from '../common/context.js';
import { DEMO_ACCOUNTS, DEMO_UNITS } from '../demo/demo-org.js';
import { seedDemoData } from '../demo/demo-seed.js';
import { generatePassword } from './password.js';
import { passwordProblems } from './password-policy.js';

type ErrorBody = { error: { code: string; message: string; details?: { problems?: string[] } } };
const owner = { username: 'nguyen.an', unitCode: 'CNTT-BCVT', fullName: 'Nguyễn Văn An' };

describe('password policy', () => {
  it.each([
    ['12345678', 'Mật khẩu cần ít nhất 10 ký tự.'],
    ['password', 'Mật khẩu cần ít nhất 10 ký tự.'],
    ['1234567890', 'mật khẩu bị dùng nhiều nhất'],
    ['password123', 'mật khẩu phổ biến'],
    ['qwertyuiop', 'mật khẩu bị dùng nhiều nhất'],
    ['nguyen.an-2026', 'không được chứa tên đăng nhập'],
    ['NGUYEN.AN.so.1.xyz', 'không được chứa tên đăng nhập'],
    ['cntt-bcvt-mat-khau', 'không được chứa mã đơn vị'],
    ['matkhau123', 'dễ đoán'],
    ['aaaaaaaaaaaa', 'lặp lại'],
  ])('refuses %s, saying why in Vietnamese', (password, why) => {
    const problems = passwordProblems(password, owner);
    expect(problems.join(' ')).toContain(why);
  });

  it.each(['Kiem-tra-an-toan-2026', 'mat-khau-thu-nghiem', 'sông Hậu mùa nước nổi', 'T7qLm2xVe9Rk'])(
    'accepts %s',
    (password) => {
      expect(passwordProblems(password, owner)).toEqual([]);
    },
  );

  it('every demo account accepts the password generated at first start', () => {
    for (let round = 0; round < 5; round++) {
      const password = generatePassword();
      for (const account of DEMO_ACCOUNTS)
        expect(passwordProblems(password, { ...account, unitCode: account.unitCode }), password).toEqual([]);
    }
    expect(DEMO_UNITS.length).toBeGreaterThan(0);
  });
});

describe('password policy over HTTP', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;
  let admin: Session;
  let staff: Session;

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 1000 });
    org = await aDepartment(t.services);
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
    staff = await login(t.app, org.staffA.username, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const newUser = (password: string) => ({
    username: 'tran.binh',
    fullName: 'Trần Bình',
    orgUnitId: org.divisionA.id,
    roles: ['staff'],
    password,
  });

  it.each(['12345678', 'password', '1234567890', 'tran.binh.2026'])(
    'an admin cannot give a new account the password %s, and nothing is stored',
    async (password) => {
      const before = await aStoreSnapshot(t.database.db);
      const res = await admin.request('POST', '/api/users', newUser(password));
      expect(res.statusCode).toBe(400);
      const error = res.json<ErrorBody>().error;
      expect(error.message).toMatch(/Mật khẩu/);
      expect(await aStoreSnapshot(t.database.db)).toEqual(before);
    },
  );

  it('a user cannot change to a weak password or one with their username', async () => {
    for (const weak of ['password123', `${org.staffA.username}-2026-x`]) {
      const res = await staff.request('POST', '/api/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: weak,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.details?.problems?.length).toBeGreaterThan(0);
    }
    const ok = await staff.request('POST', '/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Ruộng lúa chín vàng 2026',
    });
    expect(ok.statusCode).toBe(204);
  });

  it('a strong password is accepted', async () => {
    const res = await admin.request('POST', '/api/users', newUser('Kiem-tra-an-toan-2026'));
    expect(res.statusCode).toBe(201);
  });

  it('the demo data refuses a weak BAOCAO_DEMO_PASSWORD before creating any account', async () => {
    const fresh = await createTestApp();
    try {
      await expect(seedDemoData(fresh.database.db, fresh.services, 'password1')).rejects.toThrow(/Mật khẩu/);
      expect(await fresh.services.users.list(systemContext('test'))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
