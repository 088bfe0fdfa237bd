import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestContext } from '../../../test/support/app.js';
import { aDepartmentReport, type ErrorBody, type Report } from '../../../test/support/consolidation.js';

// Figures in text are facts: the compiler rewrites the computed completion paragraph the way seed
// 001 did ("33% (2/9)") while the data gives 3/4. The checks name it, the files do not go out
// without a reason, and the reason is in the audit log.

interface Issue {
  code: string;
  location: string;
  blockId: string | null;
  figure?: { measure: string; sentence: string; stated: string; actual: string };
}
interface Contradictions extends ErrorBody {
  error: ErrorBody['error'] & {
    details: { contradictions: { location: string; sentence: string; stated: string; actual: string }[] };
  };
}

const EDITED =
  'Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn ước đạt khoảng 33% (2/9 nhiệm vụ).';

describe('figures in edited text against the data', () => {
  let t: TestContext;
  let compiler: Session;
  let leader: Session;
  let report: Report;
  const url = (path = '') => `/api/consolidated-reports/${report.id}${path}`;

  beforeAll(async () => {
    ({ t, compiler, leader, report } = await aDepartmentReport());
  });
  afterAll(() => t.close());

  it('finds nothing to question in the draft as the system wrote it', async () => {
    const res = await compiler.request('GET', url('/checks'));
    expect(res.json<{ issues: Issue[] }>().issues.filter((i) => i.code === 'figureMismatch')).toEqual([]);
    expect((await compiler.request('GET', url('/document.docx'))).statusCode).toBe(200);
  });

  it('reports "33% (2/9)" in the edited completion paragraph with section, sentence and both figures', async () => {
    expect(report.draft.completion).toMatchObject({ due: 4, done: 3 });
    const edited = await compiler.request('PUT', url(), {
      version: report.version,
      edits: [{ op: 'rewrite', blockId: 'completion', text: EDITED }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    report = edited.json<Report>();

    const { issues } = (await leader.request('GET', url('/checks'))).json<{ issues: Issue[] }>();
    const mismatches = issues.filter((i) => i.code === 'figureMismatch');
    expect(mismatches.map((i) => [i.location, i.blockId, i.figure?.stated, i.figure?.actual])).toEqual([
      ['Mục 3', 'completion', '33%', '75% (3/4 nhiệm vụ)'],
      ['Mục 3', 'completion', '2/9', '3/4'],
    ]);
    expect(mismatches[0]?.figure).toMatchObject({ sentence: EDITED, measure: 'tỷ lệ hoàn thành nhiệm vụ' });
  });

  it('answers 409 with the list to a DOCX or XLSX download without an acknowledgement', async () => {
    for (const file of ['/document.docx', '/tables.xlsx']) {
      const res = await leader.request('GET', url(file));
      expect(res.statusCode, file).toBe(409);
      const body = res.json<Contradictions>();
      expect(body.error.code).toBe('FIGURES_CONTRADICT');
      expect(body.error.message).toMatch(/2 số liệu khác với dữ liệu/);
      expect(body.error.details.contradictions).toEqual([
        {
          blockId: 'completion',
          location: 'Mục 3',
          measure: 'tỷ lệ hoàn thành nhiệm vụ',
          sentence: EDITED,
          stated: '33%',
          actual: '75% (3/4 nhiệm vụ)',
        },
        {
          blockId: 'completion',
          location: 'Mục 3',
          measure: 'tỷ lệ hoàn thành nhiệm vụ',
          sentence: EDITED,
          stated: '2/9',
          actual: '3/4',
        },
      ]);
    }
    const tooShort = await leader.request('GET', url('/document.docx?acknowledge=ok'));
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json<ErrorBody>().error.message).toMatch(/ít nhất 10 ký tự/);
  });

  it('sends the file with an acknowledgement and records the reason in the audit log', async () => {
    const reason = 'Lãnh đạo Sở yêu cầu giữ số liệu ước tính để đối chiếu';
    const res = await leader.request('GET', url(`/document.docx?acknowledge=${encodeURIComponent(reason)}`));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const xlsx = await leader.request('GET', url(`/tables.xlsx?acknowledge=${encodeURIComponent(reason)}`));
    expect(xlsx.statusCode).toBe(200);

    const entries = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'after', 'actor_username'])
      .where('action', '=', 'consolidatedReport.downloadDespiteContradictions')
      // The DOCX was downloaded first; without an order PostgreSQL may return the rows either way.
      .orderBy('occurred_at')
      .execute();
    expect(entries).toHaveLength(2);
    const after = (
      typeof entries[0]?.after === 'string' ? JSON.parse(entries[0].after) : entries[0]?.after
    ) as {
      format: string;
      reason: string;
      contradictions: { stated: string; actual: string }[];
    };
    expect(entries[0]?.entity_id).toBe(report.id);
    expect(entries[0]?.actor_username).toBeTruthy();
    expect(after).toMatchObject({
      format: 'docx',
      reason,
      contradictions: [
        { stated: '33%', actual: '75% (3/4 nhiệm vụ)' },
        { stated: '2/9', actual: '3/4' },
      ],
    });
  });

  it('lets the file go without a question once the text says what the data says', async () => {
    const fixed = await compiler.request('PUT', url(), {
      version: report.version,
      edits: [
        {
          op: 'rewrite',
          blockId: 'completion',
          text: 'Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 75% (3/4 nhiệm vụ).',
        },
      ],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await leader.request('GET', url('/document.docx'))).statusCode).toBe(200);
  });
});
