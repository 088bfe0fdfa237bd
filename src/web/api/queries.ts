/**
 * Data fetching through TanStack Query: one key per concept (a mutation invalidates its concept's
 * key, so every page showing it reloads), and the query options each page uses.
 */
import { keepPreviousData, QueryClient, queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  auditApi,
  calendarApi,
  indicatorsApi,
  myWorkApi,
  orgUnitsApi,
  plansApi,
  statsApi,
  tasksApi,
  tokensApi,
  usersApi,
} from './endpoints';
import { consolidationApi, regimesApi, submissionsApi } from './reports';
import type { AuditQuery, IndicatorFilters, StatsBy, StatsFilters, TaskFilters } from './types';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The API client has already told the user why a call failed; a retry would say it twice.
        retry: false,
        refetchOnWindowFocus: false,
        // While a new filter or page loads, the last answer stays on screen (with a spinner).
        placeholderData: keepPreviousData,
      },
      mutations: { retry: false },
    },
  });
}

/** The root key of each concept; `invalidateQueries({ queryKey: keys.tasks })` reloads all of it. */
export const keys = {
  orgUnits: ['org-units'],
  users: ['users'],
  tokens: ['tokens'],
  audit: ['audit'],
  plans: ['plans'],
  tasks: ['tasks'],
  indicators: ['indicators'],
  stats: ['stats'],
  myWork: ['my-work'],
  calendar: ['calendar'],
  regimes: ['report-regimes'],
  submissions: ['submissions'],
  consolidation: ['consolidated-reports'],
} as const;

export const queries = {
  orgUnitTree: () =>
    queryOptions({
      queryKey: [...keys.orgUnits, 'tree'],
      queryFn: async () => (await orgUnitsApi.tree()).units,
    }),
  users: (orgUnitId: string | undefined) =>
    queryOptions({
      queryKey: [...keys.users, { orgUnitId }],
      queryFn: async () => (await usersApi.list(orgUnitId)).users,
    }),
  tokens: () =>
    queryOptions({ queryKey: [...keys.tokens], queryFn: async () => (await tokensApi.list()).tokens }),
  audit: (query: AuditQuery) =>
    queryOptions({ queryKey: [...keys.audit, query], queryFn: () => auditApi.search(query) }),
  plans: () =>
    queryOptions({ queryKey: [...keys.plans, 'list'], queryFn: async () => (await plansApi.list()).plans }),
  tasks: (filters: TaskFilters, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...keys.tasks, 'list', filters, page, pageSize],
      queryFn: () => tasksApi.list(filters, page, pageSize),
    }),
  task: (id: string) => queryOptions({ queryKey: [...keys.tasks, id], queryFn: () => tasksApi.get(id) }),
  indicators: (filters: IndicatorFilters) =>
    queryOptions({
      queryKey: [...keys.indicators, 'list', filters],
      queryFn: async () => (await indicatorsApi.list(filters)).indicators,
    }),
  indicator: (id: string) =>
    queryOptions({ queryKey: [...keys.indicators, id], queryFn: () => indicatorsApi.get(id) }),
  taskStats: (filters: StatsFilters) =>
    queryOptions({ queryKey: [...keys.stats, 'tasks', filters], queryFn: () => statsApi.tasks(filters) }),
  breakdown: (filters: StatsFilters, by: StatsBy) =>
    queryOptions({
      queryKey: [...keys.stats, 'breakdown', by, filters],
      queryFn: () => statsApi.breakdown(filters, by),
    }),
  myWork: (unitId: string | undefined) =>
    queryOptions({ queryKey: [...keys.myWork, { unitId }], queryFn: () => myWorkApi.get(unitId) }),
  calendarYear: (year: number) =>
    queryOptions({ queryKey: [...keys.calendar, year], queryFn: () => calendarApi.year(year) }),
  regimes: () =>
    queryOptions({
      queryKey: [...keys.regimes, 'list'],
      queryFn: async () => (await regimesApi.list()).regimes,
    }),
  regime: (id: string) =>
    queryOptions({ queryKey: [...keys.regimes, id], queryFn: () => regimesApi.get(id) }),
  regimeBoard: (id: string) =>
    queryOptions({
      queryKey: [...keys.regimes, id, 'board'],
      queryFn: () => Promise.all([regimesApi.board(id), regimesApi.rates(id)]),
    }),
  regimeTree: (regimeId: string, period: string | undefined) =>
    queryOptions({
      queryKey: [...keys.regimes, regimeId, 'tree', { period }],
      queryFn: () => regimesApi.tree(regimeId, period),
    }),
  owedPeriods: () =>
    queryOptions({
      queryKey: [...keys.regimes, 'periods', 'mine'],
      queryFn: async () => (await regimesApi.periods({ mine: '1' })).periods,
    }),
  submissionComments: (id: string) =>
    queryOptions({
      queryKey: [...keys.submissions, id, 'comments'],
      queryFn: async () => (await submissionsApi.comments(id)).comments,
    }),
  submissionVersions: (id: string) =>
    queryOptions({
      queryKey: [...keys.submissions, id, 'versions'],
      queryFn: async () => (await submissionsApi.versions(id)).versions,
    }),
  consolidatedReports: () =>
    queryOptions({
      queryKey: [...keys.consolidation, 'list'],
      queryFn: async () => (await consolidationApi.list({})).reports,
    }),
  consolidatedReport: (id: string) =>
    queryOptions({ queryKey: [...keys.consolidation, id], queryFn: () => consolidationApi.get(id) }),
  consolidationChecks: (id: string) =>
    queryOptions({
      queryKey: [...keys.consolidation, id, 'checks'],
      queryFn: () => consolidationApi.checks(id),
    }),
};

/** After a change: reloads every query of the concepts it touched (`invalidate(keys.tasks, keys.stats)`). */
export function useInvalidate(): (...concepts: readonly (readonly string[])[]) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (...concepts) => {
      await Promise.all(concepts.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    [queryClient],
  );
}
