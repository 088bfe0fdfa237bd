import { useQuery } from '@tanstack/react-query';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { keys, queries, useInvalidate } from '../../api/queries';
import { regimesApi, type Regime } from '../../api/reports';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { OutlineEditor } from './OutlineEditor';
import { RegimeGeneralCard, RegimeInstructionsCard } from './RegimeFields';
import { blank, fromRegime, toInput, type RegimeForm } from './regimeForm';
import './reports.css';

const noIndicators: { value: string; label: string }[] = [];

/** Loads the regime (none for a new one), then hands it to the editor, which owns the form from there. */
export default function RegimeEditorPage() {
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const { data, isPlaceholderData } = useQuery({ ...queries.regime(id ?? ''), enabled: !isNew });
  if (!isNew && (isPlaceholderData || !data))
    return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  return <RegimeEditor key={data?.id ?? 'new'} initial={isNew ? null : (data ?? null)} />;
}

function RegimeEditor({ initial }: { initial: Regime | null }) {
  const isNew = initial === null;
  const navigate = useNavigate();
  const { units } = useOrgTree();
  const [regime, setRegime] = useState<Regime | null>(initial);
  const [form, setForm] = useState<RegimeForm>(initial ? fromRegime(initial) : blank());
  const [busy, setBusy] = useState(false);
  const planId = regime?.planId ?? undefined;
  const invalidate = useInvalidate();
  const { data: indicators = noIndicators } = useQuery({
    ...queries.indicators({ planId }),
    select: (rows) =>
      rows.map((i) => ({ value: i.id, label: `${i.ordinal ? `${i.ordinal}. ` : ''}${i.content}` })),
  });

  const set = (patch: Partial<RegimeForm>) => setForm({ ...form, ...patch });

  const saveRegime = async (): Promise<Regime | null> => {
    setBusy(true);
    try {
      if (isNew) {
        const created = await regimesApi.create(toInput(form));
        void invalidate(keys.regimes);
        showSuccess(t('regimeEditor.created'));
        void navigate(`/reports/regimes/${encodeURIComponent(created.id)}`, { replace: true });
        return created;
      }
      if (!regime) return null;
      const saved = await regimesApi.update(regime.id, { ...toInput(form), version: regime.version });
      void invalidate(keys.regimes);
      setRegime(saved);
      setForm(fromRegime(saved));
      showSuccess(t('regimeEditor.saved'));
      return saved;
    } catch {
      return null;
    } finally {
      setBusy(false);
    }
  };

  const activate = async () => {
    const saved = await saveRegime();
    if (!saved) return;
    setBusy(true);
    try {
      const result = await regimesApi.activate(saved.id);
      void invalidate(keys.regimes);
      setRegime(result.regime);
      setForm(fromRegime(result.regime));
      showSuccess(t('regimeEditor.activated', { count: result.periodsCreated }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }} data-testid="regime-editor">
      <Link to="/reports?tab=regimes">
        <ArrowLeftOutlined /> {t('reports.back')}
      </Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {isNew ? t('regimeEditor.titleNew') : t('regimeEditor.titleEdit')}
        </Typography.Title>
        {regime && (
          <Tag
            color={regime.status === 'proposed' ? 'orange' : regime.status === 'active' ? 'green' : 'default'}
          >
            {regime.status === 'proposed'
              ? t('reports.proposed')
              : t(`reports.regimeStatus.${regime.status}`)}
          </Tag>
        )}
        {regime?.deadlineText && (
          <Typography.Text type="secondary">
            {t('regimeEditor.deadlineText', { text: regime.deadlineText })}
          </Typography.Text>
        )}
      </Flex>
      {regime?.status === 'proposed' && (
        <Alert type="warning" showIcon title={t('regimeEditor.proposedHint')} />
      )}
      {regime && regime.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('regimeEditor.problems')}
          description={
            <ul>
              {regime.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {regime && regime.warnings.length > 0 && (
        <Alert
          type="warning"
          title={t('regimeEditor.warnings')}
          description={
            <ul>
              {regime.warnings.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {regime && regime.notes.length > 0 && (
        <Alert
          type="info"
          title={t('regimeEditor.notes')}
          description={
            <ul>
              {regime.notes.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <RegimeGeneralCard form={form} set={set} units={units} />
      <OutlineEditor outline={form.outline} onChange={(outline) => set({ outline })} />
      <Card size="small" title={t('regimeEditor.dataForm')}>
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          value={form.dataForm}
          onChange={(dataForm) => set({ dataForm })}
          options={indicators}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('regimeEditor.dataFormPlaceholder')}
        />
      </Card>
      <RegimeInstructionsCard form={form} set={set} />
      <Space>
        <Button type="primary" loading={busy} onClick={() => void saveRegime()} data-testid="regime-save">
          {t('regimeEditor.save')}
        </Button>
        {regime && regime.status === 'proposed' && (
          <Popconfirm
            title={t('regimeEditor.activateConfirm')}
            onConfirm={() => void activate()}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button loading={busy} data-testid="regime-activate">
              {t('regimeEditor.activate')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {regime?.source != null && (
        <Card size="small" title={t('regimeEditor.source')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {(regime.source as { text?: string }).text ?? ''}
          </Typography.Paragraph>
        </Card>
      )}
    </Flex>
  );
}
