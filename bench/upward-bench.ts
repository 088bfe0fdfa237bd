import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest, type DatabaseHandle } from '../src/server/db/database.js';
import { createLogger } from '../src/server/logger.js';
import { createServices } from '../src/server/services.js';
import { aUser, TEST_PASSWORD } from '../test/support/builders.js';
import { aNationalDataset } from '../test/support/national.js';
import { login } from '../test/support/app.js';
import { measure, type BenchResult } from './harness.js';

// The ministry's upward report at seed 002's scale, over HTTP through the real routes: 63
// departments × 7 reporting units (441), a data form of 300 indicators in four domains, an accepted
// report from all but three with shared and distinct statements. Targets from issue #14.

const DEPARTMENTS = 63;
const UNITS_PER_DEPARTMENT = 7;
const INDICATORS_PER_DOMAIN = 75;
const RUNS = 3;
const now = () => new Date('2024-07-20T03:00:00Z');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function upwardBenches(label: string, handle: DatabaseHandle): Promise<BenchResult[]> {
  const config = { ...loadConfig({ BAOCAO_WEB_DIR: '/nonexistent' }), loginRateLimitPerMinute: 1000 };
  try {
    await migrateToLatest(handle.db);
    const services = createServices(handle.db, config, { now });
    const started = performance.now();
    const data = await aNationalDataset(handle.db, {
      departments: DEPARTMENTS,
      unitsPerDepartment: UNITS_PER_DEPARTMENT,
      indicatorsPerDomain: INDICATORS_PER_DOMAIN,
      missing: 5,
      sharing: 300,
    });
    const seedMs = performance.now() - started;
    const user = await aUser(services, { orgUnitId: data.ministryId, roles: ['compiler'] });
    const app = await buildApp({ config, database: handle, logger: createLogger('silent'), services });
    try {
      const session = await login(app, user.username, TEST_PASSWORD);
      const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };

      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 20);
      let responseBytes = 0;
      let reportId = '';
      const build = await measure(
        `upward build, ${data.reporters.length} units × ${data.indicators.length} indicators [${label}]`,
        async () => {
          const res = await app.inject({
            method: 'POST',
            url: '/api/consolidated-reports',
            headers,
            payload: { unitId: data.ministryId, period: data.periodCode, kind: 'upward' },
          });
          if (res.statusCode !== 200) throw new Error(`build: ${res.statusCode} ${res.body.slice(0, 200)}`);
          responseBytes = res.rawPayload.length;
          reportId = res.json<{ id: string }>().id;
        },
        { runs: RUNS, warmup: 1, target: '< 2 s' },
      );
      const { rows } = await sql<{ bytes: string | number }>`
        select octet_length(draft::text) as bytes from consolidated_reports where id = ${reportId}
      `.execute(handle.db);
      const draftBytes = Number(rows[0]?.bytes ?? 0);
      build.note = `response ${mb(responseBytes)}, stored draft ${mb(draftBytes)} (< 2 MB), peak RSS ${mb(peakRss)} (< 600 MB); seeded in ${(seedMs / 1000).toFixed(1)} s`;
      const file = (kind: 'document.docx' | 'tables.xlsx', target: string) =>
        measure(
          `upward ${kind === 'document.docx' ? 'DOCX' : 'XLSX'} [${label}]`,
          async () => {
            const res = await app.inject({
              method: 'GET',
              url: `/api/consolidated-reports/${reportId}/${kind}`,
              headers,
            });
            if (res.statusCode !== 200)
              throw new Error(`${kind}: ${res.statusCode} ${res.body.slice(0, 200)}`);
            responseBytes = res.rawPayload.length;
          },
          { runs: RUNS, warmup: 1, target },
        );
      const docx = await file('document.docx', '< 3 s');
      docx.note = `file ${mb(responseBytes)}, peak RSS ${mb(peakRss)}`;
      const xlsx = await file('tables.xlsx', '< 3 s');
      xlsx.note = `file ${mb(responseBytes)}, peak RSS ${mb(peakRss)} (the bench process: server, and PGlite in-process)`;
      clearInterval(sampler);
      return [build, docx, xlsx];
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}
