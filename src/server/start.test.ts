import { describe, expect, it } from 'vitest';
import { describeDemo } from './start.js';

const accounts = [{ username: 'admin', role: 'Quản trị hệ thống', unit: 'Văn phòng' }];

describe('the start-up message', () => {
  it('prints the password of freshly seeded accounts, and no recovery hint', () => {
    const text = describeDemo(
      { seeded: true, password: 'abc', passwordGenerated: true, accounts },
      'http://localhost:3000',
    );
    expect(text).toContain('Mật khẩu chung: abc');
    expect(text).not.toContain('reset-password');
  });

  it.each([
    ['pglite', 'dừng máy chủ (Ctrl+C) rồi chạy: npx baocao users reset-password <tên đăng nhập>'],
    ['postgres', 'hoặc chạy: npx baocao users reset-password <tên đăng nhập>'],
  ] as const)('on an existing %s store says how to recover an account', (store, hint) => {
    const text = describeDemo(
      { seeded: false, password: null, passwordGenerated: false, accounts },
      'http://localhost:3000',
      store,
    );
    expect(text).toContain('Dữ liệu đã có sẵn');
    expect(text).toContain(hint);
    expect(text).toContain('npx baocao users list');
  });
});
