import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { PLAN_CORPUS_DIR } from '../../../test/support/plan-corpus.js';
import { seedDemoData } from '../demo/demo-seed.js';

/**
 * What the import preview checks besides the rows, over HTTP: units by other names (resolved, suggested,
 * mapped in one click and kept as an alias), the issuing body, and the plan's year.
 */

interface Suggestion {
  raw: string;
  candidates: { unitId: string; name: string; score: number }[];
}
interface Preview {
  previewId: string;
  result: {
    unmatchedUnits: string[];
    unitSuggestions: Suggestion[];
    issuer: { status: string; needsConfirmation: boolean; issuer: string | null };
    planYear: { year: number; source: string };
    items: { lead: string[]; leadUnitIds: (string | null)[]; timeframe: { dueDates: string[] } }[];
    warnings: string[];
  };
}

const corpusFile = (name: string) => readFileSync(path.join(PLAN_CORPUS_DIR, name));

function multipart(filename: string, content: Buffer) {
  const boundary = '----baocaotest';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('plan import checks', () => {
  let t: TestContext;
  let compiler: Session;

  const upload = async (filename: string) => {
    const { body, contentType } = multipart(filename, corpusFile(filename));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/plans/import',
      headers: { cookie: compiler.cookie, 'x-csrf-token': compiler.csrf, 'content-type': contentType },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Preview>();
  };
  const commit = (previewId: string, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/plans/import/${previewId}/commit`,
      headers: { cookie: compiler.cookie, 'x-csrf-token': compiler.csrf },
      payload: { mode: 'new', ...body },
    });

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it("warns about another province's plan and saves it only when confirmed", async () => {
    const preview = await upload('docx-02-roman-sections-dong-thap.docx');
    expect(preview.result.issuer).toMatchObject({ status: 'other', needsConfirmation: true });
    expect(preview.result.warnings.some((w) => w.includes('UBND TỈNH ĐỒNG THÁP'))).toBe(true);

    const refused = await commit(preview.previewId, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('xác nhận');
    const plans = await t.database.db.selectFrom('plans').select('number').execute();
    expect(plans.map((p) => p.number)).not.toContain('22/KH-STTTT');

    const saved = await commit(preview.previewId, { confirmIssuer: true });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it("resolves the department's own units by other names and suggests the rest", async () => {
    const preview = await upload('xlsx-01-assignment-no-date.xlsx');
    const units = await t.database.db.selectFrom('org_units').select(['id', 'code']).execute();
    const idOf = (code: string) => units.find((u) => u.code === code)?.id;
    const leadOf = (raw: string) => {
      const item = preview.result.items.find((i) => i.lead.includes(raw));
      return item?.leadUnitIds[item.lead.indexOf(raw)];
    };
    // Other spellings of the sample org's units resolve by themselves.
    expect(leadOf('Phòng BCVT-CNTT')).toBe(idOf('CNTT-BCVT'));
    expect(leadOf('Trung tâm CNTT&TT')).toBe(idOf('TTCNTT-TT'));
    expect(leadOf('Phòng TT-BC-XB')).toBe(idOf('TTBCXB'));
    // "Các phòng, đơn vị" is nobody in particular: it is left to the compiler.
    expect(preview.result.unmatchedUnits).toContain('Các phòng, đơn vị');
  });

  it('offers ranked candidates, and a chosen one is saved as an alias', async () => {
    const preview = await upload('docx-03-letter-subitems-regime-table.docx');
    const suggestion = preview.result.unitSuggestions.find((s) => s.raw === 'Phòng Chuyển đổi số');
    expect(preview.result.unmatchedUnits).toContain('Phòng Chuyển đổi số');
    expect(suggestion?.candidates.length ?? 0).toBeLessThanOrEqual(3);
    const vp = await t.database.db
      .selectFrom('org_units')
      .select('id')
      .where('code', '=', 'CNTT-BCVT')
      .executeTakeFirstOrThrow();
    const saved = await commit(preview.previewId, {
      confirmIssuer: true,
      unitMappings: { 'Phòng Chuyển đổi số': vp.id },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const unit = await t.database.db
      .selectFrom('org_units')
      .select('aliases')
      .where('id', '=', vp.id)
      .executeTakeFirstOrThrow();
    expect(unit.aliases).toContain('Phòng Chuyển đổi số');
  });

  it("dates a plan without an issue date in its heading's year", async () => {
    const preview = await upload('xlsx-01-assignment-no-date.xlsx');
    expect(preview.result.planYear).toEqual({ year: 2025, source: 'heading' });
    expect(preview.result.items[0]?.timeframe.dueDates).toEqual(['2025-06-30']);
    expect(preview.result.warnings.some((w) => w.includes('năm của kế hoạch'))).toBe(false);
  });
});
