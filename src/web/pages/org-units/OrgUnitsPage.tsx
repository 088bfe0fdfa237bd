import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Dropdown, Result, Row, Skeleton, Space } from 'antd';
import { useMemo, useState } from 'react';
import { orgUnitsApi } from '../../api/endpoints';
import type { OrgUnit } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { isAdmin } from '../../layout/navigation';
import { showSuccess } from '../../lib/feedback';
import { ancestorIds, indexUnits } from '../../lib/orgTree';
import { ImportModal } from './ImportModal';
import { MoveUnitModal } from './MoveUnitModal';
import { OrgTree } from './OrgTree';
import { OrgUnitDetail, type UnitPermissions } from './OrgUnitDetail';
import { OrgUnitFormModal, type OrgUnitFormTarget } from './OrgUnitFormModal';

type Dialog = { kind: 'form'; target: OrgUnitFormTarget } | { kind: 'move' } | { kind: 'import' } | null;

export default function OrgUnitsPage() {
  const me = useMe();
  const admin = isAdmin(me);
  const { units, loading, failed, reload } = useOrgTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const index = useMemo(() => indexUnits(units), [units]);
  const selected = selectedId ? (index.get(selectedId) ?? null) : null;

  const can: UnitPermissions = {
    manageTree: admin,
    // unit heads may edit their own unit and the units below it (the server checks again)
    edit:
      admin ||
      (me.roles.includes('unitHead') &&
        !!selected &&
        ancestorIds(index, selected.node.id).includes(me.orgUnitId)),
    viewUsers: admin,
  };

  const afterSave = async (unit: OrgUnit, text: string) => {
    setDialog(null);
    showSuccess(text);
    await reload();
    setSelectedId(unit.id);
  };

  const onDelete = async () => {
    if (!selected) return;
    try {
      await orgUnitsApi.remove(selected.node.id);
      showSuccess(t('org.deleted'));
      setSelectedId(null);
      await reload();
    } catch {
      // the server's reason (children, users) was shown by the API client
    }
  };

  const exportMenu = {
    items: [
      { key: 'json', label: t('org.exportJson') },
      { key: 'xlsx', label: t('org.exportXlsx') },
    ],
    onClick: ({ key }: { key: string }) =>
      void orgUnitsApi.export(key === 'xlsx' ? 'xlsx' : 'json').catch(() => null),
  };

  const toolbar = (
    <Space wrap>
      {admin && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'form', target: { mode: 'create', parent: null } })}
          data-testid="org-add-root"
        >
          {t('org.addRoot')}
        </Button>
      )}
      <Dropdown menu={exportMenu}>
        <Button icon={<DownloadOutlined />} data-testid="org-export">
          {t('org.export')}
        </Button>
      </Dropdown>
      {admin && (
        <Button
          icon={<UploadOutlined />}
          onClick={() => setDialog({ kind: 'import' })}
          data-testid="org-import"
        >
          {t('org.import')}
        </Button>
      )}
    </Space>
  );

  if (failed && units.length === 0) {
    return (
      <Result
        status="warning"
        title={t('errors.title')}
        extra={<Button onClick={() => void reload()}>{t('common.reload')}</Button>}
      />
    );
  }

  return (
    <Row gutter={[16, 16]} data-testid="org-units-page">
      <Col xs={24} xl={11}>
        <Card title={t('org.title')}>
          <div style={{ marginBottom: 12 }}>{toolbar}</div>
          {loading && units.length === 0 ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            <OrgTree units={units} selectedId={selectedId} onSelect={setSelectedId} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={13}>
        <Card loading={loading && units.length === 0}>
          <OrgUnitDetail
            unit={selected?.node ?? null}
            parent={selected?.parent ?? null}
            can={can}
            onAddChild={() =>
              selected && setDialog({ kind: 'form', target: { mode: 'create', parent: selected.node } })
            }
            onEdit={() =>
              selected && setDialog({ kind: 'form', target: { mode: 'edit', unit: selected.node } })
            }
            onMove={() => setDialog({ kind: 'move' })}
            onDelete={onDelete}
          />
        </Card>
      </Col>
      {dialog?.kind === 'form' && (
        <OrgUnitFormModal
          target={dialog.target}
          structureLocked={!admin}
          onClose={() => setDialog(null)}
          onSaved={(unit) =>
            void afterSave(unit, dialog.target.mode === 'create' ? t('org.created') : t('common.saved'))
          }
        />
      )}
      {dialog?.kind === 'move' && selected && (
        <MoveUnitModal
          unit={selected.node}
          units={units}
          onClose={() => setDialog(null)}
          onMoved={(unit) => void afterSave(unit, t('org.moved'))}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportModal
          onClose={() => setDialog(null)}
          onImported={(result) => {
            setDialog(null);
            showSuccess(t('orgImport.done', { ...result }));
            void reload();
          }}
        />
      )}
    </Row>
  );
}
