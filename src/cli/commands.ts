import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROLES, isRole } from '../domain/access/roles.js';
import { issuerWarning } from '../domain/plans/import-result.js';
import { generatePassword } from '../server/auth/password.js';
import { systemContext } from '../server/common/context.js';
import { AppError } from '../server/common/errors.js';
import { migrateToLatest } from '../server/db/database.js';
import { info, out, withRuntime } from './runtime.js';

const ctx = systemContext('cli');

export async function dbMigrate(): Promise<void> {
  await withRuntime(
    async ({ database }) => {
      const applied = await migrateToLatest(database.db);
      out(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
    },
    { migrate: false },
  );
}

export interface UsersAddOptions {
  username: string;
  fullName: string;
  unit: string;
  role: string[];
  email?: string;
  password?: string;
}

export async function usersAdd(options: UsersAddOptions): Promise<void> {
  const roles = options.role.filter(isRole);
  const unknown = options.role.filter((r) => !isRole(r));
  if (unknown.length || roles.length === 0) {
    throw AppError.validation(
      `Vai trò không hợp lệ: ${unknown.join(', ') || '(trống)'}. Chọn trong: ${ROLES.join(', ')}.`,
    );
  }
  const password = options.password ?? generatePassword();
  await withRuntime(async ({ services }) => {
    const units = await services.orgUnits.listAll();
    const unit = units.find((u) => u.code.toLowerCase() === options.unit.toLowerCase());
    if (!unit) throw AppError.validation(`Không có đơn vị mã "${options.unit}".`);
    const user = await services.users.create(
      ctx,
      {
        username: options.username,
        fullName: options.fullName,
        email: options.email ?? null,
        orgUnitId: unit.id,
        roles,
        password,
      },
      { mustChangePassword: options.password === undefined },
    );
    out(`Đã tạo ${user.username} (${user.roles.join(', ')}) thuộc ${unit.name}.`);
    if (options.password === undefined)
      out(`Mật khẩu tạm thời: ${password} (phải đổi khi đăng nhập lần đầu)`);
  });
}

export async function orgExport(options: { format: 'json' | 'xlsx'; out?: string }): Promise<void> {
  await withRuntime(async ({ services }) => {
    const file = await services.orgUnits.exportTree(ctx, options.format);
    if (options.out) {
      await writeFile(options.out, file.body);
      info(`Đã ghi ${options.out}`);
    } else if (typeof file.body === 'string') {
      out(file.body);
    } else {
      throw AppError.validation('Định dạng xlsx cần --out <tệp>.');
    }
  });
}

export async function orgImport(file: string, options: { dryRun?: boolean }): Promise<void> {
  const buffer = await readFile(file).catch(() => {
    throw AppError.validation(`Không đọc được tệp ${file}.`);
  });
  await withRuntime(async ({ services }) => {
    const preview = await services.orgUnits.previewImport(ctx, { buffer, filename: path.basename(file) });
    const label = { create: 'thêm mới', update: 'cập nhật', unchanged: 'không đổi' } as const;
    for (const row of preview.rows) {
      out(
        `${row.errors.length ? '✗' : '✓'} ${row.code.padEnd(14)} ${label[row.action].padEnd(10)} ${row.name}`,
      );
      for (const error of row.errors) out(`    ${error}`);
    }
    const { create, update, unchanged, errors } = preview.summary;
    out(`Tổng: ${create} thêm mới, ${update} cập nhật, ${unchanged} không đổi, ${errors} lỗi.`);
    if (errors > 0) throw AppError.validation('Tệp có lỗi; không có thay đổi nào được lưu.');
    if (options.dryRun) return out('Chạy thử (--dry-run): không lưu gì.');
    const result = await services.orgUnits.commitImport(ctx, preview.previewId);
    out(`Đã nhập: ${result.created} thêm mới, ${result.updated} cập nhật.`);
  });
}

export async function tokensCreate(options: { user: string; name: string }): Promise<void> {
  await withRuntime(async ({ services }) => {
    const user = (await services.users.list(ctx)).find(
      (u) => u.username.toLowerCase() === options.user.toLowerCase(),
    );
    if (!user) throw AppError.validation(`Không có người dùng "${options.user}".`);
    const token = await services.tokens.create(ctx, { userId: user.id, name: options.name });
    info(`Khóa API "${token.name}" cho ${user.username} (chỉ hiển thị một lần):`);
    out(token.token);
  });
}

export async function tokensRevoke(id: string): Promise<void> {
  await withRuntime(async ({ services }) => {
    await services.tokens.revoke(ctx, id);
    out(`Đã thu hồi khóa ${id}.`);
  });
}

async function readPlanFile(file: string) {
  const buffer = await readFile(file).catch(() => {
    throw AppError.validation(`Không đọc được tệp ${file}.`);
  });
  return { buffer, filename: path.basename(file) };
}

/** Prints the parsed plan without touching stored data; with --json stdout carries only the JSON. */
export async function planParse(file: string, options: { json?: boolean }): Promise<void> {
  const input = await readPlanFile(file);
  await withRuntime(async ({ services }) => {
    const result = await services.plans.parse(input);
    if (options.json) return out(JSON.stringify(result, null, 2));
    const { document, items, regimes, unmatchedUnits } = result;
    out(
      `${document.type ?? 'Văn bản'} số ${document.number ?? '?'} ngày ${document.date ?? '?'}: ${document.title ?? ''}`,
    );
    out(
      `Chỉ tiêu: ${items.filter((i) => i.kind === 'indicator').length}, nhiệm vụ: ${items.filter((i) => i.kind === 'task' && i.subOrdinal === null).length}, dòng con: ${items.filter((i) => i.subOrdinal !== null).length}`,
    );
    out(`Chế độ báo cáo: ${regimes.map((r) => r.name).join('; ') || '(không có)'}`);
    // The document's own warnings: no number or date, the year guessed, the issuer to confirm.
    for (const warning of result.warnings) out(`Cảnh báo: ${warning}`);
    const flagged = items.filter((i) => i.warnings.length);
    out(`Dòng cần xem lại: ${flagged.length}`);
    for (const item of flagged)
      out(
        `  [${item.domainIndex ?? ''} ${item.ordinal ?? '-'}] ${item.content.slice(0, 60)}…: ${item.warnings.join('; ')}`,
      );
    if (unmatchedUnits.length) out(`Đơn vị chưa khớp: ${unmatchedUnits.join(', ')}`);
  });
}

export async function planImport(
  file: string,
  options: { mode: 'new' | 'update' | 'version'; confirmIssuer?: boolean },
): Promise<void> {
  const input = await readPlanFile(file);
  await withRuntime(async ({ services }) => {
    const preview = await services.plans.preview(ctx, input);
    const { items, issuer } = preview.result;
    info(`Đọc được ${items.length} dòng; ${items.filter((i) => i.warnings.length).length} dòng có cảnh báo.`);
    if (issuer.needsConfirmation) {
      info(`Cảnh báo: ${issuerWarning(issuer)}`);
      if (options.confirmIssuer !== true) {
        throw AppError.validation('Chưa lưu. Nếu đúng là kế hoạch cần nhập, chạy lại với --confirm-issuer.');
      }
    }
    const { planId } = await services.plans.commit(ctx, preview.previewId, {
      mode: options.mode,
      confirmIssuer: options.confirmIssuer === true,
    });
    out(`Đã lưu kế hoạch ${preview.result.document.number ?? ''} (mã ${planId}).`);
  });
}
