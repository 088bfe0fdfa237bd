import { TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { emulationApi, type CampaignList, type Scores, type SubjectScore } from '../../api/emulation';
import { usersApi } from '../../api/endpoints';
import type { User } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';

const noCampaigns: CampaignList['items'] = [];

function ScoreTable({ rows, testId }: { rows: SubjectScore[]; testId: string }) {
  return (
    <Table<SubjectScore>
      data-testid={testId}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      expandable={{
        rowExpandable: (r) => r.lines.length > 0,
        expandedRowRender: (r) => (
          <ul className="emulation-lines">
            {r.lines.map((l) => (
              <li key={`${l.component}:${l.sourceId}`}>
                <Link to={l.link}>{l.label}</Link>: {l.earned}/{l.max}
                {l.failures.length > 0 ? ` (${l.failures.join(', ')})` : ''}
              </li>
            ))}
          </ul>
        ),
      }}
      columns={[
        { title: t('emulation.name'), dataIndex: 'name' },
        {
          title: t('emulation.points'),
          render: (_, r) => (r.points === null ? t('emulation.noScore') : r.points),
        },
        {
          title: t('emulation.tally'),
          render: (_, r) =>
            `${r.tally.assigned} / ${r.tally.due} / ${r.tally.onTime} / ${r.tally.late} / ${r.tally.overdue} / ${r.tally.extended}`,
        },
        {
          title: t('emulation.proposed'),
          render: (_, r) => (
            <>
              {r.proposed ?? t('common.none')}{' '}
              {r.capped ? <Tag color="orange">{t('emulation.capped')}</Tag> : null}
            </>
          ),
        },
      ]}
    />
  );
}

function CreateCampaign({
  open,
  onClose,
  unitId,
}: {
  open: boolean;
  onClose: () => void;
  unitId: string | null;
}) {
  const navigate = useNavigate();
  const [users, setUsers] = useState<User[]>([]);
  const [form] = Form.useForm<{ name: string; year: number; chairId: string; councilIds: string[] }>();
  useEffect(() => {
    if (open) void usersApi.list().then((r) => setUsers(r.users));
  }, [open]);
  const options = users.map((u) => ({ value: u.id, label: u.fullName }));
  const submit = async () => {
    const values = await form.validateFields();
    if (!unitId) return;
    const created = await emulationApi.create({
      ...values,
      unitId,
      criteria: [
        { key: 'kyLuat', label: t('emulation.defaultCriterion1'), max: 10 },
        { key: 'phongTrao', label: t('emulation.defaultCriterion2'), max: 10 },
      ],
    });
    showSuccess(t('emulation.created'));
    void navigate(`/emulation/${encodeURIComponent(created.id)}`);
  };
  const year = new Date().getFullYear();
  return (
    <Modal
      open={open}
      title={t('emulation.newCampaign')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'campaign-create-ok' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year, name: t('emulation.defaultCampaignName', { year: String(year) }) }}
      >
        <Form.Item name="name" label={t('emulation.campaignName')} rules={[{ required: true }]}>
          <Input data-testid="campaign-name" />
        </Form.Item>
        <Form.Item name="year" label={t('emulation.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="chairId" label={t('emulation.chair')} rules={[{ required: true }]}>
          <Select data-testid="campaign-chair" showSearch={{ optionFilterProp: 'label' }} options={options} />
        </Form.Item>
        <Form.Item name="councilIds" label={t('emulation.council')} rules={[{ required: true }]}>
          <Select
            data-testid="campaign-council"
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function EmulationPage() {
  const me = useMe();
  const { units } = useOrgTree();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [scores, setScores] = useState<Scores | null>(null);
  const [creating, setCreating] = useState(false);
  const chosen =
    unitId ?? units[0]?.children.find((c) => c.kind === 'provincialDepartment')?.id ?? units[0]?.id ?? null;
  const { data: campaigns = noCampaigns, isFetching: loading } = useQuery({
    queryKey: ['emulation', 'campaigns'],
    queryFn: async () => (await emulationApi.list()).items,
  });
  const show = async () => {
    if (chosen) setScores(await emulationApi.scores(chosen, period.trim()));
  };

  return (
    <Flex vertical gap={16} data-testid="emulation-page">
      <Typography.Title level={3}>
        <TrophyOutlined /> {t('emulation.title')}
      </Typography.Title>
      <Card
        title={t('emulation.campaigns')}
        extra={
          can(me, 'emulation.manage') ? (
            <Button type="primary" data-testid="campaign-new" onClick={() => setCreating(true)}>
              {t('emulation.newCampaign')}
            </Button>
          ) : null
        }
      >
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={campaigns}
          pagination={false}
          locale={{ emptyText: t('emulation.empty') }}
          columns={[
            {
              title: t('emulation.campaignName'),
              render: (_, c) => (
                <Link data-testid="campaign-link" to={`/emulation/${c.id}`}>
                  {c.name}
                </Link>
              ),
            },
            { title: t('emulation.unit'), render: (_, c) => c.unit.name },
            { title: t('emulation.year'), dataIndex: 'year' },
            { title: t('emulation.stage.registration'), render: (_, c) => t(`emulation.stage.${c.stage}`) },
          ]}
        />
      </Card>
      <Card title={t('emulation.scoresTitle')}>
        <Typography.Paragraph type="secondary">{t('emulation.scoresHint')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <OrgUnitTreeSelect
            units={units}
            value={chosen}
            onChange={(v) => setUnitId(v ?? null)}
            style={{ minWidth: 280 }}
          />
          <Input
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            placeholder={t('emulation.period')}
            style={{ width: 200 }}
            data-testid="scores-period"
          />
          <Button onClick={() => void show()} data-testid="scores-show">
            {t('emulation.show')}
          </Button>
        </Flex>
        {scores ? (
          <>
            <Typography.Title level={5}>{t('emulation.units')}</Typography.Title>
            <ScoreTable rows={scores.units} testId="scores-units" />
            <Typography.Title level={5}>{t('emulation.people')}</Typography.Title>
            <ScoreTable rows={scores.people} testId="scores-people" />
          </>
        ) : null}
      </Card>
      <CreateCampaign open={creating} onClose={() => setCreating(false)} unitId={chosen} />
    </Flex>
  );
}
