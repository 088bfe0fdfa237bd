import type { Kysely } from 'kysely';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import type { AppConfig } from './config.js';
import type { Database } from './db/schema.js';
import { OrgUnitService } from './org-units/org-units.service.js';
import { PlanService } from './plans/plans.service.js';
import { ApiTokenService } from './tokens/tokens.service.js';
import { UserService } from './users/users.service.js';

export interface Services {
  audit: AuditService;
  auth: AuthService;
  orgUnits: OrgUnitService;
  users: UserService;
  tokens: ApiTokenService;
  plans: PlanService;
  calendar: CalendarService;
}

export interface ServiceOptions {
  /** The clock every service reads "today" from; tests pass a fixed one. */
  now?: () => Date;
}

/** The one place where services are wired; the HTTP app and the CLI both use it. */
export function createServices(
  db: Kysely<Database>,
  config: Pick<AppConfig, 'sessionTtlHours'>,
  options: ServiceOptions = {},
): Services {
  const now = options.now ?? (() => new Date());
  const audit = new AuditService(db);
  const calendar = new CalendarService(db, audit);
  return {
    calendar,
    audit,
    auth: new AuthService(db, audit, config.sessionTtlHours),
    orgUnits: new OrgUnitService(db, audit),
    users: new UserService(db, audit),
    tokens: new ApiTokenService(db, audit),
    plans: new PlanService(db, audit, calendar, now),
  };
}
