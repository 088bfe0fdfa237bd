import { useCallback } from 'react';
import { orgUnitsApi } from '../api/endpoints';
import type { OrgUnitNode } from '../api/types';
import { useLoader } from '../lib/useLoader';

const noUnits: OrgUnitNode[] = [];

/** GET /api/org-units; call `reload()` after any change. */
export function useOrgTree() {
  const load = useCallback(async () => (await orgUnitsApi.tree()).units, []);
  const { data: units, loading, failed, reload } = useLoader(load, noUnits);
  return { units, loading, failed, reload };
}
