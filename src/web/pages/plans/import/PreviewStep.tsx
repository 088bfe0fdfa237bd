import { FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Space, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DomainEntry, ImportItem, ItemEdit, OrgUnitNode, PlanImportResult } from '../../../api/types';
import { t } from '../../../i18n';
import { formatIsoDate } from '../../../lib/format';
import type { PlanRow } from '../../../lib/planRows';
import { DomainCataloguePanel } from './DomainCataloguePanel';
import { PreviewItemsTable } from './PreviewItemsTable';
import { UnmatchedUnitsPanel, type UnmatchedRow } from './UnmatchedUnitsPanel';

export type ReviewStatus =
  | { state: 'fresh' }
  | { state: 'stale' }
  | { state: 'running' }
  | { state: 'failed'; message: string; expired: boolean };

interface Props {
  fileName: string;
  result: PlanImportResult;
  originals: readonly ImportItem[];
  rows: readonly PlanRow[];
  edits: Readonly<Record<number, ItemEdit>>;
  mappings: Readonly<Record<string, string>>;
  unmatched: readonly UnmatchedRow[];
  units: readonly OrgUnitNode[];
  unitNames: readonly { value: string; label: string }[];
  planYear: number;
  review: ReviewStatus;
  /** The existing-plan choice, when the number is already in the system. */
  modeChoice: ReactNode;
  /** Offered when the preview expired: upload the same file again, keeping the edits. */
  onReupload: () => void;
  onMap: (raw: string, unitId: string | undefined) => void;
  onEdit: (index: number, edit: ItemEdit | null) => void;
  onRecheck: () => void;
  /** The compiler's domain catalogue; null while the proposal stands. */
  domains: readonly DomainEntry[] | null;
  onDomains: (next: DomainEntry[] | null) => void;
}

export function ReviewState({
  review,
  onRecheck,
  onReupload,
}: Pick<Props, 'review' | 'onRecheck' | 'onReupload'>) {
  return (
    <Flex align="center" gap={8} wrap data-testid="plan-review-state" data-state={review.state}>
      <Button
        icon={<ReloadOutlined />}
        loading={review.state === 'running'}
        onClick={onRecheck}
        data-testid="plan-recheck"
      >
        {review.state === 'running' ? t('planImport.table.checking') : t('planImport.table.recheck')}
      </Button>
      {review.state === 'stale' && (
        <Typography.Text type="warning">{t('planImport.table.stale')}</Typography.Text>
      )}
      {review.state === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={t('planImport.table.reviewFailed', { message: review.message })}
          action={
            review.expired ? (
              <Button size="small" onClick={onReupload}>
                {t('planImport.confirm.reupload')}
              </Button>
            ) : undefined
          }
        />
      )}
    </Flex>
  );
}

export function PreviewStep(props: Props) {
  const { result, rows, edits } = props;
  const doc = result.document;
  const missing = <Typography.Text type="warning">{t('planImport.missing')}</Typography.Text>;
  const indicators = rows.filter((r) => r.kind === 'indicator').length;
  const warningRows = rows.filter((r) => r.warnings.length > 0).length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-import-preview">
      <Card
        size="small"
        title={
          <Space>
            <FileTextOutlined />
            {t('planImport.fileLabel', { name: props.fileName })}
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'number',
              label: t('planImport.documentNumber'),
              children: doc.number ? <span data-testid="preview-number">{doc.number}</span> : missing,
            },
            {
              key: 'date',
              label: t('planImport.documentDate'),
              children: doc.date ? formatIsoDate(doc.date) : missing,
            },
            {
              key: 'year',
              label: t('planImport.documentYear'),
              children: doc.year ?? missing,
            },
            {
              key: 'agency',
              label: t('planImport.documentAgency'),
              children: [doc.parentAgency, doc.agency].filter(Boolean).join(' – ') || missing,
            },
            {
              key: 'title',
              label: t('planImport.documentTitle'),
              span: 2,
              children: doc.title ? [doc.type, doc.title].filter(Boolean).join(' ') : missing,
            },
          ]}
        />
        <Row gutter={[16, 8]} style={{ marginTop: 12 }}>
          <Col xs={12} md={4}>
            <Statistic
              title={t('planImport.counts.rows')}
              value={rows.length}
              data-testid="preview-count-rows"
            />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('planImport.counts.indicators')} value={indicators} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('planImport.counts.tasks')} value={rows.length - indicators} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t('planImport.counts.warnings')}
              value={warningRows}
              styles={{ content: { color: warningRows ? '#d48806' : undefined } }}
              data-testid="preview-count-warnings"
            />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('planImport.counts.regimes')} value={result.regimes.length} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t('planImport.counts.edited')}
              value={Object.keys(edits).length}
              data-testid="preview-count-edited"
            />
          </Col>
        </Row>
        {result.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={t('planImport.documentWarnings')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {result.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            }
          />
        )}
      </Card>
      {props.modeChoice}
      {props.unmatched.length > 0 && (
        <UnmatchedUnitsPanel
          entries={props.unmatched}
          mappings={props.mappings}
          units={props.units}
          onMap={props.onMap}
        />
      )}
      {(props.domains ?? result.domains).length > 0 && (
        <DomainCataloguePanel
          catalogue={props.domains ?? result.domains}
          items={result.items}
          changed={props.domains !== null}
          onChange={props.onDomains}
          onReset={() => props.onDomains(null)}
        />
      )}
      <Card
        size="small"
        title={t('planImport.table.title')}
        extra={
          <ReviewState review={props.review} onRecheck={props.onRecheck} onReupload={props.onReupload} />
        }
      >
        <PreviewItemsTable
          rows={rows}
          items={result.items}
          originals={props.originals}
          edits={edits}
          planYear={props.planYear}
          unitNames={props.unitNames}
          onEdit={props.onEdit}
        />
      </Card>
    </Space>
  );
}
