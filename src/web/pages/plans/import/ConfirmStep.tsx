import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Row,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import type { PlanImportResult } from '../../../api/types';
import { t } from '../../../i18n';
import type { PlanRow } from '../../../lib/planRows';

export interface CommitFailure {
  message: string;
  expired: boolean;
}

interface Props {
  result: PlanImportResult;
  rows: readonly PlanRow[];
  modeLabel: string;
  modeChoice: ReactNode;
  /** Raw wording → unit label, saved as aliases. */
  mappings: readonly { raw: string; unit: string }[];
  editedRows: number;
  checking: boolean;
  failure: CommitFailure | null;
  onReupload: () => void;
  issuerConfirmed: boolean;
  onConfirmIssuer: (confirmed: boolean) => void;
}

export function ConfirmStep(props: Props) {
  const { rows } = props;
  const indicators = rows.filter((r) => r.kind === 'indicator').length;
  const tasks = rows.length - indicators;
  const warnings = rows.reduce((n, r) => n + r.warnings.length, 0);
  const warningRows = rows.filter((r) => r.warnings.length > 0).length;
  const doc = props.result.document;

  return (
    <Spin spinning={props.checking}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-import-confirm">
        {props.failure && (
          <Alert
            type="error"
            showIcon
            title={t('planImport.confirm.failed')}
            description={
              <>
                <div data-testid="plan-commit-error">{props.failure.message}</div>
                <div>
                  {props.failure.expired
                    ? t('planImport.confirm.expired')
                    : t('planImport.confirm.keptEdits')}
                </div>
              </>
            }
            action={
              props.failure.expired ? (
                <Button size="small" onClick={props.onReupload}>
                  {t('planImport.confirm.reupload')}
                </Button>
              ) : undefined
            }
          />
        )}
        {props.modeChoice}
        <Card size="small" title={t('planImport.confirm.title')}>
          <Typography.Paragraph strong data-testid="plan-confirm-summary">
            {t('planImport.confirm.summary', { indicators, tasks, warnings })}
          </Typography.Paragraph>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col xs={8}>
              <Statistic title={t('planImport.confirm.indicators')} value={indicators} />
            </Col>
            <Col xs={8}>
              <Statistic title={t('planImport.confirm.tasks')} value={tasks} />
            </Col>
            <Col xs={8}>
              <Statistic
                title={t('planImport.confirm.warnings')}
                value={warnings}
                suffix={
                  warnings ? (
                    <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                      {t('planImport.confirm.warningRows', { rows: warningRows })}
                    </Typography.Text>
                  ) : undefined
                }
                styles={{ content: { color: warnings ? '#d48806' : undefined } }}
              />
            </Col>
          </Row>
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 220 } }}
            items={[
              {
                key: 'doc',
                label: t('planImport.documentNumber'),
                children: [doc.number, doc.title].filter(Boolean).join(' – ') || t('common.none'),
              },
              { key: 'mode', label: t('planImport.confirm.mode'), children: props.modeLabel },
              {
                key: 'mappings',
                label: t('planImport.confirm.mappings'),
                children: props.mappings.length
                  ? props.mappings.map((m) => (
                      <Tag key={m.raw} style={{ whiteSpace: 'normal' }}>
                        {m.raw} → {m.unit}
                      </Tag>
                    ))
                  : t('planImport.confirm.noMappings'),
              },
              { key: 'edits', label: t('planImport.confirm.edits'), children: props.editedRows },
            ]}
          />
          {props.result.issuer.needsConfirmation && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              data-testid="plan-issuer-warning"
              title={t('planImport.issuer.title', {
                issuer: props.result.issuer.issuer ?? '',
                importer: props.result.issuer.importingUnit ?? '',
              })}
              description={
                <Checkbox
                  checked={props.issuerConfirmed}
                  onChange={(e) => props.onConfirmIssuer(e.target.checked)}
                  data-testid="plan-issuer-confirm"
                >
                  {t('planImport.issuer.confirm')}
                </Checkbox>
              }
            />
          )}
          {warnings > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={t('planImport.confirm.warningsLeft', { count: warnings })}
            />
          )}
        </Card>
      </Space>
    </Spin>
  );
}
