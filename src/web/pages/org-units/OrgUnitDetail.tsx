import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { OrgUnitNode } from '../../api/types';
import { KindTag } from '../../components/RoleTags';
import { t } from '../../i18n';
import { unitLabel } from '../../lib/orgTree';

export interface UnitPermissions {
  manageTree: boolean;
  edit: boolean;
  viewUsers: boolean;
}

interface Props {
  unit: OrgUnitNode | null;
  parent: OrgUnitNode | null;
  can: UnitPermissions;
  onAddChild: () => void;
  onEdit: () => void;
  onMove: () => void;
  onDelete: () => Promise<void>;
}

export function OrgUnitDetail({ unit, parent, can, onAddChild, onEdit, onMove, onDelete }: Props) {
  if (!unit) return <Empty description={t('org.selectHint')} data-testid="org-detail-empty" />;
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <div data-testid="org-detail">
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="org-detail-name">
        {unit.name}
      </Typography.Title>
      <Descriptions bordered column={1} size="small" styles={{ label: { width: 180 } }}>
        <Descriptions.Item label={t('org.field.code')}>
          <Typography.Text code>{unit.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('org.field.name')}>{unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('org.field.shortName')}>{unit.shortName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('org.field.kind')}>
          <KindTag kind={unit.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('org.field.aliases')}>
          {unit.aliases.length ? unit.aliases.map((a) => <Tag key={a}>{a}</Tag>) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('org.field.parent')}>
          {parent ? `${unitLabel(parent)} (${parent.code})` : t('org.rootLevel')}
        </Descriptions.Item>
        <Descriptions.Item label={t('org.field.children')}>{unit.children.length}</Descriptions.Item>
        <Descriptions.Item label={t('org.field.sortOrder')}>{unit.sortOrder}</Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginTop: 16 }}>
        {can.manageTree && (
          <Button icon={<PlusOutlined />} onClick={onAddChild} data-testid="org-add-child">
            {t('org.addChild')}
          </Button>
        )}
        {can.edit && (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="org-edit">
            {t('org.edit')}
          </Button>
        )}
        {can.manageTree && (
          <Button icon={<DragOutlined />} onClick={onMove} data-testid="org-move">
            {t('org.move')}
          </Button>
        )}
        {can.manageTree && (
          <Popconfirm
            title={t('org.deleteConfirm', { name: unitLabel(unit) })}
            description={t('org.deleteHint')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void onDelete()}
          >
            <Button danger icon={<DeleteOutlined />} data-testid="org-delete">
              {t('org.delete')}
            </Button>
          </Popconfirm>
        )}
        {can.viewUsers && (
          <Link to={`/users?orgUnitId=${encodeURIComponent(unit.id)}`}>
            <Button type="link" icon={<TeamOutlined />}>
              {t('org.viewUsers')}
            </Button>
          </Link>
        )}
      </Space>
    </div>
  );
}
