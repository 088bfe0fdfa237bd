import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../server/common/context.js';
import { seedDemoData } from '../server/demo/demo-seed.js';
import { createCliStore, runBaocao, withCliStore, type CliStore } from '../../test/support/cli.js';
import { testStore } from '../../test/support/db.js';

const PASSWORD = 'Mat-khau-mau-2026';

/** `baocao users list` and `baocao users reset-password`, the real command on a seeded store. */
describe('baocao users', { timeout: 120_000 }, () => {
  let store: CliStore;
  const cli = (...args: string[]) => runBaocao(args, { env: store.env });

  beforeAll(async () => {
    store = await createCliStore('baocao-cli-users-');
    await withCliStore(store, async (db, services) => {
      await seedDemoData(db, services, PASSWORD, { withPlan: false });
      // One login, so that "last login" has a value to show.
      await services.auth.login(systemContext(), 'lanhdao', PASSWORD, null);
    });
  });
  afterAll(() => store.close());

  it('lists the accounts with unit, roles, status and last login in Vietnamese format', async () => {
    const result = await cli('users', 'list');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Kho dữ liệu: (PGlite tại|PostgreSQL )/);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Tên đăng nhập\s+Họ và tên\s+Đơn vị\s+Vai trò\s+Trạng thái\s+Đăng nhập gần nhất$/,
    );
    const admin = lines.find((l) => l.startsWith('admin '));
    expect(admin).toMatch(/Văn phòng\s+Quản trị hệ thống\s+hoạt động\s+chưa đăng nhập/);
    expect(lines.find((l) => l.startsWith('lanhdao '))).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(result.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(lines.at(-1)).toMatch(/^Tổng: \d+ người dùng\.$/);
  });

  it('with --json prints only JSON on stdout', async () => {
    const result = await cli('users', 'list', '--json');
    expect(result.code).toBe(0);
    const users = JSON.parse(result.stdout) as { username: string; roles: string[] }[];
    expect(users.find((u) => u.username === 'admin')?.roles).toEqual(['admin']);
    expect(result.stderr).toContain('Kho dữ liệu');
  });

  it('resets a password: a one-time password that works once and must be changed', async () => {
    const result = await cli('users', 'reset-password', 'ADMIN');
    expect(result.code).toBe(0);
    const temporary = /Mật khẩu dùng một lần: (\S+)/.exec(result.stdout)?.[1];
    expect(temporary).toMatch(/^\S{12,}$/);
    await withCliStore(store, async (_db, services) => {
      await expect(services.auth.login(systemContext(), 'admin', PASSWORD, null)).rejects.toThrow(
        /không đúng/,
      );
      const { user } = await services.auth.login(systemContext(), 'admin', temporary ?? '', null);
      expect(user.mustChangePassword).toBe(true);
      const audit = await services.audit.search(systemContext(), {
        entityType: 'user',
        entityId: user.id,
        page: 1,
        pageSize: 50,
      });
      expect(audit.items.map((a) => a.action)).toContain('resetPassword');
    });
    expect((await cli('users', 'list')).stdout).toMatch(/admin .*phải đổi mật khẩu/);
  });

  it('unlocks a locked account with --unlock, and says so when it stays locked', async () => {
    await withCliStore(store, async (_db, services) => {
      const user = (await services.users.list(systemContext())).find((u) => u.username === 'xem');
      await services.users.setDisabled(systemContext(), user?.id ?? '', true);
    });
    const stillLocked = await cli('users', 'reset-password', 'xem', '--json');
    expect(stillLocked.code).toBe(0);
    expect(JSON.parse(stillLocked.stdout)).toMatchObject({ username: 'xem', disabled: true });
    expect(stillLocked.stderr).toContain('--unlock');
    const unlocked = await cli('users', 'reset-password', 'xem', '--unlock');
    expect(unlocked.code).toBe(0);
    expect((await cli('users', 'list')).stdout).toMatch(/xem .*phải đổi mật khẩu/);
  });

  it('exits 1 for an unknown user and for a bad option', async () => {
    const unknown = await cli('users', 'reset-password', 'khongco');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không có người dùng "khongco"');
    expect(unknown.stdout).toBe('');
    const bad = await cli('users', 'list', '--khong-co');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--khong-co');
  });

  it('exits 2 when PostgreSQL cannot be reached', async () => {
    const result = await runBaocao(['users', 'list'], {
      env: { ...store.env, DATABASE_URL: 'postgres://baocao:bi-mat@127.0.0.1:1/khong_co' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không kết nối được PostgreSQL postgres://127.0.0.1:1/khong_co');
    expect(result.stderr).not.toContain('bi-mat');
  });

  it.skipIf(testStore() === 'postgres')('exits 2 without creating a store where there is none', async () => {
    const missing = path.join(store.dir, 'khong-co');
    const result = await runBaocao(['users', 'list'], { env: { ...store.env, BAOCAO_DATA_DIR: missing } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Không có kho dữ liệu PGlite tại ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});
