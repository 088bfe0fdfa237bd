import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  AGENCIES,
  PLATFORMS,
  REFERRAL_TARGETS,
  SEVERITIES,
  VERDICTS,
} from '../../../domain/fake-news/workflow';
import { formatDisplayDate, formatDisplayDateTime } from '../../../domain/text/display';
import type { BodyOf, paths } from '../../api/contract';
import { fakeNewsApi, type CaseDetail, type Team } from '../../api/fakeNews';
import { t } from '../../i18n';

type Action = CaseDetail['actions'][number];
/** A step's form: the route's body less the version, which the page adds from the case it shows. */
type FormOf<P extends keyof paths> = Omit<BodyOf<P, 'post'>, 'version'>;

/** One workflow step's form; shown only when the server lists the action as open to this member. */
// V is given at each call site (the step's form values, from the route table) and types the form inside.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function Step<V extends object = Record<string, never>>({
  action,
  detail,
  children,
  run,
}: {
  action: Action;
  detail: CaseDetail;
  children?: ReactNode;
  run: (v: V) => Promise<CaseDetail>;
}) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  if (!detail.actions.includes(action)) return null;
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await run(values);
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      title={t(`fakeNews.detail.${action}`)}
      style={{ marginTop: 12 }}
      data-testid={`step-${action}`}
    >
      <Form form={form} layout="vertical">
        {children}
        {action === 'close' ? (
          <Popconfirm title={t('fakeNews.detail.confirmClose')} onConfirm={() => void submit()}>
            <Button loading={busy} data-testid={`do-${action}`}>
              {t(`fakeNews.detail.${action}`)}
            </Button>
          </Popconfirm>
        ) : (
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid={`do-${action}`}>
            {t(`fakeNews.detail.${action}`)}
          </Button>
        )}
      </Form>
    </Card>
  );
}

const options = <T extends string>(
  values: readonly T[],
  group: 'platforms' | 'severities' | 'agencies' | 'verdicts' | 'referralTargets',
) => values.map((v) => ({ value: v, label: t(`fakeNews.${group}.${v}` as 'fakeNews.platforms.facebook') }));

/** A case as the team works it: what was reported, the verification, and the next steps' forms. */
export default function FakeNewsCasePage() {
  const { id = '' } = useParams();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [team, setTeam] = useState<Team | null>(null);
  const load = useCallback(() => void fakeNewsApi.detail(id).then(setDetail), [id]);
  useEffect(() => {
    load();
    void fakeNewsApi.team().then(setTeam);
  }, [load]);
  if (!detail) return null;
  const d = detail;
  const apply = async (p: Promise<CaseDetail>) => {
    const next = await p;
    setDetail(next);
    return next;
  };
  const required = [{ required: true }];
  return (
    <div data-testid="fake-news-case">
      <Link to="/fake-news">{t('fakeNews.detail.back')}</Link>
      <Typography.Title level={3} data-testid="case-heading">
        {d.code} · <Tag data-testid="case-status">{t(`fakeNews.statuses.${d.status}`)}</Tag>
      </Typography.Title>
      <Typography.Paragraph strong>{d.title}</Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('fakeNews.cases.channel')}>
          {t(`fakeNews.channels.${d.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fakeNews.cases.deadline')}>
          {formatDisplayDate(d.stepDeadline)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fakeNews.detail.domain')}>{d.domain ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fakeNews.detail.severity')}>
          {d.severity ? t(`fakeNews.severities.${d.severity}`) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fakeNews.report.platform')}>
          {d.platform ? t(`fakeNews.platforms.${d.platform}`) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fakeNews.detail.agencies')}>
          {d.agencies.map((a) => t(`fakeNews.agencies.${a}`)).join('; ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fakeNews.detail.assignees')}>
          {d.assignees.map((a) => `${a.fullName} (${t(`fakeNews.agencies.${a.agency}`)})`).join('; ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fakeNews.detail.verdict')}>
          {d.verdict ? t(`fakeNews.verdicts.${d.verdict}`) : '—'}
        </Descriptions.Item>
        {d.conclusion && (
          <Descriptions.Item label={t('fakeNews.detail.conclusion')}>{d.conclusion}</Descriptions.Item>
        )}
        {d.notice && <Descriptions.Item label={t('fakeNews.detail.notice')}>{d.notice}</Descriptions.Item>}
        {d.referredTo && (
          <Descriptions.Item label={t('fakeNews.detail.referral')}>
            {t(`fakeNews.referralTargets.${d.referredTo}`)}
          </Descriptions.Item>
        )}
        {d.outcome && (
          <Descriptions.Item label={t('fakeNews.detail.outcome')}>
            {t('fakeNews.detail.outcomeLine', {
              subjects: String(d.outcome.subjectsFined),
              amount: d.outcome.fineAmount.toLocaleString('vi-VN'),
            })}
          </Descriptions.Item>
        )}
      </Descriptions>
      {d.published && (
        <Card size="small" title={t('fakeNews.detail.stamp')} style={{ marginTop: 12 }}>
          <img
            src={`/api/public/fake-news/published/${encodeURIComponent(d.code)}/stamp.png`}
            alt={d.code}
            style={{ width: '100%', maxWidth: 480 }}
            data-testid="case-stamp"
          />
        </Card>
      )}
      <Card size="small" title={t('fakeNews.detail.reports')} style={{ marginTop: 12 }}>
        {d.reportList.map((r) => (
          <div key={r.id} style={{ marginBottom: 12 }}>
            <Space wrap>
              <Tag>{t(`fakeNews.channels.${r.channel}`)}</Tag>
              <span>{formatDisplayDateTime(r.createdAt)}</span>
              {r.contact && (
                <span>
                  {t('fakeNews.detail.contact')}: {r.contact}
                </span>
              )}
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
              {r.description}
            </Typography.Paragraph>
            {r.urls.map((u) => (
              <div key={u}>
                <Typography.Text copyable>{u}</Typography.Text>
              </div>
            ))}
            {r.attachments.map((f) => (
              <a key={f.id} href={fakeNewsApi.fileUrl(f.id)} style={{ marginRight: 8 }}>
                {f.filename}
              </a>
            ))}
          </div>
        ))}
      </Card>
      <Card size="small" title={t('fakeNews.detail.notes')} style={{ marginTop: 12 }}>
        {d.notes.length === 0 && t('fakeNews.detail.noneYet')}
        {d.notes.map((n) => (
          <Typography.Paragraph key={n.id} style={{ whiteSpace: 'pre-wrap' }}>
            <Typography.Text type="secondary">
              {n.author} · {formatDisplayDateTime(n.createdAt)}:{' '}
            </Typography.Text>
            {n.body}
          </Typography.Paragraph>
        ))}
      </Card>
      <Step<FormOf<'/api/fake-news/cases/{id}/classify'>>
        action="classify"
        detail={d}
        run={(v) => apply(fakeNewsApi.classify(id, { version: d.version, ...v }))}
      >
        <Form.Item name="domain" label={t('fakeNews.detail.domain')} rules={required}>
          <Input data-testid="classify-domain" />
        </Form.Item>
        <Form.Item name="severity" label={t('fakeNews.detail.severity')} rules={required}>
          <Select data-testid="classify-severity" options={options(SEVERITIES, 'severities')} />
        </Form.Item>
        <Form.Item
          name="platform"
          label={t('fakeNews.report.platform')}
          rules={required}
          initialValue={d.platform ?? undefined}
        >
          <Select data-testid="classify-platform" options={options(PLATFORMS, 'platforms')} />
        </Form.Item>
        <Form.Item name="agencies" label={t('fakeNews.detail.agencies')} rules={required}>
          <Checkbox.Group data-testid="classify-agencies" options={options(AGENCIES, 'agencies')} />
        </Form.Item>
      </Step>
      <Step<FormOf<'/api/fake-news/cases/{id}/assign'>>
        action="assign"
        detail={d}
        run={(v) => apply(fakeNewsApi.assign(id, { version: d.version, ...v }))}
      >
        <Form.Item name="userIds" label={t('fakeNews.detail.assignees')} rules={required}>
          <Select
            data-testid="assign-users"
            mode="multiple"
            options={(team?.members ?? [])
              .filter((m) => m.role !== 'viewer')
              .map((m) => ({
                value: m.userId,
                label: `${m.fullName} — ${t(`fakeNews.agencies.${m.agency}`)}`,
              }))}
          />
        </Form.Item>
      </Step>
      <Step<{ body: string }> action="addNote" detail={d} run={(v) => apply(fakeNewsApi.note(id, v.body))}>
        <Form.Item name="body" rules={required}>
          <Input.TextArea data-testid="note-body" rows={3} />
        </Form.Item>
      </Step>
      <Step<FormOf<'/api/fake-news/cases/{id}/conclude'>>
        action="conclude"
        detail={d}
        run={(v) => apply(fakeNewsApi.conclude(id, { version: d.version, ...v }))}
      >
        <Form.Item name="verdict" label={t('fakeNews.detail.verdict')} rules={required}>
          <Select data-testid="conclude-verdict" options={options(VERDICTS, 'verdicts')} />
        </Form.Item>
        <Form.Item name="conclusion" label={t('fakeNews.detail.conclusion')} rules={required}>
          <Input.TextArea data-testid="conclude-text" rows={3} />
        </Form.Item>
      </Step>
      <Step action="approve" detail={d} run={() => apply(fakeNewsApi.approve(id, d.version))} />
      <Step<FormOf<'/api/fake-news/cases/{id}/reject'>>
        action="reject"
        detail={d}
        run={(v) => apply(fakeNewsApi.reject(id, { version: d.version, ...v }))}
      >
        <Form.Item name="reason" label={t('fakeNews.detail.rejectReason')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Step>
      <Step<FormOf<'/api/fake-news/cases/{id}/publish'>>
        action="publish"
        detail={d}
        run={(v) => apply(fakeNewsApi.publish(id, { version: d.version, ...v }))}
      >
        <Form.Item name="notice" label={t('fakeNews.detail.notice')} rules={required}>
          <Input.TextArea data-testid="publish-notice" rows={3} />
        </Form.Item>
      </Step>
      <Step<{ to: FormOf<'/api/fake-news/cases/{id}/refer'>['to']; note?: string }>
        action="refer"
        detail={d}
        run={(v) => apply(fakeNewsApi.refer(id, { version: d.version, to: v.to, note: v.note ?? null }))}
      >
        <Form.Item name="to" label={t('fakeNews.detail.referTo')} rules={required}>
          <Select data-testid="refer-to" options={options(REFERRAL_TARGETS, 'referralTargets')} />
        </Form.Item>
        <Form.Item name="note" label={t('fakeNews.detail.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Step>
      <Step<Partial<Omit<FormOf<'/api/fake-news/cases/{id}/outcome'>, 'note'>>>
        action="recordOutcome"
        detail={d}
        run={(v) =>
          apply(
            fakeNewsApi.outcome(id, {
              version: d.version,
              // Fields left empty in the form count as none.
              sanctioned: v.sanctioned === true,
              subjectsFined: v.subjectsFined ?? 0,
              fineAmount: v.fineAmount ?? 0,
              accountsBlocked: v.accountsBlocked ?? 0,
              numbersLocked: v.numbersLocked ?? 0,
              note: null,
            }),
          )
        }
      >
        <Form.Item name="sanctioned" valuePropName="checked">
          <Checkbox data-testid="outcome-sanctioned">{t('fakeNews.detail.sanctioned')}</Checkbox>
        </Form.Item>
        <Form.Item name="subjectsFined" label={t('fakeNews.detail.subjectsFined')}>
          <InputNumber data-testid="outcome-subjects" min={0} />
        </Form.Item>
        <Form.Item name="fineAmount" label={t('fakeNews.detail.fineAmount')}>
          <InputNumber data-testid="outcome-amount" min={0} step={1_000_000} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="accountsBlocked" label={t('fakeNews.detail.accountsBlocked')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="numbersLocked" label={t('fakeNews.detail.numbersLocked')}>
          <InputNumber min={0} />
        </Form.Item>
      </Step>
      <Step action="close" detail={d} run={() => apply(fakeNewsApi.close(id, d.version))} />
    </div>
  );
}
