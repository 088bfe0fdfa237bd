import { AppError } from '../server/common/errors.js';
import { loadConfig } from '../server/config.js';
import { backupStore, restoreStore } from '../server/backup/backup.js';
import { info, out } from './runtime.js';

/** `db backup <file>`: the store the server uses (DATABASE_URL or BAOCAO_DATA_DIR). */
export async function dbBackup(file: string): Promise<void> {
  const { store } = loadConfig();
  const result = await backupStore(store, file);
  out(`Đã sao lưu kho ${result.format} vào ${result.file} (${(result.bytes / 1024).toFixed(0)} KB).`);
}

/** `db restore <file>`: replaces the store's contents with the backup's, all or nothing. */
export async function dbRestore(file: string, options: { yes?: boolean }): Promise<void> {
  const { store } = loadConfig();
  if (!options.yes) {
    // Bad input (exit code 1), said before anything is read or touched.
    throw AppError.validation(
      'Khôi phục sẽ THAY TOÀN BỘ dữ liệu hiện có bằng dữ liệu trong bản sao lưu. Chạy lại với --yes để xác nhận.',
    );
  }
  const result = await restoreStore(store, file);
  out(`Đã khôi phục kho ${result.format} từ ${file}.`);
  if (result.previousDataDir) out(`Thư mục dữ liệu cũ được giữ tại ${result.previousDataDir}.`);
  info('Khởi động máy chủ: các migration mới hơn bản sao lưu (nếu có) sẽ được áp dụng.');
}
