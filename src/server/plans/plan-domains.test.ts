import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import type { DomainEntry } from '../../domain/plans/domain-catalogue.js';
import { aPlan } from '../../../test/support/tracking.js';
import { backfillDomainCatalogue } from '../db/migrations/0027-domain-catalogue.js';
import { demoPlanFile } from '../demo/demo-plan.js';
import { seedDemoData } from '../demo/demo-seed.js';

// Issue 11 (5): part A writes "Lĩnh vực Chính phủ số và Chuyển đổi số", part B "LĨNH VỰC CHÍNH PHỦ SỐ
// VÀ CHUYỂN ĐỔI SỐ QUỐC GIA". The import proposes one domain, the compiler confirms or splits it,
// the catalogue is stored with the plan, and statistics and reports count the domain once.

const NOW = new Date('2025-07-10T03:00:00Z');
const DIGITAL = 'Chính phủ số và chuyển đổi số';
const HEADING_A = 'Lĩnh vực Chính phủ số và Chuyển đổi số';
const HEADING_B = 'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA';

interface Preview {
  previewId: string;
  result: { domains: DomainEntry[]; items: { domain: string | null; domainName: string | null }[] };
}
interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

describe('the domain catalogue of a plan', () => {
  let t: TestContext;
  let compiler: Session;
  let planId: string;

  const preview = async (): Promise<Preview> => {
    const file = await demoPlanFile(2025);
    const boundary = '----baocaodomains';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      file.buffer,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/plans/import',
      headers: {
        cookie: compiler.cookie,
        'x-csrf-token': compiler.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Preview>();
  };
  const domainRows = async (id: string) => {
    const res = await compiler.request('GET', `/api/stats/tasks/breakdown?by=domain&planId=${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ rows: { key: string | null; label: string; assigned: number }[] }>().rows;
  };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('proposes one domain for the headings of parts A and B that name it, in sentence case', async () => {
    const { result } = await preview();
    const digital = result.domains.find((d) => d.name === DIGITAL);
    expect(digital?.headings).toEqual([HEADING_A, HEADING_B]);
    expect(result.domains.map((d) => d.name)).toEqual([
      'Bưu chính',
      'Viễn thông',
      DIGITAL,
      'An toàn thông tin mạng',
      'Báo chí – truyền thông',
      'Xuất bản',
      'Công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo',
      'Công tác khác',
    ]);
    const rows = result.items.filter((i) => i.domain === HEADING_B);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((i) => i.domainName === DIGITAL)).toBe(true);
  });

  it('refuses a catalogue that leaves a heading out, with the reason in Vietnamese', async () => {
    const { previewId, result } = await preview();
    const domains = result.domains.filter((d) => d.name !== 'Xuất bản');
    const res = await compiler.request('POST', `/api/plans/import/${previewId}/review`, { domains });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.error.message).toBe('Danh mục lĩnh vực chưa hợp lệ.');
    expect(JSON.stringify(body.error.details)).toContain('chưa được xếp vào lĩnh vực nào');
  });

  it('stores the confirmed catalogue with the plan, and statistics count the domain once', async () => {
    const { previewId, result } = await preview();
    const res = await compiler.request('POST', `/api/plans/import/${previewId}/commit`, {
      mode: 'new',
      domains: result.domains,
    });
    expect(res.statusCode, res.body).toBe(200);
    planId = res.json<{ planId: string }>().planId;
    const plan = (await compiler.request('GET', `/api/plans/${planId}`)).json<{ domains: DomainEntry[] }>();
    expect(plan.domains).toEqual(result.domains);
    const rows = await domainRows(planId);
    expect(rows.filter((r) => r.label.toLowerCase().includes('chính phủ số'))).toEqual([
      expect.objectContaining({ key: DIGITAL, label: DIGITAL }),
    ]);
    expect(rows.some((r) => r.label.includes('LĨNH VỰC'))).toBe(false);
  });

  it('prints the domain once in the department report', async () => {
    const department = await t.database.db
      .selectFrom('org_units')
      .select('id')
      .where('code', '=', 'STTTT-AG')
      .executeTakeFirstOrThrow();
    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: department.id,
      period: '2025-H1',
      kind: 'department',
    });
    expect(res.statusCode, res.body).toBe(200);
    const headings = res
      .json<{ draft: { blocks: { content: { kind: string; text?: string } }[] } }>()
      .draft.blocks.filter((b) => b.content.kind === 'heading')
      .map((b) => b.content.text ?? '');
    // Section 2 (results by domain) and section 5 (next tasks by domain) each name it once.
    const digital = headings.filter((h) => /^2\./.test(h) && /chính phủ số/i.test(h));
    expect(digital).toHaveLength(1);
    expect(headings.filter((h) => /^5\./.test(h) && /chính phủ số/i.test(h))).toHaveLength(1);
    expect(headings.some((h) => /LĨNH VỰC|QUỐC GIA/.test(h))).toBe(false);
    expect(digital[0]).toMatch(/^2\.\d+\. Về Chính phủ số và chuyển đổi số$/);
  });

  it('keeps two domains apart when the compiler splits them', async () => {
    const { previewId, result } = await preview();
    const domains = result.domains.flatMap((d) =>
      d.name === DIGITAL
        ? [
            { name: DIGITAL, headings: [HEADING_A] },
            { name: 'Chuyển đổi số quốc gia', headings: [HEADING_B] },
          ]
        : [d],
    );
    const reviewed = await compiler.request('POST', `/api/plans/import/${previewId}/review`, { domains });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const items = reviewed.json<Preview['result']>().items;
    expect(items.find((i) => i.domain === HEADING_B)?.domainName).toBe('Chuyển đổi số quốc gia');
    const res = await compiler.request('POST', `/api/plans/import/${previewId}/commit`, {
      mode: 'version',
      domains,
    });
    expect(res.statusCode, res.body).toBe(200);
    const versionId = res.json<{ planId: string }>().planId;
    const plan = (await compiler.request('GET', `/api/plans/${versionId}`)).json<{
      domains: DomainEntry[];
    }>();
    expect(plan.domains.filter((d) => d.headings.some((h) => h === HEADING_A || h === HEADING_B))).toEqual([
      { name: DIGITAL, headings: [HEADING_A] },
      { name: 'Chuyển đổi số quốc gia', headings: [HEADING_B] },
    ]);
    // Part B's tasks are counted under their own domain now.
    const rows = await domainRows(versionId);
    expect(rows.map((r) => r.label)).toContain('Chuyển đổi số quốc gia');
    expect(rows.map((r) => r.label)).not.toContain(DIGITAL);
  });

  it('gives plans stored before the catalogue the one an import would propose', async () => {
    const db = t.database.db;
    const unit = await db
      .selectFrom('org_units')
      .select('id')
      .where('code', '=', 'STTTT-AG')
      .executeTakeFirstOrThrow();
    const plan = await aPlan(db, t.services, { year: 2025 });
    await plan.task({ lead: unit.id, timeframe: 'Quý III', domain: 'Lĩnh vực Bưu chính' });
    await plan.task({ lead: unit.id, timeframe: 'Quý III', domain: 'LĨNH VỰC BƯU CHÍNH' });
    expect(await backfillDomainCatalogue(db as unknown as Kysely<unknown>)).toBe(1);
    const items = await db
      .selectFrom('plan_items')
      .select(['domain', 'domain_heading'])
      .where('plan_id', '=', plan.id)
      .orderBy('position')
      .execute();
    expect(items).toEqual([
      { domain: 'Bưu chính', domain_heading: 'Lĩnh vực Bưu chính' },
      { domain: 'Bưu chính', domain_heading: 'LĨNH VỰC BƯU CHÍNH' },
    ]);
    expect(await backfillDomainCatalogue(db as unknown as Kysely<unknown>)).toBe(0);
  });
});
