import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aUnit, aUser } from '../../../test/support/builders.js';
import { aRegimeWithPeriod, aSubmission, richText } from '../../../test/support/consolidation.js';
import { paragraphTexts, readDocx, sections, tables } from '../../../test/support/docx.js';
import { aPlan } from '../../../test/support/tracking.js';

interface Block {
  id: string;
  origin: 'computed' | 'text';
  edited: boolean;
  location: string;
  content: { kind: string; text?: string; items?: string[] };
}
interface Report {
  id: string;
  version: number;
  draft: { blocks: Block[]; completion: { sentence: string; due: number; done: number } };
}
interface ErrorBody {
  error: { code: string; message: string };
}

// Wednesday 10/7/2024, 10:00 in Hà Nội: the first half is over and its report is due.
const NOW = new Date('2024-07-10T03:00:00Z');

/**
 * Tasks of the test plan and what the test did to them; the completion rate the report must state
 * is recomputed from this table, not read back from the system.
 */
const TASKS = [
  {
    key: 'foreign',
    unit: 'A',
    timeframe: 'Quý II',
    domain: 'Báo chí – Truyền thông',
    done: '2024-05-08',
    dueInH1: true,
    output: 'Kế hoạch',
    content: 'Kế hoạch triển khai hoạt động thông tin đối ngoại năm 2024',
    evidence: { number: '462/KH-UBND', date: '2024-05-08', text: 'UBND tỉnh đã ban hành' },
  },
  {
    key: 'program',
    unit: 'A',
    timeframe: 'Quý I',
    domain: 'Chuyển đổi số',
    done: null,
    dueInH1: true,
    output: 'Chương trình',
    content: 'Chương trình triển khai Nghị quyết số 01-NQ/TU về chuyển đổi số',
    evidence: null,
  },
  {
    key: 'architecture',
    unit: 'B',
    timeframe: 'Quý II',
    domain: 'Chuyển đổi số',
    done: '2024-07-05',
    dueInH1: true,
    output: 'Quyết định',
    content: 'Quyết định ban hành Kiến trúc Chính quyền điện tử phiên bản 3.0',
    evidence: null,
  },
  {
    key: 'twice',
    unit: 'A',
    timeframe: 'trước ngày 30/6 và 15/12 hằng năm',
    domain: 'Báo chí – Truyền thông',
    done: '2024-06-20',
    dueInH1: true,
    output: 'Báo cáo',
    content: 'Báo cáo công tác thông tin đối ngoại',
    evidence: null,
  },
  {
    key: 'later',
    unit: 'B',
    timeframe: 'Quý III',
    domain: 'Chuyển đổi số',
    done: null,
    dueInH1: false,
    output: 'Kế hoạch',
    content: 'Kế hoạch chuyển đổi số năm 2025',
    evidence: null,
  },
] as const;

describe('consolidated department report', () => {
  let t: TestContext;
  let compiler: Session;
  let leader: Session;
  let staff: Session;
  let unitIds: { department: string; a: string; b: string };
  let report: Report;
  let docx: Awaited<ReturnType<typeof readDocx>>;

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    const province = await aUnit(t.services, {
      name: 'Ủy ban nhân dân tỉnh An Giang',
      shortName: 'UBND tỉnh An Giang',
      kind: 'peoplesCommittee',
    });
    const department = await aUnit(t.services, {
      parentId: province.id,
      code: 'STTTT-AG',
      name: 'Sở Thông tin và Truyền thông',
      kind: 'provincialDepartment',
    });
    const a = await aUnit(t.services, {
      parentId: department.id,
      name: 'Phòng Thông tin – Báo chí',
      sortOrder: 1,
    });
    const b = await aUnit(t.services, { parentId: department.id, name: 'Phòng Chuyển đổi số', sortOrder: 2 });
    unitIds = { department: department.id, a: a.id, b: b.id };
    const users = {
      compiler: await aUser(t.services, { orgUnitId: department.id, roles: ['compiler'] }),
      leader: await aUser(t.services, { orgUnitId: department.id, roles: ['leader'] }),
      staff: await aUser(t.services, { orgUnitId: a.id, roles: ['staff'] }),
    };
    compiler = await login(t.app, users.compiler.username, TEST_PASSWORD);
    leader = await login(t.app, users.leader.username, TEST_PASSWORD);
    staff = await login(t.app, users.staff.username, TEST_PASSWORD);

    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    for (const task of TASKS) {
      const id = await plan.task({
        lead: task.unit === 'A' ? a.id : b.id,
        timeframe: task.timeframe,
        domain: task.domain,
        content: task.content,
        output: task.output,
      });
      if (!task.done) continue;
      const detail = (await compiler.request('GET', `/api/tasks/${id}`)).json<{
        occurrences: { id: string; version: number; dueDate: string }[];
      }>();
      const first = detail.occurrences[0];
      const res = await compiler.request('POST', `/api/tasks/${id}/updates`, {
        occurrenceId: first?.id,
        version: first?.version,
        status: 'done',
        completedOn: task.done,
        note: 'Đã hoàn thành',
        ...(task.evidence ? { evidence: task.evidence } : {}),
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const egov = await plan.indicator({
      lead: b.id,
      domain: 'Chuyển đổi số',
      content: 'Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử đạt 75%',
    });
    const partial = await plan.indicator({
      lead: b.id,
      domain: 'Chuyển đổi số',
      content: 'Số lượng dịch vụ công trực tuyến một phần',
    });
    const full = await plan.indicator({
      lead: b.id,
      domain: 'Chuyển đổi số',
      content: 'Số lượng dịch vụ công trực tuyến toàn trình',
    });
    const total = await plan.indicator({
      lead: b.id,
      domain: 'Chuyển đổi số',
      content: 'Tổng số dịch vụ công trực tuyến',
    });
    for (const [id, period, value, asOf] of [
      [egov, '2024-Q1', 65, '2024-03-31'],
      [partial, '2024-H1', 647, '2024-05-20'],
      [full, '2024-H1', 912, '2024-05-20'],
      [total, '2024-H1', 1348, '2024-05-20'],
    ] as const) {
      const res = await compiler.request('PUT', `/api/indicators/${id}/values`, { period, value, asOf });
      expect(res.statusCode, res.body).toBe(200);
    }
    const rule = await compiler.request('POST', `/api/plans/${plan.id}/indicator-rules`, {
      kind: 'sumEquals',
      parts: [partial, full],
      total,
    });
    expect(rule.statusCode, rule.body).toBe(201);

    const { periodId } = await aRegimeWithPeriod(t.database.db, {
      receiverId: department.id,
      reportingUnits: [a.id, b.id],
      periodCode: '2024-H1',
    });
    await aSubmission(t.database.db, periodId, a.id, {
      sections: {
        highlights: richText('Truyền thông Lễ công bố Quy hoạch tỉnh'),
        results: richText(
          { h: 'Báo chí – Truyền thông' },
          'Tổ chức tốt việc quản lý thông tin trên môi trường mạng',
        ),
        difficulties: richText({ h: 'Báo chí – Truyền thông' }, 'Nguồn thu quảng cáo sụt giảm mạnh'),
      },
    });
    await aSubmission(t.database.db, periodId, b.id, {
      sections: {
        'results:Chuyển đổi số': richText('Số hóa kết quả giải quyết TTHC đến 100% Bộ phận Một cửa'),
      },
    });

    const built = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: department.id,
      period: '2024-H1',
      kind: 'department',
    });
    expect(built.statusCode, built.body).toBe(200);
    report = built.json<Report>();
    const file = await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.docx`);
    expect(file.statusCode).toBe(200);
    docx = await readDocx(file.rawPayload);
  });
  afterAll(() => t.close());

  const block = (r: Report, id: string) => r.draft.blocks.find((b) => b.id === id);

  describe('the DOCX (Nghị định 30/2020)', () => {
    it('opens with the header block: parent agency, agency, number, quốc hiệu and tiêu ngữ, place and date', () => {
      const [header] = tables(docx.document);
      expect(header?.rows.map((r) => r.cells)).toEqual([
        [
          'UBND TỈNH AN GIANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
        ],
        ['Số:        /BC-STTTT', 'An Giang, ngày      tháng      năm 2024'],
      ]);
      const texts = paragraphTexts(docx.document);
      expect(texts).toEqual(
        expect.arrayContaining([
          'BÁO CÁO',
          'Sơ kết công tác 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm 2024',
        ]),
      );
    });

    it('is A4 in Times New Roman, with the evaluation table on a landscape page', () => {
      const [body, annex] = sections(docx.document);
      expect(body).toMatchObject({ width: 11906, height: 16838, orient: 'portrait' });
      expect(annex).toMatchObject({ width: 16838, height: 11906, orient: 'landscape' });
      expect(docx.styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    });

    it('has the evaluation table with its columns and a header row repeated on every page', () => {
      const evaluation = tables(docx.document).find((tb) => tb.rows[0]?.cells[1] === 'Chỉ tiêu/Nhiệm vụ');
      expect(evaluation?.rows[0]).toEqual({
        cells: ['STT', 'Chỉ tiêu/Nhiệm vụ', 'Đặt ra', 'Kết quả thực hiện', 'Đánh giá'],
        header: true,
        cantSplit: true,
      });
      expect(evaluation?.rows.slice(1).every((r) => !r.header && r.cantSplit)).toBe(true);
      const cells = evaluation?.rows.map((r) => r.cells) ?? [];
      expect(cells.map((c) => c[0])).toEqual(
        expect.arrayContaining(['I. CHỈ TIÊU', 'II. NHIỆM VỤ', 'Quý I/2024', 'Quý II/2024']),
      );
      expect(cells).toContainEqual([
        '1',
        'Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử đạt 75%',
        '≥ 75%',
        'Đến Quý I/2024 đạt tỷ lệ 65% (số liệu tính đến ngày 31/3/2024)',
        expect.stringMatching(/^Chưa đạt\. Dự báo đến cuối năm 2024 đạt 65%/),
      ]);
      expect(cells).toContainEqual([
        expect.any(String),
        'Kế hoạch triển khai hoạt động thông tin đối ngoại năm 2024',
        'Kế hoạch',
        'UBND tỉnh đã ban hành Kế hoạch số 462/KH-UBND ngày 08/5/2024',
        'Đạt',
      ]);
    });

    it("states the completion rate the system computed, matching the test's own count", () => {
      const due = TASKS.filter((x) => x.dueInH1).length;
      const done = TASKS.filter((x) => x.dueInH1 && x.done !== null).length;
      const sentence = `đạt ${Math.round((done / due) * 100)}% (${done}/${due} nhiệm vụ)`;
      expect(sentence).toBe('đạt 75% (3/4 nhiệm vụ)');
      expect(report.draft.completion).toMatchObject({ sentence, due, done });
      const texts = paragraphTexts(docx.document);
      expect(
        texts.some((p) =>
          p.startsWith('Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn ' + sentence),
        ),
      ).toBe(true);
    });

    it("merges the divisions' text by domain with their names", () => {
      const texts = paragraphTexts(docx.document);
      expect(texts).toEqual(
        expect.arrayContaining([
          'Truyền thông Lễ công bố Quy hoạch tỉnh (Phòng Thông tin – Báo chí)',
          'Tổ chức tốt việc quản lý thông tin trên môi trường mạng (Phòng Thông tin – Báo chí)',
          'Số hóa kết quả giải quyết TTHC đến 100% Bộ phận Một cửa (Phòng Chuyển đổi số)',
          'Nguồn thu quảng cáo sụt giảm mạnh (Phòng Thông tin – Báo chí)',
        ]),
      );
    });
  });

  it('exports the tables to XLSX and names the files in Vietnamese', async () => {
    const res = await leader.request('GET', `/api/consolidated-reports/${report.id}/tables.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%206%20th%C3%A1ng",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Chỉ tiêu/Nhiệm vụ',
      'Đặt ra',
      'Kết quả thực hiện',
      'Đánh giá',
    ]);
  });

  it('flags 647 + 912 ≠ 1.348 with its place in the draft', async () => {
    const res = await leader.request('GET', `/api/consolidated-reports/${report.id}/checks`);
    expect(res.statusCode).toBe(200);
    const issues = res.json<{
      issues: { code: string; message: string; location: string; blockId: string }[];
    }>().issues;
    const location = block(report, issues[0]?.blockId ?? '')?.location;
    expect(location).toMatch(/^Mục 2\.\d\.1$/);
    expect(issues.map((i) => [i.code, i.location])).toEqual([['ruleViolation', location]]);
    expect(issues[0]?.message).toMatch(
      /\(647\) \+ .*\(912\) = 1\.559, khác .*\(1\.348\)\. \(Mục 2\.\d\.1\)$/,
    );
  });

  it("keeps the compiler's edits through a refresh and reports what the new data changed", async () => {
    const intro = block(report, 'intro');
    const edited = await compiler.request('PUT', `/api/consolidated-reports/${report.id}`, {
      version: report.version,
      edits: [
        { op: 'rewrite', blockId: 'intro', text: 'Sở báo cáo sơ kết 6 tháng như sau:' },
        { op: 'insert', afterId: 'completion', text: 'Nhận xét của Văn phòng.' },
        { op: 'remove', blockId: 'evaluation:reference' },
      ],
      header: {
        number: '172',
        date: '2024-07-12',
        signature: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn A' },
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const afterEdit = edited.json<Report>();
    expect(afterEdit.version).toBe(report.version + 1);
    expect(intro?.content.text).not.toBe('Sở báo cáo sơ kết 6 tháng như sau:');

    const value = await compiler.request('PUT', `/api/indicators/${await egovId(compiler)}/values`, {
      period: '2024-Q2',
      value: 70,
      asOf: '2024-06-30',
    });
    expect(value.statusCode, value.body).toBe(200);
    const refreshed = await compiler.request('POST', `/api/consolidated-reports/${report.id}/refresh`);
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const { report: after, changes } = refreshed.json<{
      report: Report;
      changes: { blockId: string; change: string; before: string; after: string }[];
    }>();
    expect(block(after, 'intro')).toMatchObject({
      edited: true,
      content: { text: 'Sở báo cáo sơ kết 6 tháng như sau:' },
    });
    expect(
      after.draft.blocks.some((b) => b.origin === 'text' && b.content.text === 'Nhận xét của Văn phòng.'),
    ).toBe(true);
    expect(block(after, 'evaluation:reference')).toBeUndefined();
    expect(
      changes.some((c) => c.change === 'updated' && c.after.includes('đến Quý II/2024 đạt tỷ lệ 70%')),
    ).toBe(true);

    const issued = await readDocx(
      (await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.docx`)).rawPayload,
    );
    expect(paragraphTexts(issued.document)).toEqual(
      expect.arrayContaining([
        'Sở báo cáo sơ kết 6 tháng như sau:',
        'Nhận xét của Văn phòng.',
        'PHÓ GIÁM ĐỐC',
        'Nguyễn Văn A',
      ]),
    );
    expect(tables(issued.document)[0]?.rows[1]?.cells).toEqual([
      'Số: 172/BC-STTTT',
      'An Giang, ngày 12 tháng 7 năm 2024',
    ]);
    report = after;
  });

  it('answers 409 to an edit made on a stale version, and keeps the draft as it was', async () => {
    const stale = await compiler.request('PUT', `/api/consolidated-reports/${report.id}`, {
      version: report.version - 1,
      edits: [{ op: 'rewrite', blockId: 'intro', text: 'Ghi đè' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.message).toMatch(/đã được người khác sửa/);
    const current = (await leader.request('GET', `/api/consolidated-reports/${report.id}`)).json<Report>();
    expect(current.version).toBe(report.version);
    expect(block(current, 'intro')?.content.text).toBe('Sở báo cáo sơ kết 6 tháng như sau:');
  });

  it('refuses bad edits with a Vietnamese message and stores nothing', async () => {
    const res = await compiler.request('PUT', `/api/consolidated-reports/${report.id}`, {
      version: report.version,
      edits: [
        { op: 'rewrite', blockId: 'intro', text: 'Sẽ không được lưu' },
        { op: 'rewrite', blockId: 'evaluation-table', text: 'x' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.message).toMatch(/Bảng số liệu do hệ thống tính/);
    const current = (await leader.request('GET', `/api/consolidated-reports/${report.id}`)).json<Report>();
    expect(current.version).toBe(report.version);
  });

  it('lets leaders read but only the compiling office build and edit; staff see nothing', async () => {
    const body = { unitId: unitIds.department, period: '2024-H1', kind: 'department' };
    expect((await leader.request('POST', '/api/consolidated-reports', body)).statusCode).toBe(403);
    expect(
      (
        await leader.request('PUT', `/api/consolidated-reports/${report.id}`, {
          version: report.version,
          edits: [],
        })
      ).statusCode,
    ).toBe(403);
    expect((await staff.request('GET', `/api/consolidated-reports/${report.id}`)).statusCode).toBe(403);
    const list = await leader.request(
      'GET',
      `/api/consolidated-reports?unitId=${unitIds.department}&period=2024-H1`,
    );
    expect(list.json<{ reports: { id: string; periodLabel: string }[] }>().reports).toEqual([
      expect.objectContaining({ id: report.id, periodLabel: '6 tháng đầu năm 2024' }),
    ]);
  });

  it.each([
    [
      { unitId: '00000000-0000-4000-8000-000000000000', period: '2024-H1', kind: 'department' },
      404,
      'Không tìm thấy đơn vị.',
    ],
    [{ period: '2024-H3', kind: 'department' }, 400, 'Kỳ báo cáo phải có dạng'],
    [{ period: '2024-H1', kind: 'upward' }, 400, 'Chưa có chế độ báo cáo nào gửi đến'],
  ])('refuses to build %j', async (body, status, message) => {
    const res = await compiler.request('POST', '/api/consolidated-reports', { unitId: unitIds.b, ...body });
    expect(res.statusCode).toBe(status);
    expect(res.json<ErrorBody>().error.message).toContain(message);
  });

  it('answers PDF requests with 501 and a Vietnamese message when LibreOffice is not installed', async () => {
    const res = await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.pdf`);
    if (res.statusCode === 200) {
      expect(res.headers['content-type']).toBe('application/pdf');
      return;
    }
    expect(res.statusCode).toBe(501);
    expect(res.json<ErrorBody>().error.message).toMatch(/LibreOffice/);
  });
});

async function egovId(session: Session): Promise<string> {
  const res = await session.request('GET', '/api/indicators?q=chinh quyen dien tu');
  const rows = res.json<
    { id: string; content: string }[] | { indicators: { id: string; content: string }[] }
  >();
  const list = Array.isArray(rows) ? rows : rows.indicators;
  const found = list.find((r) => r.content.startsWith('Tỷ lệ cơ quan nhà nước'));
  if (!found) throw new Error('indicator not found');
  return found.id;
}
