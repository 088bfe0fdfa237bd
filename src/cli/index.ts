import { pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import {
  dbMigrate,
  orgExport,
  orgImport,
  planImport,
  planParse,
  tokensCreate,
  tokensRevoke,
  usersAdd,
} from './commands.js';
import { EPILOGUE } from './help.js';
import { translateCommanderError, VIETNAMESE_HELP } from './messages.js';
import { dbBackup, dbRestore } from './backup.js';
import { reportBuild } from './report.js';
import { runCli, setCommandName } from './runtime.js';
import { usersList, usersResetPassword } from './users.js';

export const program = new Command()
  .name('baocao')
  .description(
    'baocao: công cụ dòng lệnh (dùng cùng kho dữ liệu với máy chủ: DATABASE_URL hoặc BAOCAO_DATA_DIR)',
  )
  .addHelpText('after', EPILOGUE)
  .helpOption('-h, --help', 'hiển thị trợ giúp')
  .helpCommand('help [command]', 'hiển thị trợ giúp của một lệnh')
  .configureHelp(VIETNAMESE_HELP)
  .configureOutput({ outputError: (message, write) => write(translateCommanderError(message)) })
  .showHelpAfterError('(xem thêm: --help)')
  // Errors are thrown, not exited on, so runCli maps them to the documented exit codes.
  .exitOverride()
  .hook('preAction', (_program, action) => setCommandName(action));

const db = program.command('db').description('Cơ sở dữ liệu');
db.command('migrate').description('Áp dụng các migration còn thiếu').action(dbMigrate);
db.command('backup')
  .description(
    'Sao lưu toàn bộ dữ liệu (PGlite: dừng máy chủ trước; PostgreSQL: pg_dump, chạy được khi máy chủ chạy)',
  )
  .argument('<file>', 'tệp sao lưu ghi ra')
  .action(dbBackup);
db.command('restore')
  .description('Khôi phục toàn bộ dữ liệu từ tệp sao lưu (thay dữ liệu hiện có, trong một giao dịch)')
  .argument('<file>', 'tệp sao lưu')
  .option('--yes', 'xác nhận thay toàn bộ dữ liệu hiện có')
  .action(dbRestore);

const users = program.command('users').description('Người dùng');
users
  .command('add')
  .description('Tạo người dùng')
  .requiredOption('--username <name>', 'tên đăng nhập')
  .requiredOption('--full-name <name>', 'họ và tên')
  .requiredOption('--unit <code>', 'mã đơn vị (vd. CNTT-BCVT)')
  .requiredOption('--role <roles...>', 'vai trò: admin leader unitHead staff compiler viewer')
  .option('--email <email>', 'email')
  .option('--password <password>', 'mật khẩu; bỏ trống để sinh mật khẩu tạm thời')
  .option('--json', 'in người dùng vừa tạo (và mật khẩu tạm thời) dạng JSON ra stdout')
  .action(usersAdd);
users
  .command('list')
  .description('Liệt kê người dùng: đơn vị, vai trò, trạng thái, lần đăng nhập gần nhất')
  .option('--json', 'chỉ in JSON ra stdout')
  .action(usersList);
users
  .command('reset-password')
  .description(
    'Đặt lại mật khẩu: in mật khẩu dùng một lần, buộc đổi khi đăng nhập, đăng xuất mọi phiên (khôi phục tài khoản)',
  )
  .argument('<username>', 'tên đăng nhập')
  .option('--unlock', 'mở khóa tài khoản nếu đang bị khóa')
  .option('--json', 'chỉ in JSON ra stdout')
  .action(usersResetPassword);

const org = program.command('org').description('Cây đơn vị');
org
  .command('export')
  .description('Xuất cây đơn vị')
  .addOption(new Option('--format <format>', 'định dạng').choices(['json', 'xlsx']).default('json'))
  .option('--out <file>', 'ghi ra tệp (bắt buộc với xlsx)')
  .action(orgExport);
org
  .command('import')
  .description('Nhập cây đơn vị từ tệp .json hoặc .xlsx (xem trước, rồi lưu trong một giao dịch)')
  .argument('<file>', 'tệp .json hoặc .xlsx')
  .option('--dry-run', 'chỉ xem trước, không lưu')
  .option('--json', 'in bản xem trước và kết quả dạng JSON ra stdout')
  .action(orgImport);

const tokens = program.command('tokens').description('Khóa API cho tích hợp (Authorization: Bearer …)');
tokens
  .command('create')
  .description('Tạo khóa API cho một người dùng')
  .requiredOption('--user <username>', 'người dùng sở hữu khóa')
  .option('--name <label>', 'tên gợi nhớ', 'cli')
  .action(tokensCreate);
tokens.command('revoke').description('Thu hồi khóa API').argument('<id>', 'mã khóa').action(tokensRevoke);

const plan = program.command('plan').description('Kế hoạch');
plan
  .command('parse')
  .description('Đọc tệp kế hoạch và in kết quả, không lưu gì')
  .argument('<file>', 'tệp kế hoạch: .txt (văn bản trích từ PDF), .pdf, .docx hoặc .xlsx')
  .option('--json', 'chỉ in JSON ra stdout (nhật ký ra stderr)')
  .option(
    '--org <file>',
    'đối chiếu đơn vị với tệp cây đơn vị (.xlsx/.json của org export), không cần kho dữ liệu',
  )
  .action(planParse);
plan
  .command('import')
  .description('Nhập kế hoạch vào hệ thống trong một giao dịch')
  .argument('<file>', 'tệp kế hoạch')
  .addOption(
    new Option('--mode <mode>', 'khi số kế hoạch đã có: update (cập nhật) hoặc version (phiên bản mới)')
      .choices(['new', 'update', 'version'])
      .default('new'),
  )
  .option('--json', 'in kết quả dạng JSON ra stdout')
  .option('--confirm-issuer', 'vẫn nhập khi cơ quan ban hành không phải đơn vị nhập hay cấp trên của nó')
  .action(planImport);

const report = program.command('report').description('Báo cáo tổng hợp');
report
  .command('build')
  .description('Lập báo cáo tổng hợp từ dữ liệu và ghi ra tệp Word (kèm bảng số liệu Excel nếu cần)')
  .requiredOption('--unit <code>', 'mã đơn vị tổng hợp (vd. STTTT-AG, BTTTT)')
  .requiredOption('--period <code>', 'kỳ báo cáo: 2024-H1, 2024-Q2, 2024 …')
  .requiredOption('--out <file>', 'tệp .docx ghi ra')
  .option('--xlsx <file>', 'ghi các bảng số liệu ra tệp .xlsx')
  .addOption(
    new Option('--kind <kind>', 'department: báo cáo của Sở; upward: tổng hợp báo cáo các đơn vị gửi lên')
      .choices(['department', 'upward'])
      .default('department'),
  )
  .option('--regime <id>', 'chỉ lấy báo cáo theo chế độ báo cáo này')
  .option('--json', 'in kết quả dạng JSON ra stdout (các dòng thông báo ra stderr)')
  .action(reportBuild);

export { renderCliReference, withCliReference } from './help.js';

/** Runs the CLI on the process's arguments; returns the exit code (see EXIT_CODES). */
export const main = (argv = process.argv) => runCli(program, argv);

// Run when executed directly (tsx src/cli/index.ts, node dist/cli/baocao.mjs); the bin launcher calls main().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
