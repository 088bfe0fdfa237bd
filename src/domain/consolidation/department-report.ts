import { compareIsoDates, nextPeriod, parsePeriodCode } from '../calendar/index.js';
import { completionSentence } from '../tracking/index.js';
import { Blocks } from './blocks.js';
import { departmentCompletion } from './completion.js';
import { type ReportDraft, documentDate, domainTitle } from './draft.js';
import { completionParagraph, evaluationTable } from './evaluation-table.js';
import {
  type DepartmentReportInput,
  type IndicatorFacts,
  inSentence,
  indicatorResult,
  labelOf,
} from './facts.js';
import { type ReportPart, domainKey } from './submission-text.js';

export const EVALUATION_APPENDIX = 'appendix:evaluation';

/** Domains in the plan's order, then any the data names that the plan did not list. */
function domainOrder(input: DepartmentReportInput): string[] {
  const out: string[] = [];
  const add = (d: string | null) => {
    if (d !== null && d.trim() !== '' && !out.some((o) => domainKey(o) === domainKey(d))) out.push(d);
  };
  input.domains.forEach(add);
  input.indicators.forEach((i) => add(i.domain));
  input.tasks.forEach((t) => add(t.domain));
  return out;
}

/** The figure sentence of "Số liệu lĩnh vực": "Tỷ lệ …: đến Quý II/2024 đạt tỷ lệ 65% (…); chỉ tiêu năm 2024: ≥ 75%." */
export function indicatorSentence(indicator: IndicatorFacts, year: number): string {
  const label = (indicator.label?.trim() || indicator.content).replace(/[.;:]\s*$/, '');
  const result = indicatorResult(indicator);
  const target = indicator.targetText ? `; chỉ tiêu năm ${year}: ${indicator.targetText}` : '';
  return `${label}: ${result.charAt(0).toLowerCase()}${result.slice(1)}${target}.`;
}

/**
 * The department's report for a period in the shape of seed 001 (báo cáo sơ kết 6 tháng của Sở):
 * highlights, results by domain with figures and the units' text, the evaluation of indicators and
 * tasks with the computed completion rate, difficulties and solutions, and next period's tasks.
 */
export function buildDepartmentReport(input: DepartmentReportInput): ReportDraft {
  const period = parsePeriodCode(input.periodCode);
  const next = nextPeriod(period);
  const label = inSentence(labelOf(period.code));
  const nextLabel = inSentence(labelOf(next.code));
  const domains = domainOrder(input);
  const completion = departmentCompletion(input);
  const b = new Blocks(input.submissions);
  const kind = period.kind === 'year' ? 'tổng kết' : 'sơ kết';
  b.basis(input.basis);
  b.add('intro', 'Phần mở đầu', {
    kind: 'paragraph',
    text: `${input.unit.name} báo cáo ${kind} công tác ${label} và nhiệm vụ trọng tâm ${nextLabel}, như sau:`,
  });

  b.heading('heading:highlights', '1.', `Kết quả hoạt động nổi bật ${label}`, 1);
  if (b.fromUnits('highlights', null, [], 'Mục 1') === 0)
    b.add('highlights:none', 'Mục 1', {
      kind: 'paragraph',
      text: 'Các đơn vị chưa báo cáo hoạt động nổi bật trong kỳ.',
    });

  b.heading('heading:results', '2.', 'Kết quả thực hiện nhiệm vụ theo lĩnh vực', 1);
  b.fromUnits('results', null, domains, 'Mục 2');
  domains.forEach((domain, d) => {
    const key = domainKey(domain);
    const n = `2.${d + 1}`;
    b.heading(`heading:results:${key}`, `${n}.`, `Về ${domain}`, 2);
    const indicators = input.indicators.filter((i) => i.domain !== null && domainKey(i.domain) === key);
    let sub = 0;
    if (indicators.length > 0) {
      sub += 1;
      b.heading(`heading:results:${key}:figures`, `${n}.${sub}.`, 'Số liệu lĩnh vực', 3);
      for (const indicator of indicators)
        b.add(`indicator:${indicator.id}`, `Mục ${n}.${sub}`, {
          kind: 'paragraph',
          text: indicatorSentence(indicator, period.year),
        });
    }
    sub += 1;
    b.heading(`heading:results:${key}:text`, `${n}.${sub}.`, 'Kết quả thực hiện', 3);
    if (b.fromUnits('results', domain, domains, `Mục ${n}.${sub}`) === 0)
      b.add(`results:${key}:none`, `Mục ${n}.${sub}`, {
        kind: 'paragraph',
        text: 'Các đơn vị chưa báo cáo kết quả thực hiện lĩnh vực này.',
      });
  });
  if (input.fakeNewsSentences && input.fakeNewsSentences.length > 0) {
    const n = `2.${domains.length + 1}`;
    b.heading('heading:results:fake-news', `${n}.`, 'Về công tác xử lý tin giả, tin sai sự thật', 2);
    input.fakeNewsSentences.forEach((text, i) => {
      b.add(`fake-news:${i}`, `Mục ${n}`, { kind: 'paragraph', text });
    });
  }

  b.heading('heading:evaluation', '3.', `Đánh giá kết quả thực hiện chỉ tiêu, nhiệm vụ ${label}`, 1);
  b.add('completion', 'Mục 3', {
    kind: 'paragraph',
    text: completionParagraph(completion.tasks, period.code, completion.asOf),
  });
  b.add('evaluation:reference', 'Mục 3', {
    kind: 'paragraph',
    text: 'Chi tiết kết quả thực hiện từng chỉ tiêu, nhiệm vụ tại Phụ lục I kèm theo.',
    italic: true,
  });
  b.add(
    'evaluation-table',
    'Phụ lục I',
    { kind: 'table', table: evaluationTable(period.code, input.indicators, input.tasks, completion) },
    EVALUATION_APPENDIX,
  );

  b.heading('heading:problems', '4.', 'Khó khăn, tồn tại, hạn chế và giải pháp tháo gỡ', 1);
  const partByDomain = (part: ReportPart, number: string, title: string, empty: string) => {
    b.heading(`heading:${part}`, `${number}.`, title, 2);
    b.fromUnits(part, null, domains, `Mục ${number}`);
    let sub = 0;
    let added = 0;
    for (const domain of domains) {
      if (!b.has(part, domain, domains)) continue;
      sub += 1;
      b.heading(`heading:${part}:${domainKey(domain)}`, `${number}.${sub}.`, domainTitle(domain), 3);
      added += b.fromUnits(part, domain, domains, `Mục ${number}.${sub}`);
    }
    if (added === 0 && !b.has(part, null, domains))
      b.add(`${part}:none`, `Mục ${number}`, { kind: 'paragraph', text: empty });
  };
  partByDomain(
    'difficulties',
    '4.1',
    'Khó khăn, tồn tại, hạn chế',
    'Các đơn vị chưa báo cáo khó khăn, vướng mắc.',
  );
  partByDomain(
    'solutions',
    '4.2',
    'Giải pháp tháo gỡ khó khăn',
    'Các đơn vị chưa đề xuất giải pháp, kiến nghị.',
  );

  b.heading('heading:next', '5.', `Nhiệm vụ trọng tâm ${nextLabel}`, 1);
  const proposals = nextTasks(input, completion.entries, next.start, next.end);
  let sub = 0;
  for (const domain of [...domains, null]) {
    const items = proposals.filter((p) => p.domain === domain).map((p) => p.text);
    const fromUnits = b.has('nextTasks', domain, domains);
    if (items.length === 0 && !fromUnits) continue;
    sub += 1;
    const n = `5.${sub}`;
    b.heading(
      `heading:next:${domainKey(domain)}`,
      `${n}.`,
      domain === null ? 'Nhiệm vụ khác' : domainTitle(domain),
      2,
    );
    if (items.length > 0) b.add(`next-tasks:${domainKey(domain)}`, `Mục ${n}`, { kind: 'list', items });
    b.fromUnits('nextTasks', domain, domains, `Mục ${n}`);
  }
  if (sub === 0)
    b.add('next:none', 'Mục 5', { kind: 'paragraph', text: `Không có nhiệm vụ đến hạn trong ${nextLabel}.` });

  return {
    kind: 'department',
    periodCode: period.code,
    summary: `${kind === 'tổng kết' ? 'Tổng kết' : 'Sơ kết'} công tác ${label} và nhiệm vụ trọng tâm ${nextLabel}`,
    blocks: b.list,
    appendices: [
      {
        id: EVALUATION_APPENDIX,
        label: 'Phụ lục I',
        title: `Đánh giá kết quả thực hiện chỉ tiêu, nhiệm vụ ${label}`,
        landscape: true,
      },
    ],
    recipients: [...(input.recipients ?? ['Ban Giám đốc Sở', 'Các phòng, đơn vị thuộc Sở', 'Lưu: VT, KHTC'])],
    removed: [],
    completion: {
      countBasis: completion.tasks.countBasis,
      asOf: completion.asOf,
      sentence: completionSentence(completion.tasks),
      due: completion.tasks.due,
      done: completion.tasks.dueDone,
      doneOnTime: completion.tasks.doneOnTime,
      doneLate: completion.tasks.doneLate,
      overdue: completion.tasks.overdue,
      inProgress: completion.tasks.inProgress,
      noDeadline: completion.tasks.noDeadline,
      rate: completion.tasks.completionRate,
    },
    builtOn: input.today,
  };
}

interface Proposal {
  domain: string | null;
  text: string;
}

/**
 * Next period's work, proposed from the plan: tasks still open from this period first ("Tiếp tục
 * thực hiện"), then those falling due in the next one, each with its lead unit.
 */
function nextTasks(
  input: DepartmentReportInput,
  outcomes: readonly { taskId: string; outcome: string }[],
  from: string,
  to: string,
): Proposal[] {
  const domainOf = (d: string | null) =>
    d === null ? null : (domainOrder(input).find((x) => domainKey(x) === domainKey(d)) ?? null);
  const lead = (name: string | null) => (name ? ` (${name} chủ trì)` : '');
  const out: Proposal[] = [];
  const listed = new Set<string>();
  for (const { taskId, outcome } of outcomes) {
    if (outcome === 'doneOnTime' || outcome === 'doneLate' || outcome === 'cancelled') continue;
    const task = input.tasks.find((t) => t.id === taskId);
    if (!task) continue;
    listed.add(task.id);
    out.push({
      domain: domainOf(task.domain),
      text: `Tiếp tục thực hiện: ${task.content}${lead(task.leadUnitName)}.`,
    });
  }
  for (const task of input.tasks) {
    if (listed.has(task.id)) continue;
    const due = task.occurrences
      .filter(
        (o) =>
          o.dueDate !== null &&
          o.status !== 'done' &&
          o.status !== 'cancelled' &&
          compareIsoDates(o.dueDate, from) >= 0 &&
          compareIsoDates(o.dueDate, to) <= 0,
      )
      .map((o) => o.dueDate as string)
      .sort(compareIsoDates)[0];
    if (due === undefined) continue;
    out.push({
      domain: domainOf(task.domain),
      text: `${task.content}${lead(task.leadUnitName)}, hạn ${documentDate(due)}.`,
    });
  }
  return out;
}
