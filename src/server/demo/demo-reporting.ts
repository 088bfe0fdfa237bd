import { systemContext } from '../common/context.js';
import type { Services } from '../services.js';
import { DEMO_MINISTRY_DEPARTMENTS } from './demo-org.js';

const MINISTRY_REGIME =
  'Báo cáo 6 tháng đầu năm về tình hình thực hiện nhiệm vụ của ngành Thông tin và Truyền thông';

/**
 * Sample reporting: the sample plan's proposed regimes issued as they were read, and the ministry's
 * 6-month report that the six departments send to the Bộ. Safe to run again: issuing is idempotent
 * and the ministry regime is created once.
 */
export async function seedDemoReporting(
  services: Services,
  unitIds: ReadonlyMap<string, string>,
  year: number,
): Promise<void> {
  const ctx = systemContext('demo-seed');
  const sample = (await services.plans.list(ctx)).find((p) => p.isSample && p.year === year);
  if (sample) {
    const { regimes } = await services.reportRegimes.list(ctx, { planId: sample.id });
    for (const regime of regimes)
      if (regime.status === 'proposed') await services.reportRegimes.activate(ctx, regime.id);
  }

  const ministry = unitIds.get('BTTTT');
  const departments = DEMO_MINISTRY_DEPARTMENTS.map((code) => unitIds.get(code));
  if (!ministry || departments.some((id) => id === undefined)) return;
  const { regimes } = await services.reportRegimes.list(ctx, { unitId: ministry });
  if (regimes.some((r) => r.name === MINISTRY_REGIME && r.year === year)) return;
  const created = await services.reportRegimes.create(ctx, {
    name: MINISTRY_REGIME,
    content:
      'Kết quả thực hiện các nhiệm vụ, chỉ tiêu phát triển ngành Thông tin và Truyền thông tại địa phương trong 6 tháng đầu năm; khó khăn, vướng mắc; kiến nghị, đề xuất và nhiệm vụ 6 tháng cuối năm.',
    scope: 'administrative',
    reportingUnits: departments as string[],
    receivingUnitId: ministry,
    frequency: 'semiannual',
    periodIndexes: [1],
    year,
    cutOffRule: { kind: 'standard' },
    deadlineRule: { kind: 'fixedDate', day: 20, month: 6 },
    instructions:
      'Sở Thông tin và Truyền thông các tỉnh, thành phố gửi báo cáo qua hệ thống, đồng thời gửi bản điện tử có ký số qua thư điện tử.',
    sendingMethods: ['Hệ thống báo cáo', 'Thư điện tử'],
  });
  await services.reportRegimes.activate(ctx, created.id);
}
