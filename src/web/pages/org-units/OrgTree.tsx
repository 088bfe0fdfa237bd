import { Empty, Input, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import type { OrgUnitNode } from '../../api/types';
import { KindTag } from '../../components/RoleTags';
import { t } from '../../i18n';
import { allIds, ancestorIds, filterTree, indexUnits, unitLabel } from '../../lib/orgTree';

function NodeTitle({ unit }: { unit: OrgUnitNode }) {
  const label = unitLabel(unit);
  return (
    <span className="org-tree-title" data-testid={`org-node-${unit.code}`} title={unit.name}>
      <span>{label}</span>
      {/* the code is shown unless it is exactly the label (e.g. "KHTC") */}
      {unit.code.toLowerCase() !== label.toLowerCase() && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.code}
        </Typography.Text>
      )}
      <KindTag kind={unit.kind} />
    </span>
  );
}

function toTreeData(nodes: readonly OrgUnitNode[]): DataNode[] {
  return nodes.map((n) => ({ key: n.id, title: <NodeTitle unit={n} />, children: toTreeData(n.children) }));
}

interface Props {
  units: readonly OrgUnitNode[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

export function OrgTree({ units, selectedId, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const visible = useMemo(() => filterTree(units, query), [units, query]);
  const treeData = useMemo(() => toTreeData(visible), [visible]);

  // Everything starts expanded; we only remember what the user folded (cleared when searching).
  const expandedKeys = useMemo(
    () => allIds(visible).filter((id) => !collapsed.has(id)),
    [visible, collapsed],
  );

  // A unit selected from outside (e.g. just created) must be visible: unfold its ancestors.
  const [shownSelection, setShownSelection] = useState(selectedId);
  if (selectedId !== shownSelection) {
    setShownSelection(selectedId);
    const hidden = selectedId
      ? ancestorIds(indexUnits(units), selectedId).filter((id) => collapsed.has(id))
      : [];
    if (hidden.length > 0) setCollapsed(new Set([...collapsed].filter((id) => !hidden.includes(id))));
  }

  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('org.searchPlaceholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          setCollapsed(new Set());
        }}
        style={{ marginBottom: 12 }}
        data-testid="org-search"
      />
      {treeData.length === 0 ? (
        <Empty description={query ? t('org.noMatch') : t('org.empty')} data-testid="org-empty" />
      ) : (
        <Tree
          data-testid="org-tree"
          blockNode
          showLine
          treeData={treeData}
          expandedKeys={expandedKeys}
          onExpand={(_keys, info) => {
            const id = String(info.node.key);
            setCollapsed((prev) => {
              const next = new Set(prev);
              if (info.expanded) next.delete(id);
              else next.add(id);
              return next;
            });
          }}
          selectedKeys={selectedId ? [selectedId] : []}
          // clicking the selected unit again keeps it selected (antd would clear the selection)
          onSelect={(_keys, info) => onSelect(String(info.node.key))}
        />
      )}
    </>
  );
}
