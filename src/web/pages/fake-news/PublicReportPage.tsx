import { Alert, Button, Card, Form, Input, Result, Select, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PLATFORMS } from '../../../domain/fake-news/workflow';
import { ApiError } from '../../api/client';
import { fakeNewsApi, sendPublicReport, type Intake, type PublicStatus } from '../../api/fakeNews';
import { t } from '../../i18n';

const MAX_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg'];

interface FormValues {
  urls?: string;
  platform?: string;
  description: string;
  contact?: string;
}

/** Tracking a report by its code; shown on the report page and after sending. */
function TrackBox({ initial }: { initial?: string }) {
  const [code, setCode] = useState(initial ?? '');
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const track = async () => {
    setError(null);
    try {
      setStatus(await fakeNewsApi.status(code));
    } catch (e) {
      setStatus(null);
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Card size="small" title={t('fakeNews.report.track')} style={{ marginTop: 16 }}>
      <Input.Search
        data-testid="track-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        placeholder={t('fakeNews.report.trackPlaceholder')}
        enterButton={t('fakeNews.report.trackButton')}
        onSearch={() => void track()}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
      {status && (
        <div data-testid="track-status" style={{ marginTop: 8 }}>
          <div>
            {t('fakeNews.report.statusLine', { caseCode: status.caseCode, status: status.statusLabel })}
          </div>
          {status.verdictLabel && (
            <div>{t('fakeNews.report.verdictLine', { verdict: status.verdictLabel })}</div>
          )}
        </div>
      )}
    </Card>
  );
}

/** The public, phone-first report form: no account, a proof of work instead of a captcha service. */
export default function PublicReportPage() {
  const [form] = Form.useForm<FormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Intake | null>(null);

  const submit = async (values: FormValues) => {
    setError(null);
    const urls = (values.urls ?? '')
      .split(/\s*\n\s*/)
      .map((u) => u.trim())
      .filter(Boolean);
    const screenshots = files
      .map((f) => f.originFileObj)
      .filter((f): f is NonNullable<typeof f> => f !== undefined);
    if (urls.length === 0 && screenshots.length === 0) {
      setError(t('fakeNews.report.needSomething'));
      return;
    }
    setSending(true);
    try {
      setResult(
        await sendPublicReport({
          urls,
          description: values.description,
          platform: values.platform ?? null,
          contact: values.contact?.trim() || null,
          screenshots,
        }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <div style={{ maxWidth: 560, margin: '0 auto', padding: 16 }} data-testid="public-report-page">
      <Typography.Title level={3}>{t('fakeNews.report.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('fakeNews.centre')}</Typography.Paragraph>
      {result ? (
        <Result
          status="success"
          title={t('fakeNews.report.sent')}
          subTitle={
            <div data-testid="report-result">
              <Typography.Title
                level={4}
                copyable={{ text: result.trackingCode }}
                data-testid="tracking-code"
              >
                {t('fakeNews.report.trackingCode', { code: result.trackingCode })}
              </Typography.Title>
              <div>{t('fakeNews.report.trackingHint', { caseCode: result.caseCode })}</div>
              {result.joinedExisting && <div>{t('fakeNews.report.joined')}</div>}
            </div>
          }
          extra={
            <Button
              onClick={() => {
                setResult(null);
                setFiles([]);
                form.resetFields();
              }}
            >
              {t('fakeNews.report.another')}
            </Button>
          }
        />
      ) : (
        <>
          <Typography.Paragraph>{t('fakeNews.report.intro')}</Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={sending}>
            <Form.Item name="urls" label={t('fakeNews.report.urls')}>
              <Input.TextArea
                data-testid="report-urls"
                rows={2}
                placeholder={t('fakeNews.report.urlsPlaceholder')}
              />
            </Form.Item>
            <Form.Item name="platform" label={t('fakeNews.report.platform')}>
              <Select
                data-testid="report-platform"
                allowClear
                options={PLATFORMS.map((p) => ({ value: p, label: t(`fakeNews.platforms.${p}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('fakeNews.report.description')}
              rules={[{ required: true, min: 10, message: t('fakeNews.report.descriptionRequired') }]}
            >
              <Input.TextArea
                data-testid="report-description"
                rows={4}
                maxLength={4000}
                placeholder={t('fakeNews.report.descriptionPlaceholder')}
              />
            </Form.Item>
            <Form.Item label={t('fakeNews.report.screenshots')}>
              <Upload
                data-testid="report-screenshots"
                accept=".png,.jpg,.jpeg,image/png,image/jpeg"
                listType="picture"
                multiple
                maxCount={3}
                fileList={files}
                beforeUpload={(file) => {
                  if (!IMAGE_TYPES.includes(file.type))
                    setError(t('fakeNews.report.notImage', { name: file.name }));
                  else if (file.size > MAX_BYTES) setError(t('fakeNews.report.tooBig', { name: file.name }));
                  else return false;
                  return Upload.LIST_IGNORE;
                }}
                onChange={({ fileList }) => setFiles(fileList)}
              >
                <Button>{t('fakeNews.report.pick')}</Button>
              </Upload>
            </Form.Item>
            <Form.Item name="contact" label={t('fakeNews.report.contact')}>
              <Input data-testid="report-contact" maxLength={200} autoComplete="tel" />
            </Form.Item>
            {error && (
              <Alert
                data-testid="report-error"
                type="error"
                showIcon
                title={error}
                style={{ marginBottom: 12 }}
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={sending}
              data-testid="report-submit"
            >
              {sending ? t('fakeNews.report.working') : t('fakeNews.report.submit')}
            </Button>
          </Form>
        </>
      )}
      <TrackBox key={result?.trackingCode ?? ''} initial={result?.trackingCode} />
      <div style={{ marginTop: 16 }}>
        <Link to="/tin-gia">{t('fakeNews.report.seePublished')}</Link>
      </div>
    </div>
  );
}
