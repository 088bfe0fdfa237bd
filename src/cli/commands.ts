import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROLE_LABELS, ROLES, isRole } from '../domain/access/roles.js';
import { issuerWarning } from '../domain/plans/import-result.js';
import { generatePassword } from '../server/credentials/password.js';
import { systemContext } from '../server/common/context.js';
import { AppError } from '../server/common/errors.js';
import { migrateToLatest } from '../server/db/database.js';
import type { PlanImportResult } from '../domain/plans/import-result.js';
import { formatDisplayDate } from '../domain/text/display.js';
import { formatNumber } from '../domain/tracking/format.js';
import { readOrgUnitsFile } from '../server/org-units/org-units.exchange.js';
import { parsePlanAgainst } from '../server/plans/plans.service.js';
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
  json?: boolean;
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
    const temporaryPassword = options.password === undefined ? password : null;
    if (options.json) return out(JSON.stringify({ user, temporaryPassword }, null, 2));
    out(`Đã tạo ${user.username} (${user.roles.map((r) => ROLE_LABELS[r]).join(', ')}) thuộc ${unit.name}.`);
    if (temporaryPassword) out(`Mật khẩu tạm thời: ${temporaryPassword} (phải đổi khi đăng nhập lần đầu)`);
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

export async function orgImport(file: string, options: { dryRun?: boolean; json?: boolean }): Promise<void> {
  const buffer = await readFile(file).catch(() => {
    throw AppError.validation(`Không đọc được tệp ${file}.`);
  });
  await withRuntime(async ({ services }) => {
    const preview = await services.orgUnits.previewImport(ctx, { buffer, filename: path.basename(file) });
    const label = { create: 'thêm mới', update: 'cập nhật', unchanged: 'không đổi' } as const;
    // With --json the preview table goes to stderr and stdout carries one JSON object at the end.
    const say = options.json ? info : out;
    const { rows, summary } = preview;
    const result = (committed: { created: number; updated: number } | null) =>
      options.json &&
      out(JSON.stringify({ rows, summary, dryRun: Boolean(options.dryRun), committed }, null, 2));
    for (const row of preview.rows) {
      say(
        `${row.errors.length ? '✗' : '✓'} ${row.code.padEnd(14)} ${label[row.action].padEnd(10)} ${row.name}`,
      );
      for (const error of row.errors) say(`    ${error}`);
    }
    const { create, update, unchanged, errors } = preview.summary;
    const n = formatNumber;
    say(`Tổng: ${n(create)} thêm mới, ${n(update)} cập nhật, ${n(unchanged)} không đổi, ${n(errors)} lỗi.`);
    if (errors > 0 || options.dryRun) result(null);
    if (errors > 0) throw AppError.validation('Tệp có lỗi; không có thay đổi nào được lưu.');
    if (options.dryRun) return say('Chạy thử (--dry-run): không lưu gì.');
    const committed = await services.orgUnits.commitImport(ctx, preview.previewId);
    say(`Đã nhập: ${n(committed.created)} thêm mới, ${n(committed.updated)} cập nhật.`);
    result(committed);
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

/**
 * Prints the parsed plan without touching stored data; with --json stdout carries only the JSON.
 * Unit names are resolved against the store (which one is said on stderr) or, with --org, against an
 * org export file and no store at all.
 */
export async function planParse(file: string, options: { json?: boolean; org?: string }): Promise<void> {
  const input = await readPlanFile(file);
  const print = (result: PlanImportResult): void => {
    if (options.json) out(JSON.stringify(result, null, 2));
    else printPlan(result);
  };
  const announce = (source: string, units: number) => {
    info(`Đối chiếu đơn vị với ${source}: ${formatNumber(units)} đơn vị.`);
    if (units === 0)
      info(
        'Cảnh báo: không có đơn vị nào để đối chiếu, mọi đơn vị sẽ là "chưa khớp". Đặt BAOCAO_DATA_DIR ' +
          '(hoặc DATABASE_URL) về kho của máy chủ, hoặc dùng --org don-vi.xlsx (npx baocao org export).',
      );
  };
  if (options.org) {
    const orgFile = await readFile(options.org).catch(() => {
      throw AppError.validation(`Không đọc được tệp đơn vị ${options.org ?? ''}.`);
    });
    const units = await readOrgUnitsFile({ buffer: orgFile, filename: path.basename(options.org) });
    announce(`tệp ${options.org}`, units.length);
    print(await parsePlanAgainst(input, units, new Date()));
    return;
  }
  await withRuntime(
    async ({ services, store }) => {
      announce(`kho dữ liệu ${store}`, (await services.orgUnits.listAll()).length);
      print(await services.plans.parse(input));
    },
    { migrate: false, mustExist: true },
  );
}

function printPlan({ document, items, regimes, unmatchedUnits, warnings }: PlanImportResult): void {
  const count = (n: number) => formatNumber(n);
  out(
    `${document.type ?? 'Văn bản'} số ${document.number ?? '?'} ngày ${document.date ? formatDisplayDate(document.date) : '?'}: ${document.title ?? ''}`,
  );
  out(
    `Chỉ tiêu: ${count(items.filter((i) => i.kind === 'indicator').length)}, nhiệm vụ: ${count(items.filter((i) => i.kind === 'task' && i.subOrdinal === null).length)}, dòng con: ${count(items.filter((i) => i.subOrdinal !== null).length)}`,
  );
  out(`Chế độ báo cáo: ${regimes.map((r) => r.name).join('; ') || '(không có)'}`);
  // The document's own warnings: no number or date, the year guessed, the issuer to confirm.
  for (const warning of warnings) out(`Cảnh báo: ${warning}`);
  const flagged = items.filter((i) => i.warnings.length);
  out(`Dòng cần xem lại: ${count(flagged.length)}`);
  for (const item of flagged)
    out(
      `  [${item.domainIndex ?? ''} ${item.ordinal ?? '-'}] ${item.content.slice(0, 60)}…: ${item.warnings.join('; ')}`,
    );
  if (unmatchedUnits.length)
    out(`Đơn vị chưa khớp (${count(unmatchedUnits.length)}): ${unmatchedUnits.join(', ')}`);
}

export async function planImport(
  file: string,
  options: { mode: 'new' | 'update' | 'version'; json?: boolean; confirmIssuer?: boolean },
): Promise<void> {
  const input = await readPlanFile(file);
  await withRuntime(async ({ services }) => {
    const preview = await services.plans.preview(ctx, input);
    const { items, issuer } = preview.result;
    info(
      `Đọc được ${formatNumber(items.length)} dòng; ${formatNumber(items.filter((i) => i.warnings.length).length)} dòng có cảnh báo.`,
    );
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
    const number = preview.result.document.number;
    if (options.json) return out(JSON.stringify({ planId, number, items: items.length }, null, 2));
    out(`Đã lưu kế hoạch ${number ?? ''} (mã ${planId}).`);
  });
}
