import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OrgUnitNode, PlanImportResult } from '../../../api/types';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect';
import { t } from '../../../i18n';

export interface UnmatchedRow {
  raw: string;
  /** How many preview rows name this wording. */
  rows: number;
  /** Units the wording may mean, best first (at most three). */
  candidates: PlanImportResult['unitSuggestions'][number]['candidates'];
}

interface Props {
  entries: readonly UnmatchedRow[];
  mappings: Readonly<Record<string, string>>;
  units: readonly OrgUnitNode[];
  onMap: (raw: string, unitId: string | undefined) => void;
}

/** Unit wordings the org tree does not know yet; each one picked here becomes an alias on save. */
export function UnmatchedUnitsPanel({ entries, mappings, units, onMap }: Props) {
  const open = entries.filter((e) => !mappings[e.raw]).length;
  const columns: ColumnsType<UnmatchedRow> = [
    {
      title: t('planImport.unmatched.raw'),
      dataIndex: 'raw',
      render: (raw: string) =>
        mappings[raw] ? (
          <Tag color="success" icon={<CheckCircleOutlined />}>
            {raw}
          </Tag>
        ) : (
          <Tag color="warning" icon={<WarningOutlined />} style={{ whiteSpace: 'normal' }}>
            {raw}
          </Tag>
        ),
    },
    { title: t('planImport.unmatched.rows'), dataIndex: 'rows', width: 90, align: 'right' },
    {
      title: t('planImport.unmatched.unit'),
      key: 'unit',
      width: 380,
      render: (_v, e) => (
        <Flex vertical gap={4}>
          <OrgUnitTreeSelect
            units={units}
            value={mappings[e.raw] ?? null}
            allowClear
            placeholder={t('planImport.unmatched.choose')}
            onChange={(id) => onMap(e.raw, id)}
            style={{ width: '100%' }}
            data-testid={`map-unit-${e.raw}`}
          />
          {!mappings[e.raw] && e.candidates.length > 0 && (
            <Flex wrap gap={4} align="center" data-testid={`suggest-unit-${e.raw}`}>
              <Typography.Text type="secondary">{t('planImport.unmatched.suggested')}</Typography.Text>
              {e.candidates.map((c) => (
                <Button key={c.unitId} size="small" onClick={() => onMap(e.raw, c.unitId)} title={c.name}>
                  {t('planImport.unmatched.candidate', {
                    name: c.shortName ?? c.name,
                    score: Math.round(c.score * 100),
                  })}
                </Button>
              ))}
            </Flex>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={
        <span>
          {t('planImport.unmatched.title', { count: entries.length })}{' '}
          {open === 0 && <Tag color="success">{t('planImport.unmatched.allMapped')}</Tag>}
        </span>
      }
      data-testid="plan-unmatched"
    >
      <Alert type="info" showIcon title={t('planImport.unmatched.hint')} style={{ marginBottom: 12 }} />
      <Table<UnmatchedRow>
        rowKey="raw"
        size="small"
        columns={columns}
        dataSource={[...entries]}
        pagination={entries.length > 10 ? { pageSize: 10 } : false}
      />
    </Card>
  );
}
