import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanParseResult } from '../../../domain/plan-import/index.js';
import { AppError } from '../../common/errors.js';
import type { ReadMode, ReadOutcome, ReadRequest } from './read-worker.js';

export interface WorkerLimits {
  /** V8 old-generation heap of a reading thread. */
  heapMb: number;
  timeoutMs: number;
  /** Threads at most; more reads wait their turn, so ten hostile uploads do not take ten heaps. */
  threads: number;
  /** An idle thread is ended after this long, giving its memory back. */
  idleMs: number;
}

export const WORKER_LIMITS: WorkerLimits = { heapMb: 512, timeoutMs: 60_000, threads: 2, idleMs: 30_000 };

const TOO_BIG = 'Tệp quá lớn hoặc quá phức tạp để đọc; hãy tách thành tệp nhỏ hơn.';
const TOO_SLOW = (seconds: number) => `Đọc tệp quá ${seconds} giây; tệp quá lớn hoặc quá phức tạp.`;
const UNREADABLE = 'Tệp bị hỏng hoặc không đọc được.';

/**
 * From source the worker is TypeScript run through tsx (as `npm start` runs the server): tsx is
 * registered in the thread first, since a worker does not inherit the parent's loader hooks. The
 * compiled CLI (dist/cli/baocao.mjs, scripts/build-cli.mjs) carries the worker compiled beside it as
 * plain JS, since `npx baocao` never goes through tsx.
 */
const COMPILED_WORKER = new URL('./read-worker.mjs', import.meta.url);

function workerEntry(): { source: string | URL; eval: boolean } {
  if (existsSync(fileURLToPath(COMPILED_WORKER))) return { source: COMPILED_WORKER, eval: false };
  const workerUrl = new URL('./read-worker.ts', import.meta.url).href;
  const tsxApiUrl = pathToFileURL(
    path.join(
      path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
      'dist/esm/api/index.mjs',
    ),
  ).href;
  return {
    source: `import(${JSON.stringify(tsxApiUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`,
    eval: true,
  };
}

interface Thread {
  worker: Worker;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * Reads plan documents in worker threads with a heap limit and a time limit. Starting a thread
 * costs seconds (tsx, pdf.js, ExcelJS), so a thread serves one read after another; it is ended
 * after any failed read (a limit crossed, a timeout, out of memory, a corrupt file) and when idle,
 * so whatever a hostile file made the reader allocate goes with it.
 */
export class PlanReaderPool {
  private readonly idle: Thread[] = [];
  private busy = 0;
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;

  constructor(private readonly limits: WorkerLimits = WORKER_LIMITS) {}

  async read(buffer: Buffer, filename: string, mode: ReadMode = 'plan'): Promise<PlanParseResult> {
    if (this.busy >= this.limits.threads) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy++;
    const thread = this.idle.pop() ?? this.spawn();
    if (thread.idleTimer) clearTimeout(thread.idleTimer);
    // Referenced while reading (a CLI process must wait for it), not while parked.
    thread.worker.ref();
    let healthy = false;
    try {
      const outcome = await this.run(thread, buffer, filename, mode);
      if (!outcome.ok) throw new AppError(outcome.code, outcome.message);
      healthy = true;
      return outcome.result;
    } finally {
      this.busy--;
      if (healthy) this.park(thread);
      else void thread.worker.terminate();
      this.waiting.shift()?.();
    }
  }

  /** Threads alive: reading or parked. */
  get threads(): number {
    return this.idle.length + this.busy;
  }

  /** Ends every thread (server shutdown, tests). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((t) => t.worker.terminate()));
  }

  private spawn(): Thread {
    const entry = workerEntry();
    const worker = new Worker(entry.source, {
      eval: entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    return { worker, idleTimer: null };
  }

  private park(thread: Thread): void {
    thread.worker.unref();
    thread.idleTimer = setTimeout(() => {
      const at = this.idle.indexOf(thread);
      if (at >= 0) this.idle.splice(at, 1);
      void thread.worker.terminate();
    }, this.limits.idleMs).unref();
    this.idle.push(thread);
  }

  private run(thread: Thread, buffer: Buffer, filename: string, mode: ReadMode): Promise<ReadOutcome> {
    const { worker } = thread;
    const id = this.nextId++;
    return new Promise<ReadOutcome>((resolve, reject) => {
      const done = (action: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        action();
      };
      const onMessage = (message: { id: number; outcome: ReadOutcome }) => {
        if (message.id === id) done(() => resolve(message.outcome));
      };
      const onError = (error: NodeJS.ErrnoException) =>
        done(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AppError('PAYLOAD_TOO_LARGE', TOO_BIG)
              : AppError.validation(UNREADABLE),
          ),
        );
      const onExit = () => done(() => reject(new AppError('PAYLOAD_TOO_LARGE', TOO_BIG)));
      const timer = setTimeout(
        () => done(() => reject(new AppError('PAYLOAD_TOO_LARGE', TOO_SLOW(this.limits.timeoutMs / 1000)))),
        this.limits.timeoutMs,
      );
      worker.on('message', onMessage).once('error', onError).once('exit', onExit);
      const request: ReadRequest = { id, buffer: new Uint8Array(buffer), filename, mode };
      worker.postMessage(request);
    });
  }
}

const sharedPool = new PlanReaderPool();

/** Reading threads alive in this process (the hostile-file test checks a failed read leaves none). */
export const readerThreads = (): number => sharedPool.threads;

/** Reads an uploaded plan within the limits (limits.ts, WORKER_LIMITS); 413 or 400 otherwise. */
export function readPlanDocumentBounded(buffer: Buffer, filename: string): Promise<PlanParseResult> {
  return sharedPool.read(buffer, filename);
}

/** Reads an uploaded directive document within the same limits (domain/directives/parse.ts). */
export function readDirectiveDocumentBounded(buffer: Buffer, filename: string): Promise<PlanParseResult> {
  return sharedPool.read(buffer, filename, 'directive');
}
