import { CommanderError, type Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { AppError } from '../server/common/errors.js';
import { describeStore, migrateToLatest, openDatabase, type DatabaseHandle } from '../server/db/database.js';
import { StoreUnavailableError } from '../server/db/store-lock.js';
import { createServices, type Services } from '../server/services.js';

export interface CliRuntime {
  database: DatabaseHandle;
  services: Services;
  /** "PGlite tại /srv/baocao/data", "PostgreSQL postgres://…": which store the command works on. */
  store: string;
}

/** Documented in the README (section "Command line"); scripts rely on them. */
export const EXIT_CODES = {
  ok: 0,
  /** Bad input: unknown option, unreadable file, validation error, unknown unit or user. */
  badInput: 1,
  /** The store cannot be used: held by another process, missing, or PostgreSQL unreachable. */
  storeUnavailable: 2,
  /** An unexpected error (a bug): the message and stack go to stderr. */
  internal: 3,
} as const;

let commandName = 'baocao';

/** The running subcommand ("baocao users list"), recorded in the store lock so a second process can name it. */
export function setCommandName(command: Command): void {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  commandName = names.join(' ');
}

export interface RuntimeOptions {
  /** Apply missing migrations first (commands that write). */
  migrate?: boolean;
  /** Read-only commands never create an empty PGlite store where none exists. */
  mustExist?: boolean;
}

/**
 * Opens the store the server would use (DATABASE_URL or BAOCAO_DATA_DIR). A PGlite directory is
 * locked for the duration: if the server (or another CLI) holds it, this fails with exit code 2.
 */
export async function withRuntime<T>(
  work: (runtime: CliRuntime) => Promise<T>,
  options: RuntimeOptions = { migrate: true },
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.store, undefined, {
    holder: commandName,
    ...(options.mustExist ? { mustExist: true } : {}),
  });
  try {
    if (options.migrate ?? true) await migrateToLatest(database.db);
    return await work({
      database,
      services: createServices(database.db, config),
      store: describeStore(config.store),
    });
  } finally {
    await database.close();
  }
}

/** Output meant for the user goes to stdout; everything else to stderr so stdout can be piped. */
export const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
export const info = (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '3D000', // database does not exist
  '28P01', // password authentication failed
  '28000', // no pg_hba.conf entry
]);

/** Maps what went wrong to a Vietnamese message and one of EXIT_CODES. */
export function describeFailure(error: unknown): { code: number; message: string } {
  if (error instanceof CommanderError) return { code: error.exitCode === 0 ? 0 : 1, message: '' };
  if (error instanceof StoreUnavailableError)
    return { code: EXIT_CODES.storeUnavailable, message: error.message };
  if (error instanceof AppError)
    return {
      code: error.code === 'INTERNAL' ? EXIT_CODES.internal : EXIT_CODES.badInput,
      message: `Lỗi: ${error.message}`,
    };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
    const store = describeStore(loadConfig().store);
    return {
      code: EXIT_CODES.storeUnavailable,
      message: `Không kết nối được ${store} (${code}: ${(error as Error).message}). Kiểm tra DATABASE_URL và máy chủ PostgreSQL.`,
    };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: EXIT_CODES.internal, message: `Lỗi không mong đợi: ${detail}` };
}

/**
 * Runs the program: stdout carries only the command's output (JSON with --json), everything else goes
 * to stderr, and the exit code says what happened.
 */
export async function runCli(program: Command, argv = process.argv): Promise<number> {
  // Libraries that log with console.log (pdf.js warnings) must not mix into piped output.
  console.log = console.error;
  console.info = console.error;
  // `baocao users list | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    await program.parseAsync(argv);
    return EXIT_CODES.ok;
  } catch (error) {
    const { code, message } = describeFailure(error);
    if (message) process.stderr.write(`${message}\n`);
    return code;
  }
}
