import { TASK_STATUSES, type TaskStatus } from '../../domain/tracking';
import type { TaskFilters, TaskRole } from '../api/types';

const ROLES: readonly TaskRole[] = ['any', 'lead', 'coordinator'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The task list's filters live in the address bar, so a link from "Việc của tôi" or the overview
 * opens the list already filtered, and the back button returns to the same view. Values the
 * server would refuse are dropped here rather than shown as an error for a stale link.
 */
export function readTaskFilters(params: URLSearchParams): TaskFilters {
  const filters: TaskFilters = {};
  const id = (key: 'planId' | 'unitId') => {
    const value = params.get(key);
    if (value && UUID.test(value)) filters[key] = value;
  };
  id('planId');
  id('unitId');
  const role = params.get('role');
  if (role && (ROLES as readonly string[]).includes(role)) filters.role = role as TaskRole;
  const status = params.get('status');
  if (status && (TASK_STATUSES as readonly string[]).includes(status)) filters.status = status as TaskStatus;
  for (const key of ['dueFrom', 'dueBefore'] as const) {
    const value = params.get(key);
    if (value && ISO_DATE.test(value)) filters[key] = value;
  }
  for (const key of ['domain', 'q'] as const) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function writeTaskFilters(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '' && !(key === 'role' && value === 'any'))
      params.set(key, value);
  }
  return params;
}

export function hasTaskFilters(filters: TaskFilters): boolean {
  return writeTaskFilters(filters).size > 0;
}
