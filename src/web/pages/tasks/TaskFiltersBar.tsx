import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { TASK_STATUSES } from '../../../domain/tracking';
import type { OrgUnitNode, PlanSummary, TaskFilters, TaskRole, TaskStatus } from '../../api/types';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { DomainSelect, PlanSelect } from '../../components/TrackingPickers';
import { t } from '../../i18n';
import { hasTaskFilters } from '../../lib/taskFilters';

interface Props {
  filters: TaskFilters;
  onChange: (filters: TaskFilters) => void;
  plans: readonly PlanSummary[];
  /** null: the user sees one unit only, nothing to pick. */
  units: readonly OrgUnitNode[] | null;
  domains: readonly string[];
}

const ROLES: TaskRole[] = ['any', 'lead', 'coordinator'];

export function TaskFiltersBar({ filters, onChange, plans, units, domains }: Props) {
  const set = (patch: Partial<TaskFilters>) => onChange({ ...filters, ...patch });
  // Typing searches after a pause, not on every key.
  const [q, setQ] = useState(filters.q ?? '');
  // the search changed elsewhere (cleared, a link followed): show it
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setQ(filters.q ?? '');
  }
  useEffect(() => {
    const next = q.trim() || undefined;
    if (next === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: next }), 400);
    return () => clearTimeout(timer);
  }, [q, filters, onChange]);

  return (
    <Flex wrap gap={8} data-testid="task-filters">
      <Input.Search
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        placeholder={t('tasks.filter.search')}
        style={{ width: 320 }}
        data-testid="task-filter-q"
      />
      <PlanSelect
        plans={plans}
        value={filters.planId}
        onChange={(planId) => set({ planId, domain: undefined })}
        style={{ width: 260 }}
      />
      {units && (
        <OrgUnitTreeSelect
          units={units}
          value={filters.unitId ?? null}
          onChange={(unitId) => set({ unitId })}
          allowClear
          placeholder={t('tracking.allUnits')}
          style={{ width: 220 }}
          data-testid="task-filter-unit"
        />
      )}
      <Select<TaskRole>
        value={filters.role ?? 'any'}
        onChange={(role) => set({ role })}
        options={ROLES.map((r) => ({ value: r, label: t(`tasks.role.${r}`) }))}
        style={{ width: 190 }}
        aria-label={t('tasks.filter.role')}
      />
      <DomainSelect
        domains={domains}
        value={filters.domain}
        onChange={(domain) => set({ domain })}
        style={{ width: 220 }}
      />
      <Select<TaskStatus>
        allowClear
        value={filters.status}
        onChange={(status) => set({ status })}
        placeholder={t('tasks.filter.status')}
        options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
        style={{ width: 170 }}
        data-testid="task-filter-status"
      />
      <DatePicker.RangePicker
        format="DD/MM/YYYY"
        allowEmpty={[true, true]}
        placeholder={[t('tasks.filter.dueFrom'), t('tasks.filter.dueBefore')]}
        value={[
          filters.dueFrom ? dayjs(filters.dueFrom) : null,
          filters.dueBefore ? dayjs(filters.dueBefore) : null,
        ]}
        onChange={(range) =>
          set({
            dueFrom: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
            dueBefore: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
          })
        }
        aria-label={t('tasks.filter.due')}
      />
      {hasTaskFilters(filters) && (
        <Button icon={<ClearOutlined />} onClick={() => onChange({})}>
          {t('tasks.filter.clear')}
        </Button>
      )}
    </Flex>
  );
}
