import { Alert, Form, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { orgUnitsApi } from '../../api/endpoints';
import type { OrgUnit, OrgUnitNode } from '../../api/types';
import { OrgUnitTreeSelect, type UnitOption } from '../../components/OrgUnitTreeSelect';
import { t } from '../../i18n';
import { subtreeIds, unitLabel } from '../../lib/orgTree';

const ROOT = '__root__';

interface Props {
  unit: OrgUnitNode;
  units: readonly OrgUnitNode[];
  onClose: () => void;
  onMoved: (unit: OrgUnit) => void;
}

/** Choose a new parent; the unit itself and its descendants cannot be chosen. */
export function MoveUnitModal({ unit, units, onClose, onMoved }: Props) {
  const [parent, setParent] = useState<string | undefined>(unit.parentId ?? ROOT);
  const [saving, setSaving] = useState(false);
  const disabled = useMemo(() => subtreeIds(unit), [unit]);
  const extra = useMemo<UnitOption[]>(
    () => [{ value: ROOT, title: t('org.rootOption'), searchText: '', children: [] }],
    [],
  );
  const unchanged = (unit.parentId ?? ROOT) === parent;

  const submit = async () => {
    if (!parent) return;
    setSaving(true);
    try {
      onMoved(await orgUnitsApi.move(unit.id, parent === ROOT ? null : parent));
    } catch {
      // shown by the API client
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('org.moveTitle', { name: unitLabel(unit) })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !parent || unchanged }}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="org-move-modal"
    >
      <Alert type="info" showIcon title={t('org.moveHint')} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={t('org.newParent')} required>
          <OrgUnitTreeSelect
            units={units}
            value={parent}
            onChange={setParent}
            disabledIds={disabled}
            extraOptions={extra}
            style={{ width: '100%' }}
            data-testid="org-move-parent"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
