import type { Kysely } from 'kysely';
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import { assertPasswordPolicy } from '../credentials/password-policy.js';
import { generatePassword } from '../credentials/password.js';
import { systemContext } from '../common/context.js';
import type { Database } from '../db/schema.js';
import type { Services } from '../services.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { DEMO_ACCOUNTS, DEMO_UNITS } from './demo-org.js';
import { demoMinistryPlanFile, demoPlanFile } from './demo-plan.js';
import { seedDemoActivity } from './demo-activity.js';
import { seedDemoAssignees } from './demo-emulation.js';
import { seedDemoReporting } from './demo-reporting.js';

const SEEDED_KEY = 'demo.seeded';

export interface DemoSeedResult {
  seeded: boolean;
  password: string | null;
  passwordGenerated: boolean;
  accounts: { username: string; role: string; unit: string }[];
}

/**
 * Fills an empty store with the sample department once. The flag is stored, so a restart (or an admin
 * who deleted the sample units) never brings back or duplicates the sample data.
 */
export async function seedDemoData(
  db: Kysely<Database>,
  services: Services,
  demoPassword: string | null,
  options: {
    withPlan?: boolean;
    /** The sample plan's year; defaults to the current one. */ year?: number;
  } = {},
): Promise<DemoSeedResult> {
  const settings = new SettingsRepository();
  const accounts = DEMO_ACCOUNTS.map((a) => ({
    username: a.username,
    role: a.roles.map((r) => ROLE_LABELS[r]).join(', '),
    unit: DEMO_UNITS.find((u) => u.code === a.unitCode)?.name ?? a.unitCode,
  }));
  if (await settings.get(db, SEEDED_KEY))
    return { seeded: false, password: null, passwordGenerated: false, accounts };

  const ctx = systemContext('demo-seed');
  const password = demoPassword ?? generatePassword();
  // A chosen BAOCAO_DEMO_PASSWORD must meet the same policy as any account, checked before anything is written.
  for (const account of DEMO_ACCOUNTS) assertPasswordPolicy(password, account);
  // Idempotent piece by piece: a start that died half-way resumes instead of duplicating.
  const existingUnits = await services.orgUnits.listAll();
  const ids = new Map<string, string>(existingUnits.map((u) => [u.code, u.id]));
  const existingUsers = new Set((await services.users.list(ctx)).map((u) => u.username));
  for (const unit of DEMO_UNITS) {
    if (ids.has(unit.code)) continue;
    const created = await services.orgUnits.create(ctx, {
      parentId: unit.parentCode ? (ids.get(unit.parentCode) ?? null) : null,
      code: unit.code,
      name: unit.name,
      shortName: unit.shortName,
      kind: unit.kind,
      aliases: unit.aliases,
      sortOrder: ids.size,
    });
    ids.set(unit.code, created.id);
  }
  for (const account of DEMO_ACCOUNTS) {
    const orgUnitId = ids.get(account.unitCode);
    if (!orgUnitId) throw new Error(`Demo unit ${account.unitCode} is missing`);
    if (existingUsers.has(account.username)) continue;
    await services.users.create(ctx, {
      username: account.username,
      fullName: account.fullName,
      email: null,
      orgUnitId,
      roles: account.roles,
      password,
    });
  }
  const now = services.clock();
  const year = options.year ?? Number(vietnamDateAt(now).slice(0, 4));
  if (options.withPlan ?? true) {
    await importDemoPlan(services, await demoPlanFile(year));
    await importDemoPlan(services, await demoMinistryPlanFile(year));
    await seedDemoReporting(services, ids, year);
    await seedDemoActivity(db, services, ids, year, now);
    await seedDemoAssignees(services, ids, year);
  }
  await settings.set(db, SEEDED_KEY, { at: now.toISOString() });
  return { seeded: true, password, passwordGenerated: demoPassword === null, accounts };
}

/** The sample plans go through the same parser and import as an uploaded one. */
async function importDemoPlan(services: Services, file: { buffer: Buffer; filename: string }): Promise<void> {
  const ctx = systemContext('demo-seed');
  const preview = await services.plans.preview(ctx, file);
  if (preview.existingPlan) return;
  // The sample tree holds the ministry beside the department: its plan is knowingly imported too.
  await services.plans.commit(
    ctx,
    preview.previewId,
    { mode: 'new', confirmIssuer: true },
    { isSample: true },
  );
}
