import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  type ReportDraft,
  type ReportHeader,
  draftTables,
  toOfficialDocument,
} from '../../domain/consolidation/index.js';
import type { Table } from '../../domain/documents/official-document.js';
import { writeDocx } from '../documents/docx-writer.js';
import { writeTablesXlsx } from '../documents/xlsx-writer.js';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF = 'application/pdf';

export interface ReportFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export async function reportDocx(draft: ReportDraft, header: ReportHeader): Promise<Buffer> {
  return writeDocx(toOfficialDocument(draft, header));
}

/** The draft's tables, then the tables of every cell kept out of it (an upward report's unit figures). */
export async function reportXlsx(draft: ReportDraft, extra: readonly Table[] = []): Promise<Buffer> {
  return writeTablesXlsx([...draftTables(draft), ...extra]);
}

/** LibreOffice under either of its names, if installed; PDF export is offered only then. */
export function officeBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

const run = promisify(execFile);

/** Converts the DOCX with LibreOffice in a private temporary directory, which is removed afterwards. */
export async function docxToPdf(binary: string, docx: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'baocao-pdf-'));
  try {
    const input = path.join(dir, 'bao-cao.docx');
    await writeFile(input, docx);
    await run(
      binary,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      {
        timeout: 120_000,
      },
    );
    return await readFile(path.join(dir, 'bao-cao.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
