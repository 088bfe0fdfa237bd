import { Card, Flex, Input, InputNumber, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { REGIME_FREQUENCIES } from '../../../domain/reporting/regime';
import type { OrgUnitNode } from '../../api/types';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { t } from '../../i18n';
import type { RegimeForm } from './regimeForm';
import { RegimeUnitsPicker } from './RegimeUnitsPicker';
import { CutOffFields, DeadlineFields } from './RuleFields';

interface FieldsProps {
  form: RegimeForm;
  set: (patch: Partial<RegimeForm>) => void;
}

const row = (label: string, node: ReactNode) => (
  <Flex vertical gap={4}>
    <Typography.Text strong>{label}</Typography.Text>
    {node}
  </Flex>
);

/** What the regime is, who reports to whom, how often and by when. */
export function RegimeGeneralCard({ form, set, units }: FieldsProps & { units: OrgUnitNode[] }) {
  return (
    <Card size="small">
      <Flex vertical gap={14}>
        {row(
          t('regimeEditor.name'),
          <Input
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
            data-testid="regime-name"
          />,
        )}
        {row(
          t('regimeEditor.content'),
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={form.content}
            onChange={(e) => set({ content: e.target.value })}
          />,
        )}
        <Flex gap={16} wrap>
          {row(
            t('regimeEditor.scope'),
            <Select
              style={{ width: 200 }}
              value={form.scope}
              onChange={(scope) => set({ scope })}
              options={(['internal', 'administrative', 'statistical'] as const).map((s) => ({
                value: s,
                label: t(`regimeEditor.scopes.${s}`),
              }))}
            />,
          )}
          {row(
            t('regimeEditor.frequency'),
            <Select
              style={{ width: 180 }}
              value={form.frequency}
              onChange={(frequency) => set({ frequency })}
              options={REGIME_FREQUENCIES.map((f) => ({ value: f, label: t(`reports.frequency.${f}`) }))}
            />,
          )}
          {row(
            t('regimeEditor.year'),
            <InputNumber
              min={2000}
              max={2100}
              value={form.year}
              onChange={(year) => set({ year: year ?? form.year })}
            />,
          )}
        </Flex>
        {row(t('regimeEditor.unitsMode'), <RegimeUnitsPicker units={units} value={form} onChange={set} />)}
        {row(
          t('regimeEditor.receiver'),
          <OrgUnitTreeSelect
            units={units}
            value={form.receivingUnitId}
            onChange={(v) => set({ receivingUnitId: v ?? null })}
            style={{ width: 420 }}
          />,
        )}
        <DeadlineFields value={form.deadlineRule} onChange={(deadlineRule) => set({ deadlineRule })} />
        <CutOffFields value={form.cutOffRule} onChange={(cutOffRule) => set({ cutOffRule })} />
      </Flex>
    </Card>
  );
}

/** Guidance for the reporting units and the ways a report may be sent. */
export function RegimeInstructionsCard({ form, set }: FieldsProps) {
  return (
    <Card size="small">
      <Flex vertical gap={14}>
        {row(
          t('regimeEditor.instructions'),
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            value={form.instructions}
            onChange={(e) => set({ instructions: e.target.value })}
            data-testid="regime-instructions"
          />,
        )}
        {row(
          t('regimeEditor.sendingMethods'),
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            value={form.sendingMethods}
            onChange={(e) => set({ sendingMethods: e.target.value })}
          />,
        )}
      </Flex>
    </Card>
  );
}
