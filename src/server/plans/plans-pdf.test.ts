import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { seedDemoData } from '../demo/demo-seed.js';

/** Plan import from PDF over HTTP: a corpus PDF previews its rows; a scan is a 400 that says so. */

const fixtures = path.resolve(import.meta.dirname, '../../../test/fixtures');

function multipart(filename: string, content: Buffer) {
  const boundary = '----baocaopdf';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('plan import from PDF', () => {
  let t: TestContext;
  let compiler: Session;

  const upload = async (filename: string, content: Buffer) => {
    const { body, contentType } = multipart(filename, content);
    return t.app.inject({
      method: 'POST',
      url: '/api/plans/import',
      headers: { cookie: compiler.cookie, 'x-csrf-token': compiler.csrf, 'content-type': contentType },
      payload: body,
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('previews a bordered multi-page PDF with wrapped cells, row for row', async () => {
    const res = await upload(
      'ke-hoach.pdf',
      readFileSync(path.join(fixtures, 'plans/pdf-multipage-bordered.pdf')),
    );
    expect(res.statusCode).toBe(200);
    const preview = res.json<{
      result: { document: { number: string; agency: string }; items: { lead: string[] }[] };
    }>();
    expect(preview.result.document).toMatchObject({
      number: '33/KH-STTTT',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    });
    expect(preview.result.items).toHaveLength(48);
    expect(preview.result.items[0]?.lead).toEqual(['Trung tâm Công nghệ thông tin và Truyền thông']);
  });

  it('answers a scanned PDF with a 400 that says it is a scan, and stores nothing', async () => {
    const before = await t.database.db
      .selectFrom('import_previews')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await upload('ban-quet.pdf', readFileSync(path.join(fixtures, 'scans/pdf-scan-whole.pdf')));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(
      /^Tệp PDF là bản quét \(ảnh chụp 2 trang\)/,
    );
    const after = await t.database.db
      .selectFrom('import_previews')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
