import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { seedDemoData } from '../demo/demo-seed.js';
import { aDepartmentReport, type Report } from '../../../test/support/consolidation.js';
import { type Campaign, aDecidedCampaign } from '../../../test/support/emulation.js';
import { lineText, loadPages } from '../plans/readers/pdf-text.js';
import { docxToPdf, officeBinary } from './report-files.js';

// Each kind of generated DOCX rendered by LibreOffice, as the recipient's office will open it:
// page 1 must read as Nghị định 30/2020 lays it out, the quốc hiệu on one line.

const soffice = officeBinary();
const skipped = soffice === null;
if (skipped)
  console.warn(
    'LibreOffice (soffice) is not installed: the DOCX render test is skipped. .ci/run installs it.',
  );

async function renderedLines(session: Session, id: string): Promise<string[][]> {
  const docx = await session.request('GET', `/api/consolidated-reports/${id}/document.docx`);
  expect(docx.statusCode, docx.body).toBe(200);
  const pdf = await docxToPdf(soffice ?? '', docx.rawPayload);
  const pages = await loadPages(pdf);
  return pages.map((page) => page.lines.map((line) => lineText(line).replace(/\s+/g, ' ').trim()));
}

describe.skipIf(skipped)('generated DOCX rendered by LibreOffice (skipped when soffice is missing)', () => {
  let t: TestContext;
  let compiler: Session;
  const pages: Record<'department' | 'upward', string[][]> = { department: [], upward: [] };

  beforeAll(async () => {
    let report: Report;
    let unitIds: { department: string };
    ({ t, compiler, report, unitIds } = await aDepartmentReport());
    const upward = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: unitIds.department,
      period: '2024-H1',
      kind: 'upward',
    });
    expect(upward.statusCode, upward.body).toBe(200);
    pages.department = await renderedLines(compiler, report.id);
    pages.upward = await renderedLines(compiler, upward.json<Report>().id);
  }, 240_000);
  afterAll(() => t.close());

  const HEADER = [
    'UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SỞ THÔNG TIN Độc lập - Tự do - Hạnh phúc',
    'VÀ TRUYỀN THÔNG',
    'Số: /BC-STTTT An Giang, ngày tháng năm 2024',
    'BÁO CÁO',
  ];

  it.each([
    ['department', 'Sơ kết công tác 6 tháng đầu năm 2024', 'Căn cứ Văn bản số 1/KH-TEST kế hoạch thử 1;'],
    ['upward', 'Tổng hợp kết quả 6 tháng đầu năm 2024', 'Trên cơ sở báo cáo của 2/2 đơn vị,'],
  ] as const)('%s report: page 1 reads as Nghị định 30 lays it out', (kind, summary, opening) => {
    const [first = []] = pages[kind];
    // Boxes 1–4 side by side, the quốc hiệu whole on the first line; the type, the trích yếu on
    // even lines, then the body.
    expect(first.slice(0, 8)).toEqual([
      ...HEADER,
      summary,
      'và nhiệm vụ trọng tâm 6 tháng cuối năm 2024',
      expect.stringContaining(opening),
    ]);
    expect(first.filter((line) => line.includes('VIỆT NAM'))).toEqual([HEADER[0]]);
    expect(first.some((line) => /^(VIỆT )?NAM\b/.test(line))).toBe(false);
  });

  it.each(['department', 'upward'] as const)(
    '%s report: the body ends with "./.", then Nơi nhận with the file copy and the signer',
    (kind) => {
      const lines = pages[kind].flat();
      const end = lines.findIndex((line) => line.endsWith('./.'));
      expect(end).toBeGreaterThan(0);
      const closing = lines.slice(end + 1, end + 12).join('\n');
      expect(closing).toMatch(/Nơi nhận:/);
      expect(closing).toMatch(/- Lưu: VT\./);
      expect(closing).toMatch(/GIÁM ĐỐC/);
      expect(closing).toMatch(/……/);
    },
  );

  it('captions the appendix with the report it goes with, its date and its issuer', () => {
    expect(pages.department.flat().join(' ')).toContain(
      '(Kèm theo Báo cáo số /BC-STTTT ngày tháng năm của Sở Thông tin và Truyền thông)',
    );
  });
});

describe.skipIf(skipped)("the emulation council's four documents rendered by LibreOffice", () => {
  let t: TestContext;
  let office: Session;
  let campaign: Campaign;
  const pages: Record<string, string[][]> = {};
  const render = async (url: string) => {
    const docx = await office.request('GET', url);
    expect(docx.statusCode, docx.body).toBe(200);
    const loaded = await loadPages(await docxToPdf(soffice ?? '', docx.rawPayload));
    return loaded.map((page) => page.lines.map((line) => lineText(line).replace(/\s+/g, ' ').trim()));
  };

  beforeAll(async () => {
    ({ t, office, campaign } = await aDecidedCampaign());
    const base = `/api/emulation/campaigns/${campaign.id}`;
    for (const kind of ['minutes', 'proposal', 'decision'])
      pages[kind] = await render(`${base}/documents/${kind}`);
    const nominee = campaign.entries.find((e) => e.result === 'approved');
    pages.achievement = await render(`${base}/entries/${nominee?.id ?? ''}/achievement-report`);
  }, 300_000);
  afterAll(() => t.close());

  it.each([
    ['minutes', 'BIÊN BẢN', 'Số: /BB-STTTT An Giang, ngày tháng năm 2024'],
    ['proposal', 'TỜ TRÌNH', 'Số: /TTr-STTTT An Giang, ngày tháng năm 2024'],
    ['decision', 'QUYẾT ĐỊNH', 'Số: /QĐ-STTTT An Giang, ngày tháng năm 2024'],
    ['achievement', 'BÁO CÁO', 'Số: /BC-STTTT An Giang, ngày tháng năm 2024'],
  ])(
    '%s: page 1 reads as Nghị định 30 lays it out, the body ends with "./."',
    (kind, typeName, numberLine) => {
      const [first = []] = pages[kind] ?? [];
      // The demo Sở's name carries its province, so the agency box takes two lines of its own.
      expect(first[0]).toBe('UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(first[1]).toMatch(/^SỞ THÔNG TIN .*Độc lập - Tự do - Hạnh phúc$/);
      expect(first.slice(3, 5)).toEqual([numberLine, typeName]);
      const lines = (pages[kind] ?? []).flat();
      const end = lines.findIndex((line) => line.endsWith('./.'));
      expect(end).toBeGreaterThan(0);
      if (kind !== 'achievement')
        expect(lines.slice(end + 1, end + 6).join('\n')).toMatch(/- Lưu: VT, KHTC\./);
    },
  );

  it('the decision and the proposal carry their annex with the approved nominees', () => {
    const decision = (pages.decision ?? []).flat().join(' ');
    expect(decision).toContain('DANH SÁCH KHEN THƯỞNG NĂM 2024');
    expect(decision).toContain('Lê Văn Chuyên');
    expect(decision).toContain('702.000');
    expect(decision).toContain('(Kèm theo Quyết định số /QĐ-STTTT');
    expect((pages.proposal ?? []).flat().join(' ')).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024');
  });
});

describe.skipIf(skipped)("the demo ministry's report rendered by LibreOffice reads like seed 002", () => {
  let t: TestContext;
  let lines: string[];

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2024-07-20T03:00:00Z') });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD);
    const compiler = await login(t.app, 'tonghopbo', TEST_PASSWORD);
    const ministry = (await t.services.orgUnits.listAll()).find((u) => u.code === 'BTTTT');
    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: ministry?.id,
      period: '2024-H1',
      kind: 'upward',
    });
    expect(res.statusCode, res.body).toBe(200);
    lines = (await renderedLines(compiler, res.json<Report>().id)).flat();
  }, 240_000);
  afterAll(() => t.close());

  it('goes domain by domain with x/N lines, named departments and the reporting section', () => {
    const text = lines.join(' ');
    expect(lines).toContain('1. Lĩnh vực Chính phủ số và chuyển đổi số');
    expect(text).toMatch(/4\/6 Sở đã ban hành kế hoạch chuyển đổi số năm 2024/);
    expect(text).toMatch(/Sở đạt chỉ tiêu/);
    expect(text).toMatch(/chưa báo cáo: Sở Thông tin và Truyền thông Hậu Giang/);
    expect(text).toMatch(/Đã nhận báo cáo của 5\/6 Sở, \d+ Sở gửi đúng hạn; \d+ Sở gửi muộn: Sở Thông tin/);
    expect(text).toMatch(/TÌNH HÌNH GỬI BÁO CÁO/);
  });

  it('repeats no paragraph: a statement several departments made is written once', () => {
    // The rendered text cut into sentences; the lists of departments in parentheses are not statements.
    const sentences = lines
      .join(' ')
      .split(/(?<=\.)\s+(?=[(A-ZĐ0-9])/u)
      .map((s) => s.replace(/\s*\([^)]*\)\s*$/u, '').trim())
      .filter((s) => s.length > 40 && !s.startsWith('('));
    expect(sentences.length).toBeGreaterThan(10);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
  });
});
