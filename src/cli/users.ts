import { ROLE_LABELS } from '../domain/access/roles.js';
import { formatDisplayDateTime } from '../domain/text/display.js';
import { formatNumber } from '../domain/tracking/format.js';
import { systemContext } from '../server/common/context.js';
import { AppError } from '../server/common/errors.js';
import type { UserRecord } from '../server/users/users.repository.js';
import type { Services } from '../server/services.js';
import { table } from './format.js';
import { info, out, withRuntime } from './runtime.js';

const ctx = systemContext('cli');

async function findUser(services: Services, username: string): Promise<UserRecord> {
  const user = (await services.users.list(ctx)).find(
    (u) => u.username.toLowerCase() === username.toLowerCase(),
  );
  if (!user)
    throw AppError.validation(`Không có người dùng "${username}". Xem danh sách: npx baocao users list`);
  return user;
}

function status(user: UserRecord): string {
  if (user.disabled) return 'đã khóa';
  return user.mustChangePassword ? 'phải đổi mật khẩu' : 'hoạt động';
}

/** Rows for `users list`: what an administrator recovering an account needs to see. */
export function userRows(users: readonly UserRecord[]): string[][] {
  return users.map((u) => [
    u.username,
    u.fullName,
    u.orgUnitName,
    u.roles.map((r) => ROLE_LABELS[r]).join(', '),
    status(u),
    u.lastLoginAt ? formatDisplayDateTime(u.lastLoginAt) : 'chưa đăng nhập',
  ]);
}

export async function usersList(options: { json?: boolean }): Promise<void> {
  await withRuntime(
    async ({ services, store }) => {
      info(`Kho dữ liệu: ${store}`);
      const users = await services.users.list(ctx);
      if (options.json) return out(JSON.stringify(users, null, 2));
      if (users.length === 0) return out('Chưa có người dùng nào.');
      out(
        table(
          ['Tên đăng nhập', 'Họ và tên', 'Đơn vị', 'Vai trò', 'Trạng thái', 'Đăng nhập gần nhất'],
          userRows(users),
        ),
      );
      out(`Tổng: ${formatNumber(users.length)} người dùng.`);
    },
    { mustExist: true },
  );
}

/**
 * Account recovery from the server's console: a one-time password the user must change at next
 * login; every session of the user ends. Audited like the admin's reset in the UI.
 */
export async function usersResetPassword(
  username: string,
  options: { unlock?: boolean; json?: boolean },
): Promise<void> {
  await withRuntime(
    async ({ services, store }) => {
      info(`Kho dữ liệu: ${store}`);
      let user = await findUser(services, username);
      if (user.disabled && options.unlock) user = await services.users.setDisabled(ctx, user.id, false);
      const { temporaryPassword } = await services.users.resetPassword(ctx, user.id);
      if (options.json) {
        out(
          JSON.stringify(
            { username: user.username, temporaryPassword, mustChangePassword: true, disabled: user.disabled },
            null,
            2,
          ),
        );
      } else {
        out(`Đã đặt lại mật khẩu cho ${user.username} (${user.fullName}, ${user.orgUnitName}).`);
        out(`Mật khẩu dùng một lần: ${temporaryPassword}`);
        out('Người dùng phải đổi mật khẩu ngay khi đăng nhập; mọi phiên đăng nhập cũ đã kết thúc.');
      }
      if (user.disabled) info(`Lưu ý: tài khoản ${user.username} đang bị khóa; thêm --unlock để mở khóa.`);
    },
    { mustExist: true },
  );
}
