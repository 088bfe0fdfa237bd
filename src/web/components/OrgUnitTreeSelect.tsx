import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import type { OrgUnitNode } from '../api/types';
import { foldText, unitLabel } from '../lib/orgTree';

export interface UnitOption {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children: UnitOption[];
}

export function toUnitOptions(
  nodes: readonly OrgUnitNode[],
  disabledIds?: ReadonlySet<string>,
): UnitOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: unitLabel(n).toLowerCase() === n.code.toLowerCase() ? n.code : `${unitLabel(n)} (${n.code})`,
    searchText: foldText([n.name, n.shortName ?? '', n.code, ...n.aliases].join(' ')),
    disabled: disabledIds?.has(n.id) ?? false,
    children: toUnitOptions(n.children, disabledIds),
  }));
}

interface Props {
  units: readonly OrgUnitNode[];
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabledIds?: ReadonlySet<string>;
  /** Extra options listed before the tree (e.g. "no parent"). */
  extraOptions?: UnitOption[];
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Pick one unit from the org tree, searchable by name, short name, code or alias (diacritics ignored). */
export function OrgUnitTreeSelect({ units, extraOptions, disabledIds, value, onChange, ...rest }: Props) {
  const treeData = useMemo(
    () => [...(extraOptions ?? []), ...toUnitOptions(units, disabledIds)],
    [units, disabledIds, extraOptions],
  );
  return (
    <TreeSelect<string>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{
        treeNodeFilterProp: 'searchText',
        filterTreeNode: (input, node) => String(node.searchText ?? '').includes(foldText(input)),
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 320 } } }}
    />
  );
}
