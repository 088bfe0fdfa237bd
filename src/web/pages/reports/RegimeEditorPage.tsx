import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DEFAULT_OUTLINE, REGIME_FREQUENCIES } from '../../../domain/reporting/regime';
import { indicatorsApi } from '../../api/endpoints';
import { regimesApi, type CreateRegimeInput, type Regime } from '../../api/reports';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { useLoader } from '../../lib/useLoader';
import { CutOffFields, DeadlineFields, type CutOffRule, type DeadlineRule } from './RuleFields';
import './reports.css';

type Section = { key: string; title: string; perDomain?: boolean };
interface RegimeForm {
  name: string;
  content: string;
  scope: 'internal' | 'administrative' | 'statistical';
  unitsMode: 'list' | 'children';
  unitIds: string[];
  childrenOf: string | null;
  receivingUnitId: string | null;
  frequency: Regime['frequency'];
  year: number;
  deadlineRule: DeadlineRule;
  cutOffRule: CutOffRule;
  outline: Section[];
  dataForm: string[];
  instructions: string;
  sendingMethods: string;
}

function fromRegime(r: Regime): RegimeForm {
  const units = r.reportingUnits as string[] | { childrenOf: string };
  return {
    name: r.name,
    content: r.content,
    scope: r.scope as RegimeForm['scope'],
    unitsMode: Array.isArray(units) ? 'list' : 'children',
    unitIds: Array.isArray(units) ? units : [],
    childrenOf: Array.isArray(units) ? null : units.childrenOf,
    receivingUnitId: r.receivingUnit.id,
    frequency: r.frequency,
    year: r.year,
    deadlineRule: r.deadlineRule as DeadlineRule,
    cutOffRule: r.cutOffRule as CutOffRule,
    outline: r.outline,
    dataForm: r.dataForm.map((d) => d.id),
    instructions: r.instructions,
    sendingMethods: r.sendingMethods.join('\n'),
  };
}

function blank(): RegimeForm {
  return {
    name: '',
    content: '',
    scope: 'internal',
    unitsMode: 'list',
    unitIds: [],
    childrenOf: null,
    receivingUnitId: null,
    frequency: 'monthly',
    year: new Date().getFullYear(),
    deadlineRule: { kind: 'dayOfMonth', day: 15 },
    cutOffRule: { kind: 'standard' },
    outline: DEFAULT_OUTLINE.map((s) => ({ ...s })),
    dataForm: [],
    instructions: '',
    sendingMethods: '',
  };
}

function toInput(f: RegimeForm): Omit<CreateRegimeInput, 'receivingUnitId'> & { receivingUnitId: string } {
  return {
    name: f.name,
    content: f.content,
    scope: f.scope,
    reportingUnits: f.unitsMode === 'list' ? f.unitIds : { childrenOf: f.childrenOf ?? '' },
    receivingUnitId: f.receivingUnitId ?? '',
    frequency: f.frequency,
    year: f.year,
    deadlineRule: f.deadlineRule,
    cutOffRule: f.cutOffRule,
    outline: f.outline,
    dataForm: f.dataForm,
    instructions: f.instructions,
    sendingMethods: f.sendingMethods
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  };
}

function newKey(outline: Section[]): string {
  let n = outline.length + 1;
  while (outline.some((s) => s.key === `section${n}`)) n++;
  return `section${n}`;
}

const row = (label: string, node: ReactNode) => (
  <Flex vertical gap={4}>
    <Typography.Text strong>{label}</Typography.Text>
    {node}
  </Flex>
);

const noIndicators: { value: string; label: string }[] = [];

/** Loads the regime (none for a new one), then hands it to the editor, which owns the form from there. */
export default function RegimeEditorPage() {
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const load = useCallback(async () => (isNew ? null : regimesApi.get(id)), [id, isNew]);
  const { data, loading } = useLoader<Regime | null>(load, null);
  if (!isNew && (loading || !data))
    return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  return <RegimeEditor key={data?.id ?? 'new'} initial={data} />;
}

function RegimeEditor({ initial }: { initial: Regime | null }) {
  const isNew = initial === null;
  const navigate = useNavigate();
  const { units } = useOrgTree();
  const [regime, setRegime] = useState<Regime | null>(initial);
  const [form, setForm] = useState<RegimeForm>(initial ? fromRegime(initial) : blank());
  const [busy, setBusy] = useState(false);
  const planId = regime?.planId ?? undefined;
  const loadIndicators = useCallback(
    async () =>
      (await indicatorsApi.list({ planId })).indicators.map((i) => ({
        value: i.id,
        label: `${i.ordinal ? `${i.ordinal}. ` : ''}${i.content}`,
      })),
    [planId],
  );
  const { data: indicators } = useLoader(loadIndicators, noIndicators);

  const set = (patch: Partial<RegimeForm>) => setForm({ ...form, ...patch });
  const setSection = (i: number, patch: Partial<Section>) =>
    set({ outline: form.outline.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const move = (i: number, by: -1 | 1) => {
    const next = [...form.outline];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    set({ outline: next });
  };

  const saveRegime = async (): Promise<Regime | null> => {
    setBusy(true);
    try {
      if (isNew) {
        const created = await regimesApi.create(toInput(form));
        showSuccess(t('regimeEditor.created'));
        void navigate(`/reports/regimes/${encodeURIComponent(created.id)}`, { replace: true });
        return created;
      }
      if (!regime) return null;
      const saved = await regimesApi.update(regime.id, { ...toInput(form), version: regime.version });
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
      <Card size="small">
        <Flex vertical gap={14}>
          {row(
            t('regimeEditor.name'),
            <Input
              value={form.name}
              onChange={(e) => set({ name: e.target.value })}
              data-testid="regime-name"
            />,
          )}
          {row(
            t('regimeEditor.content'),
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              value={form.content}
              onChange={(e) => set({ content: e.target.value })}
            />,
          )}
          <Flex gap={16} wrap>
            {row(
              t('regimeEditor.scope'),
              <Select
                style={{ width: 200 }}
                value={form.scope}
                onChange={(scope) => set({ scope })}
                options={(['internal', 'administrative', 'statistical'] as const).map((s) => ({
                  value: s,
                  label: t(`regimeEditor.scopes.${s}`),
                }))}
              />,
            )}
            {row(
              t('regimeEditor.frequency'),
              <Select
                style={{ width: 180 }}
                value={form.frequency}
                onChange={(frequency) => set({ frequency })}
                options={REGIME_FREQUENCIES.map((f) => ({ value: f, label: t(`reports.frequency.${f}`) }))}
              />,
            )}
            {row(
              t('regimeEditor.year'),
              <InputNumber
                min={2000}
                max={2100}
                value={form.year}
                onChange={(year) => set({ year: year ?? form.year })}
              />,
            )}
          </Flex>
          {row(
            t('regimeEditor.unitsMode'),
            <Flex vertical gap={6}>
              <Radio.Group
                value={form.unitsMode}
                onChange={(e) => set({ unitsMode: e.target.value as RegimeForm['unitsMode'] })}
                options={[
                  { value: 'list', label: t('regimeEditor.unitsList') },
                  { value: 'children', label: t('regimeEditor.unitsChildren') },
                ]}
              />
              {form.unitsMode === 'list' ? (
                <UnitMultiSelect
                  units={units}
                  value={form.unitIds}
                  onChange={(unitIds) => set({ unitIds })}
                />
              ) : (
                <OrgUnitTreeSelect
                  units={units}
                  value={form.childrenOf}
                  onChange={(v) => set({ childrenOf: v ?? null })}
                  style={{ width: 420 }}
                />
              )}
            </Flex>,
          )}
          {row(
            t('regimeEditor.receiver'),
            <OrgUnitTreeSelect
              units={units}
              value={form.receivingUnitId}
              onChange={(v) => set({ receivingUnitId: v ?? null })}
              style={{ width: 420 }}
            />,
          )}
          <DeadlineFields value={form.deadlineRule} onChange={(deadlineRule) => set({ deadlineRule })} />
          <CutOffFields value={form.cutOffRule} onChange={(cutOffRule) => set({ cutOffRule })} />
        </Flex>
      </Card>
      <Card size="small" title={t('regimeEditor.outline')} data-testid="regime-outline">
        <Flex vertical gap={8}>
          {form.outline.map((s, i) => (
            <Flex key={s.key} gap={8} align="center">
              <Typography.Text style={{ width: 24 }}>{i + 1}.</Typography.Text>
              <Input
                value={s.title}
                onChange={(e) => setSection(i, { title: e.target.value })}
                placeholder={t('regimeEditor.sectionTitle')}
              />
              <Checkbox
                checked={s.perDomain ?? false}
                onChange={(e) => setSection(i, { perDomain: e.target.checked || undefined })}
                style={{ whiteSpace: 'nowrap' }}
              >
                {t('regimeEditor.perDomain')}
              </Checkbox>
              <Button
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t('regimeEditor.moveUp')}
              />
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={i === form.outline.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t('regimeEditor.moveDown')}
              />
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                disabled={form.outline.length <= 1}
                onClick={() => set({ outline: form.outline.filter((_, j) => j !== i) })}
                aria-label={t('regimeEditor.remove')}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => set({ outline: [...form.outline, { key: newKey(form.outline), title: '' }] })}
            style={{ width: 'fit-content' }}
          >
            {t('regimeEditor.addSection')}
          </Button>
        </Flex>
      </Card>
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
      <Card size="small">
        <Flex vertical gap={14}>
          {row(
            t('regimeEditor.instructions'),
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              value={form.instructions}
              onChange={(e) => set({ instructions: e.target.value })}
            />,
          )}
          {row(
            t('regimeEditor.sendingMethods'),
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 5 }}
              value={form.sendingMethods}
              onChange={(e) => set({ sendingMethods: e.target.value })}
            />,
          )}
        </Flex>
      </Card>
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

function UnitMultiSelect({
  units,
  value,
  onChange,
}: {
  units: ReturnType<typeof useOrgTree>['units'];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const flat: { value: string; label: string }[] = [];
  const walk = (nodes: typeof units, depth: number) => {
    for (const n of nodes) {
      flat.push({ value: n.id, label: `${'— '.repeat(depth)}${n.name}` });
      walk(n.children, depth + 1);
    }
  };
  walk(units, 0);
  return (
    <Select
      mode="multiple"
      style={{ width: '100%' }}
      value={value}
      onChange={onChange}
      options={flat}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid="regime-units"
    />
  );
}
