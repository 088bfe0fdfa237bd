import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as plans from './0002-plans.js';
import * as tracking from './0003-tracking.js';
import * as taskSearch from './0004-task-search.js';
import * as statsIndexes from './0005-stats-indexes.js';
import * as reporting from './0010-reporting.js';
import * as consolidation from './0011-consolidation.js';
import * as domainCatalogue from './0027-domain-catalogue.js';
import * as planItemLabels from './0035-plan-item-labels.js';
import * as emulation from './0070-emulation.js';
import * as taskSources from './0090-task-sources.js';
import * as fakeNews from './0060-fake-news.js';

/** Migrations are listed here, not read from disk, so they run the same under tsx, tests and bundles. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-plans': plans,
  '0003-tracking': tracking,
  '0004-task-search': taskSearch,
  '0005-stats-indexes': statsIndexes,
  '0010-reporting': reporting,
  '0011-consolidation': consolidation,
  '0027-domain-catalogue': domainCatalogue,
  '0035-plan-item-labels': planItemLabels,
  '0070-emulation': emulation,
  '0090-task-sources': taskSources,
  '0060-fake-news': fakeNews,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
