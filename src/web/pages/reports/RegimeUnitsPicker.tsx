import { Flex, Radio, Select } from 'antd';
import type { OrgUnitNode } from '../../api/types';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { t } from '../../i18n';
import type { RegimeForm } from './regimeForm';

type UnitsValue = Pick<RegimeForm, 'unitsMode' | 'unitIds' | 'childrenOf'>;

/** Who reports: either a list of units or every child of one unit. */
export function RegimeUnitsPicker({
  units,
  value,
  onChange,
}: {
  units: OrgUnitNode[];
  value: UnitsValue;
  onChange: (patch: Partial<UnitsValue>) => void;
}) {
  return (
    <Flex vertical gap={6}>
      <Radio.Group
        value={value.unitsMode}
        onChange={(e) => onChange({ unitsMode: e.target.value as RegimeForm['unitsMode'] })}
        options={[
          { value: 'list', label: t('regimeEditor.unitsList') },
          { value: 'children', label: t('regimeEditor.unitsChildren') },
        ]}
      />
      {value.unitsMode === 'list' ? (
        <UnitMultiSelect units={units} value={value.unitIds} onChange={(unitIds) => onChange({ unitIds })} />
      ) : (
        <OrgUnitTreeSelect
          units={units}
          value={value.childrenOf}
          onChange={(v) => onChange({ childrenOf: v ?? null })}
          style={{ width: 420 }}
        />
      )}
    </Flex>
  );
}

function UnitMultiSelect({
  units,
  value,
  onChange,
}: {
  units: OrgUnitNode[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const flat: { value: string; label: string }[] = [];
  const walk = (nodes: typeof units, depth: number) => {
    for (const n of nodes) {
      flat.push({ value: n.id, label: `${'— '.repeat(depth)}${n.name}` });
      walk(n.children, depth + 1);
    }
  };
  walk(units, 0);
  return (
    <Select
      mode="multiple"
      style={{ width: '100%' }}
      value={value}
      onChange={onChange}
      options={flat}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid="regime-units"
    />
  );
}
