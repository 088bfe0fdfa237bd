import { systemContext } from '../common/context.js';
import type { Services } from '../services.js';
import { DEMO_MINISTRY_DEPARTMENTS } from './demo-org.js';
import { DEMO_MINISTRY_PLAN_NUMBER, DEMO_PLAN_NUMBER } from './demo-plan.js';

const MINISTRY_REGIME =
  'Báo cáo 6 tháng đầu năm về tình hình thực hiện nhiệm vụ của ngành Thông tin và Truyền thông';

/**
 * Sample reporting: the sample plan's proposed regimes issued as they were read, and the ministry's
 * 6-month report that the six departments send to the Bộ, with the ministry plan's indicators as
 * its data form. Safe to run again: issuing is idempotent and the ministry regime is created once.
 */
export async function seedDemoReporting(
  services: Services,
  unitIds: ReadonlyMap<string, string>,
  year: number,
): Promise<void> {
  const ctx = systemContext('demo-seed');
  const plans = await services.plans.list(ctx);
  const sample = plans.find((p) => p.isSample && p.year === year && p.number === DEMO_PLAN_NUMBER);
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
  const ministryPlan = plans.find(
    (p) => p.isSample && p.year === year && p.number === DEMO_MINISTRY_PLAN_NUMBER,
  );
  // In plan order, which is the order the departments' figures are written in (demo-activity.ts).
  const dataForm = ministryPlan
    ? (await services.indicators.list(ctx, { planId: ministryPlan.id })).map((i) => i.id)
    : [];
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
    dataForm,
  });
  await services.reportRegimes.activate(ctx, created.id);
}
