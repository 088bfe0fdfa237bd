import { parentPort } from 'node:worker_threads';
import { AppError } from '../../common/errors.js';
import { readDirectiveDocument, readPlanDocument } from './index.js';
import { checkOfficeFile, checkPdfFile } from './limits.js';

export interface ReadRequest {
  id: number;
  buffer: Uint8Array;
  filename: string;
  /** A plan (appendix table) or a directive (numbered items); plan when absent. */
  mode?: ReadMode;
}

export type ReadMode = 'plan' | 'directive';

/** The answer to one read; errors travel as their code and Vietnamese message. */
export type ReadOutcome =
  | { ok: true; result: Awaited<ReturnType<typeof readPlanDocument>> }
  | { ok: false; code: AppError['code']; message: string };

/**
 * Runs in a worker thread (see bounded.ts): the limits first, then the unchanged reader entry point.
 * Whatever the reader allocates lives in this thread's heap and goes when the thread ends.
 */
async function read(buffer: Buffer, filename: string, mode: ReadMode): Promise<ReadOutcome> {
  try {
    const extension = /\.[^.]+$/.exec(filename.toLowerCase())?.[0];
    if (extension === '.docx') checkOfficeFile(buffer, 'DOCX');
    if (extension === '.xlsx') checkOfficeFile(buffer, 'XLSX');
    if (extension === '.pdf') await checkPdfFile(buffer);
    const result =
      mode === 'directive'
        ? await readDirectiveDocument(buffer, filename)
        : await readPlanDocument(buffer, filename);
    return { ok: true, result };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'VALIDATION_FAILED', message: 'Tệp bị hỏng hoặc không đọc được.' };
  }
}

parentPort?.on('message', (request: ReadRequest) => {
  void read(Buffer.from(request.buffer), request.filename, request.mode ?? 'plan').then((outcome) =>
    parentPort?.postMessage({ id: request.id, outcome }),
  );
});
