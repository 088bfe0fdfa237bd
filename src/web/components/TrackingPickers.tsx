import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type CSSProperties } from 'react';
import { queries } from '../api/queries';
import type { PlanSummary } from '../api/types';
import { t } from '../i18n';
import { foldText } from '../lib/orgTree';

const noPlans: PlanSummary[] = [];
const noDomains: string[] = [];

/** Plans that count in lists and statistics (superseded versions do not). */
export function useActivePlans() {
  const { data = noPlans, isFetching: loading } = useQuery({
    ...queries.plans(),
    select: (plans) => plans.filter((p) => p.status === 'active'),
  });
  return { data, loading };
}

/** The domains (lĩnh vực) of the tasks the user can see, optionally of one plan. */
export function useDomains(planId: string | undefined) {
  const { data = noDomains, isFetching: loading } = useQuery({
    ...queries.breakdown({ planId, role: 'any' }, 'domain'),
    select: (breakdown) => breakdown.rows.flatMap((r) => (r.key ? [r.key] : [])),
  });
  return { data, loading };
}

interface SelectProps {
  value?: string;
  onChange: (value: string | undefined) => void;
  style?: CSSProperties;
  'data-testid'?: string;
}

const search = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    typeof option?.label === 'string' && foldText(option.label).includes(foldText(input)),
};

export function PlanSelect({ plans, ...props }: SelectProps & { plans: readonly PlanSummary[] }) {
  const options = useMemo(
    () =>
      plans.map((p) => ({
        value: p.id,
        label: p.number ? `${p.number} – ${p.title}` : p.title,
      })),
    [plans],
  );
  return (
    <Select<string>
      {...props}
      allowClear
      showSearch={search}
      placeholder={t('tracking.allPlans')}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}

export function DomainSelect({ domains, ...props }: SelectProps & { domains: readonly string[] }) {
  const options = useMemo(() => domains.map((d) => ({ value: d, label: d })), [domains]);
  return (
    <Select<string>
      {...props}
      allowClear
      showSearch={search}
      placeholder={t('tracking.allDomains')}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}
