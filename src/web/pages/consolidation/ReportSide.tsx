import { AimOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Input, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ConsistencyChecks, ConsolidatedReport, HeaderPatch } from '../../api/reports';
import { t } from '../../i18n';

export function ChecksPanel({
  checks,
  onGoTo,
}: {
  checks: ConsistencyChecks | null;
  onGoTo: (blockId: string) => void;
}) {
  const issues = checks?.issues ?? [];
  return (
    <Card
      size="small"
      title={t('consolidation.checks')}
      extra={
        issues.length > 0 ? (
          <Tag color="orange">{t('consolidation.checksCount', { count: issues.length })}</Tag>
        ) : null
      }
      data-testid="consolidation-checks"
    >
      {issues.length === 0 ? (
        <Typography.Text type="success">{t('consolidation.checksNone')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={issues}
          renderItem={(issue) => (
            <List.Item
              actions={
                issue.blockId
                  ? [
                      <Button
                        key="go"
                        size="small"
                        type="link"
                        icon={<AimOutlined />}
                        onClick={() => onGoTo(issue.blockId ?? '')}
                      >
                        {t('consolidation.goTo')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={2}>
                <Flex gap={4} wrap>
                  <Tag color="orange" style={{ width: 'fit-content' }}>
                    {issue.location}
                  </Tag>
                  {issue.code === 'figureMismatch' && (
                    <Tag color="red" data-testid="check-figure-mismatch">
                      {t('figures.mismatchTag')}
                    </Tag>
                  )}
                </Flex>
                <span>{issue.message}</span>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function HeaderForm({
  report,
  onSave,
}: {
  report: ConsolidatedReport;
  onSave: (header: HeaderPatch, summary: string) => Promise<boolean>;
}) {
  const h = report.header;
  const [number, setNumber] = useState(h.number ?? '');
  const [symbol, setSymbol] = useState(h.symbol);
  const [place, setPlace] = useState(h.place);
  const [date, setDate] = useState<string | null>(h.date);
  const [title, setTitle] = useState(h.signature.title);
  const [authority, setAuthority] = useState(h.signature.authority ?? '');
  const [name, setName] = useState(h.signature.name);
  const [summary, setSummary] = useState(report.draft.summary);
  const [busy, setBusy] = useState(false);
  const field = (label: string, node: React.ReactNode) => (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {node}
    </Flex>
  );
  const save = async () => {
    setBusy(true);
    try {
      await onSave(
        {
          number: number.trim() === '' ? null : number.trim(),
          symbol,
          place,
          date,
          signature: { title, name, ...(authority.trim() ? { authority: authority.trim() } : {}) },
        },
        summary,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('consolidation.header')} data-testid="consolidation-header">
      <Flex vertical gap={8}>
        <Flex gap={8}>
          {field(
            t('consolidation.number'),
            <Input value={number} onChange={(e) => setNumber(e.target.value)} data-testid="header-number" />,
          )}
          {field(
            t('consolidation.symbol'),
            <Input value={symbol} onChange={(e) => setSymbol(e.target.value)} />,
          )}
        </Flex>
        <Flex gap={8}>
          {field(
            t('consolidation.place'),
            <Input value={place} onChange={(e) => setPlace(e.target.value)} />,
          )}
          {field(
            t('consolidation.date'),
            <DatePicker
              value={date ? dayjs(date) : null}
              format="DD/MM/YYYY"
              onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : null)}
              data-testid="header-date"
            />,
          )}
        </Flex>
        {field(
          t('consolidation.signerAuthority'),
          <Input value={authority} onChange={(e) => setAuthority(e.target.value)} />,
        )}
        {field(
          t('consolidation.signerTitle'),
          <Input value={title} onChange={(e) => setTitle(e.target.value)} />,
        )}
        {field(
          t('consolidation.signerName'),
          <Input value={name} onChange={(e) => setName(e.target.value)} data-testid="header-signer" />,
        )}
        {field(
          t('consolidation.summary'),
          <Input.TextArea
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 5 }}
          />,
        )}
        <Button
          onClick={() => void save()}
          loading={busy}
          disabled={title.trim() === '' || summary.trim() === ''}
          data-testid="header-save"
        >
          {t('consolidation.saveHeader')}
        </Button>
      </Flex>
    </Card>
  );
}
