import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { keys, queries, useInvalidate } from '../api/queries';
import type { OrgUnitNode } from '../api/types';

const noUnits: OrgUnitNode[] = [];

/** GET /api/org-units; call `reload()` after any change (it reloads every view of the units). */
export function useOrgTree() {
  const invalidate = useInvalidate();
  const { data: units = noUnits, isFetching: loading, isError: failed } = useQuery(queries.orgUnitTree());
  const reload = useCallback(() => invalidate(keys.orgUnits), [invalidate]);
  return { units, loading, failed, reload };
}
