import { writeFile } from 'node:fs/promises';
import { formatNumber } from '../domain/tracking/format.js';
import { systemContext } from '../server/common/context.js';
import { AppError } from '../server/common/errors.js';
import { periodFromCode } from '../server/common/period.js';
import type { Services } from '../server/services.js';
import { info, out, withRuntime } from './runtime.js';

export interface ReportBuildOptions {
  unit: string;
  period: string;
  out: string;
  xlsx?: string;
  kind?: 'department' | 'upward';
  regime?: string;
  json?: boolean;
}

/** What `report build --json` prints: the stored report and what a compiler checks first. */
export interface ReportBuildResult {
  reportId: string;
  unitName: string;
  summary: string;
  sections: string[];
  completion: string | null;
  issues: string[];
  files: string[];
  /** The text output, line by line. */
  lines: string[];
}

/**
 * Builds and stores a consolidated report for a unit (by code) and writes the DOCX (and the tables
 * as XLSX), then prints what a compiler checks first: the sections, the computed completion rate
 * and any figures that contradict each other. Returns the printed lines.
 */
export async function buildReportFiles(
  services: Services,
  options: ReportBuildOptions,
  print: (line: string) => void = out,
): Promise<ReportBuildResult> {
  const ctx = systemContext('cli');
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    print(line);
  };
  const unit = (await services.orgUnits.listAll()).find(
    (u) => u.code.toLowerCase() === options.unit.toLowerCase(),
  );
  if (!unit) throw AppError.validation(`Không có đơn vị mã "${options.unit}".`);
  const report = await services.consolidation.build(ctx, {
    unitId: unit.id,
    period: periodFromCode(options.period),
    kind: options.kind ?? 'department',
    ...(options.regime ? { regimeId: options.regime } : {}),
  });
  const docx = await services.consolidation.docx(ctx, report.id);
  await writeFile(options.out, docx.content);
  if (options.xlsx)
    await writeFile(options.xlsx, (await services.consolidation.xlsx(ctx, report.id)).content);
  const { draft } = report;
  const headings = draft.blocks.filter(
    (b) => b.content.kind === 'heading' && b.content.level === 1 && b.appendix === null,
  );
  say(`Báo cáo: ${draft.summary} – ${report.unitName} (mã ${report.id})`);
  say(`Các mục (${formatNumber(headings.length)}):`);
  for (const h of headings) if (h.content.kind === 'heading') say(`  ${h.content.text}`);
  if (draft.appendices.length > 0)
    say(`Phụ lục: ${draft.appendices.map((a) => `${a.label} – ${a.title}`).join('; ')}`);
  if (draft.completion) say(`Tỷ lệ hoàn thành nhiệm vụ (hệ thống tính): ${draft.completion.sentence}`);
  const missing = draft.blocks.find((b) => b.id === 'missing-units');
  if (missing?.content.kind === 'paragraph') say(missing.content.text);
  const { issues } = await services.consolidation.checks(ctx, report.id);
  if (issues.length === 0) say('Kiểm tra số liệu: không phát hiện mâu thuẫn.');
  else {
    say(`Cảnh báo số liệu (${formatNumber(issues.length)}):`);
    for (const issue of issues) say(`  - ${issue.message}`);
  }
  say(`Đã ghi ${options.out}${options.xlsx ? ` và ${options.xlsx}` : ''}.`);
  return {
    reportId: report.id,
    unitName: report.unitName,
    summary: draft.summary,
    sections: headings.flatMap((h) => (h.content.kind === 'heading' ? [h.content.text] : [])),
    completion: draft.completion?.sentence ?? null,
    issues: issues.map((i) => i.message),
    files: [options.out, ...(options.xlsx ? [options.xlsx] : [])],
    lines,
  };
}

export async function reportBuild(options: ReportBuildOptions): Promise<void> {
  await withRuntime(async ({ services, store }) => {
    // Progress on stderr: building a ministry report over many units takes a while.
    info(`Kho dữ liệu: ${store}. Đang lập báo cáo ${options.unit} kỳ ${options.period}…`);
    // With --json the text goes to stderr and stdout carries only the result.
    const result = await buildReportFiles(services, options, options.json ? info : out);
    if (options.json) out(JSON.stringify(result, null, 2));
  });
}
