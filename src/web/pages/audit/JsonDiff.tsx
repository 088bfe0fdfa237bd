import { Col, Row, Space, Typography } from 'antd';
import { Fragment } from 'react';
import { t } from '../../i18n';
import { diffObjects, type DiffStatus } from '../../lib/jsonDiff';

const rowClass: Record<DiffStatus, string> = {
  same: '',
  changed: 'diff-changed',
  added: 'diff-added',
  removed: 'diff-removed',
};

function Json({ value }: { value: unknown }) {
  if (value === undefined) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return <pre>{JSON.stringify(value, null, 2)}</pre>;
}

/** Before/after of an audit entry side by side; keys whose value differs are highlighted. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const rows = diffObjects(before, after);

  if (rows === null) {
    return (
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <Json value={before} />
        </Col>
        <Col span={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <Json value={after} />
        </Col>
      </Row>
    );
  }
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noSnapshot')}</Typography.Text>;

  const changed = rows.filter((r) => r.status !== 'same').length;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="audit-diff">
      <Typography.Text type="secondary">{t('audit.changedKeys', { count: changed })}</Typography.Text>
      <div className="diff-grid">
        <div className="diff-head">{t('audit.field')}</div>
        <div className="diff-head">{t('audit.before')}</div>
        <div className="diff-head">{t('audit.after')}</div>
        {rows.map((r) => (
          <Fragment key={r.key}>
            <div className={rowClass[r.status]} data-status={r.status}>
              <Typography.Text code>{r.key}</Typography.Text>
            </div>
            <div className={rowClass[r.status]}>
              {r.status === 'added' ? null : <Json value={r.before} />}
            </div>
            <div className={rowClass[r.status]}>
              {r.status === 'removed' ? null : <Json value={r.after} />}
            </div>
          </Fragment>
        ))}
      </div>
    </Space>
  );
}
