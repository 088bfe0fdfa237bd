import {
  Button,
  Card,
  Form,
  Input,
  Modal,
  Result,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { CHANNELS, PLATFORMS } from '../../../domain/fake-news/workflow';
import { formatDisplayDate } from '../../../domain/text/display';
import { fakeNewsApi, type CaseList, type Figures } from '../../api/fakeNews';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';

type Item = CaseList['items'][number];

function halfYears(today: Date): string[] {
  const y = today.getFullYear();
  return [`${y}-H1`, `${y}-H2`, `${y}`, `${y - 1}-H1`, `${y - 1}-H2`, `${y - 1}`];
}

/** The period's figures, as the half-year report states them (one domain function computes them). */
export function FiguresCard() {
  const [period, setPeriod] = useState(
    () => `${new Date().getFullYear()}-H${new Date().getMonth() < 6 ? 1 : 2}`,
  );
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    void fakeNewsApi.figures(period).then(setFigures);
  }, [period]);
  return (
    <Card title={t('fakeNews.figures.title')} data-testid="fake-news-figures" style={{ marginTop: 16 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('fakeNews.figures.period')}</span>
        <Select
          data-testid="figures-period"
          value={period}
          onChange={setPeriod}
          style={{ width: 140 }}
          options={halfYears(new Date()).map((p) => ({ value: p, label: p }))}
        />
      </Space>
      {figures && (
        <>
          <Space wrap size="large">
            <Statistic title={t('fakeNews.figures.received')} value={figures.received} />
            <Statistic title={t('fakeNews.figures.confirmed')} value={figures.confirmed} />
            <Statistic title={t('fakeNews.figures.published')} value={figures.published} />
            <Statistic
              title={t('fakeNews.figures.sanctioned')}
              value={`${figures.sanctioned}/${figures.confirmed}`}
            />
            <Statistic
              title={t('fakeNews.figures.fineAmount')}
              value={figures.fineAmount}
              groupSeparator="."
            />
          </Space>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {figures.periodLabel} — {t('fakeNews.figures.sentences')}
          </Typography.Title>
          <div data-testid="figures-sentences">
            {figures.sentences.map((s) => (
              <Typography.Paragraph key={s}>{s}</Typography.Paragraph>
            ))}
          </div>
        </>
      )}
    </Card>
  );
}

function IntakeModal({ open, onClose }: { open: boolean; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{
    channel: string;
    urls?: string;
    description: string;
    platform?: string;
    contact?: string;
  }>();
  const submit = async () => {
    const v = await form.validateFields();
    const res = await fakeNewsApi.intake({
      channel: v.channel as (typeof CHANNELS)[number],
      urls: (v.urls ?? '').split(/\s*\n\s*/).filter(Boolean),
      description: v.description,
      platform: (v.platform ?? null) as (typeof PLATFORMS)[number] | null,
      contact: v.contact?.trim() || null,
    });
    showSuccess(
      t(res.joinedExisting ? 'fakeNews.cases.intakeJoined' : 'fakeNews.cases.intakeDone', {
        caseCode: res.caseCode,
      }),
    );
    form.resetFields();
    onClose(true);
  };
  return (
    <Modal
      open={open}
      title={t('fakeNews.cases.intake')}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ channel: 'hotline' }}>
        <Form.Item name="channel" label={t('fakeNews.cases.channel')} rules={[{ required: true }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`fakeNews.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="urls" label={t('fakeNews.report.urls')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="platform" label={t('fakeNews.report.platform')}>
          <Select
            allowClear
            options={PLATFORMS.map((p) => ({ value: p, label: t(`fakeNews.platforms.${p}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('fakeNews.report.description')}
          rules={[{ required: true, min: 10, message: t('fakeNews.report.descriptionRequired') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="contact" label={t('fakeNews.detail.contact')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The team's list of cases with the step each is at and its deadline, intake and the period's figures. */
export default function FakeNewsCasesPage() {
  const [member, setMember] = useState<boolean | null>(null);
  const [list, setList] = useState<CaseList | null>(null);
  const [intakeOpen, setIntakeOpen] = useState(false);
  const load = useCallback(() => void fakeNewsApi.cases({}).then(setList), []);
  useEffect(() => {
    void fakeNewsApi.me().then((r) => {
      setMember(r.member !== null);
      if (r.member) load();
    });
  }, [load]);
  if (member === false) return <Result status="403" subTitle={t('fakeNews.cases.notMember')} />;
  const columns = [
    {
      title: t('fakeNews.cases.code'),
      dataIndex: 'code',
      render: (code: string, r: Item) => <Link to={`/fake-news/cases/${r.id}`}>{code}</Link>,
    },
    { title: t('fakeNews.cases.content'), dataIndex: 'title', ellipsis: true },
    {
      title: t('fakeNews.cases.status'),
      dataIndex: 'status',
      render: (s: Item['status']) => t(`fakeNews.statuses.${s}`),
    },
    {
      title: t('fakeNews.cases.received'),
      dataIndex: 'receivedOn',
      render: (d: string) => formatDisplayDate(d),
      responsive: ['md' as const],
    },
    {
      title: t('fakeNews.cases.deadline'),
      dataIndex: 'stepDeadline',
      render: (d: string | null, r: Item) => (
        <Space>
          {formatDisplayDate(d)}
          {r.standing === 'overdue' && <Tag color="red">{t('fakeNews.cases.overdue')}</Tag>}
          {r.standing === 'dueToday' && <Tag color="orange">{t('fakeNews.cases.dueToday')}</Tag>}
        </Space>
      ),
    },
    { title: t('fakeNews.cases.reports'), dataIndex: 'reports', responsive: ['md' as const] },
  ];
  return (
    <div data-testid="fake-news-cases">
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('fakeNews.cases.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setIntakeOpen(true)} data-testid="intake-open">
          {t('fakeNews.cases.intake')}
        </Button>
      </Space>
      <Table<Item>
        rowKey="id"
        size="small"
        dataSource={list?.items ?? []}
        loading={list === null}
        columns={columns}
        locale={{ emptyText: t('fakeNews.cases.empty') }}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
      />
      <FiguresCard />
      <IntakeModal
        open={intakeOpen}
        onClose={(changed) => {
          setIntakeOpen(false);
          if (changed) load();
        }}
      />
    </div>
  );
}
