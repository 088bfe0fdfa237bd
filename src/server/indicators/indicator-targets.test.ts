import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aRegimeWithPeriod } from '../../../test/support/consolidation.js';
import { TEST_PASSWORD, aDepartment, aUser } from '../../../test/support/builders.js';
import { aPlan } from '../../../test/support/tracking.js';
import { VERDICT_LABELS } from '../../domain/targets/index.js';
import { type Inline, inlineText } from '../../domain/documents/official-document.js';

// Issue 11 (4): a row with two targets keeps both, judges each, and is Đạt only when both are; the
// API, the export and the report use the one label set of domain/targets/verdict.ts.

const NOW = new Date('2024-07-10T03:00:00Z');
const POSTAL =
  '100% xã có điểm phục vụ bưu chính có người phục vụ; 92% điểm phục vụ bưu chính có kết nối Internet băng rộng';
const POSTAL_SECOND = 'điểm phục vụ bưu chính có kết nối Internet băng rộng';
const SIGNING =
  'Trên 95% hồ sơ công việc tại Sở được xử lý trên môi trường mạng (trừ hồ sơ công việc có nội dung mật); 100% văn bản đi được ký số';
const SIGNING_SECOND = 'văn bản đi được ký số';
const FIBRE = 'Tỷ lệ hộ gia đình sử dụng dịch vụ cáp quang đạt 92%';

interface Row {
  id: string;
  content: string;
  target: string | null;
  verdict: string;
  evaluation: 'met' | 'notMet' | null;
  evaluationLabel: string;
  breakdowns: { breakdown: string; target: string | null; verdict: string }[];
}
type TableRow = { kind: 'group'; text: string } | { kind: 'data'; cells: Inline[] };
interface Report {
  draft: { blocks: { id: string; content: { kind: string; table?: { rows: TableRow[] } } }[] };
}

describe('indicator rows with several targets', () => {
  let t: TestContext;
  let compiler: Session;
  let departmentId: string;
  const ids: Record<string, string> = {};

  const put = async (id: string, value: number, breakdown?: string) => {
    const res = await compiler.request('PUT', `/api/indicators/${id}/values`, {
      period: '2024-H1',
      value,
      asOf: '2024-06-30',
      ...(breakdown ? { breakdown } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const rows = async () => {
    const res = await compiler.request('GET', '/api/indicators');
    expect(res.statusCode).toBe(200);
    return res.json<{ indicators: Row[] }>().indicators;
  };
  const row = async (key: string) => {
    const found = (await rows()).find((r) => r.id === ids[key]);
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    const org = await aDepartment(t.services);
    departmentId = org.department.id;
    const user = await aUser(t.services, { orgUnitId: org.department.id, roles: ['compiler'] });
    compiler = await login(t.app, user.username, TEST_PASSWORD);
    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    const lead = org.divisionA.id;
    ids.postal = await plan.indicator({ lead, content: POSTAL, domain: 'Bưu chính' });
    ids.signing = await plan.indicator({ lead, content: SIGNING, domain: 'Chuyển đổi số' });
    ids.fibre = await plan.indicator({ lead, content: FIBRE, domain: 'Viễn thông' });
  });
  afterAll(() => t.close());

  it('keeps both targets of each row, the second under what it measures', async () => {
    const postal = await row('postal');
    expect(postal.target).toBe(`≥ 100%; ≥ 92% (${POSTAL_SECOND})`);
    expect(postal.breakdowns.map((b) => [b.breakdown, b.target])).toEqual([
      [POSTAL_SECOND, `≥ 92% (${POSTAL_SECOND})`],
    ]);
    const signing = await row('signing');
    expect(signing.target).toBe(`> 95%; ≥ 100% (${SIGNING_SECOND})`);
  });

  it('says "Chưa có số liệu" until a value comes, then "Chưa đủ số liệu" while a target still lacks one', async () => {
    expect((await row('postal')).verdict).toBe('noData');
    expect((await row('postal')).evaluationLabel).toBe('Chưa có số liệu');
    await put(ids.postal ?? '', 100);
    await put(ids.signing ?? '', 97);
    const signing = await row('signing');
    expect(signing).toMatchObject({
      verdict: 'incomplete',
      evaluation: null,
      evaluationLabel: 'Chưa đủ số liệu',
    });
  });

  it('is Đạt only when every target is met', async () => {
    await put(ids.postal ?? '', 85, POSTAL_SECOND);
    await put(ids.signing ?? '', 100, SIGNING_SECOND);
    await put(ids.fibre ?? '', 93);
    const postal = await row('postal');
    expect(postal).toMatchObject({ verdict: 'notMet', evaluation: 'notMet', evaluationLabel: 'Chưa đạt' });
    expect(postal.breakdowns[0]?.verdict).toBe('notMet');
    expect(await row('signing')).toMatchObject({ verdict: 'met', evaluationLabel: 'Đạt' });
    for (const r of await rows()) expect(r.evaluationLabel).toBe(VERDICT_LABELS[r.verdict as 'met']);
  });

  it('gives the report the same targets and the same labels as the API', async () => {
    await aRegimeWithPeriod(t.database.db, {
      receiverId: departmentId,
      reportingUnits: [],
      periodCode: '2024-H1',
    });
    const built = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: departmentId,
      period: '2024-H1',
      kind: 'department',
    });
    expect(built.statusCode, built.body).toBe(200);
    const table = built.json<Report>().draft.blocks.find((b) => b.id === 'evaluation-table')?.content.table;
    const data = (table?.rows ?? []).flatMap((r) => (r.kind === 'data' ? [r.cells.map(inlineText)] : []));
    for (const r of await rows()) {
      const line = data.find((cells) => cells[1] === r.content);
      expect(line, r.content).toBeDefined();
      expect(line?.[2]).toBe(r.target);
      expect(line?.[4]?.startsWith(r.evaluationLabel)).toBe(true);
    }
    const postal = data.find((cells) => cells[1] === POSTAL);
    expect(postal?.[3]).toContain(`${POSTAL_SECOND}: tỷ lệ 85%`);
  });
});
