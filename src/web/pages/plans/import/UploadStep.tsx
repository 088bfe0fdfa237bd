import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Progress, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { plansApi } from '../../../api/endpoints';
import type { PlanImportPreview } from '../../../api/types';
import { t } from '../../../i18n';
import { PLAN_FILE_EXTENSIONS } from '../../../../domain/plans/file-formats';

/** The server's upload limit (BODY_LIMIT_BYTES). */
export const MAX_PLAN_FILE_MB = 10;

const formats = PLAN_FILE_EXTENSIONS.join(', ');

function extensionOf(name: string): string {
  return /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
}

/** Checks what the browser can check before sending anything; null when the file may go. */
export function checkPlanFile(file: Pick<File, 'name' | 'size'>): string | null {
  if (!(PLAN_FILE_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
    return t('planImport.badType', { name: file.name, formats });
  }
  if (file.size > MAX_PLAN_FILE_MB * 1024 * 1024) {
    const size = (file.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    return t('planImport.tooLarge', { name: file.name, size, max: MAX_PLAN_FILE_MB });
  }
  return null;
}

interface UploadError {
  message: string;
  details: string[];
}

function toUploadError(err: unknown): UploadError {
  if (!(err instanceof ApiError)) return { message: t('errors.unknown', { status: 0 }), details: [] };
  const details = Array.isArray(err.details)
    ? err.details.filter((d): d is string => typeof d === 'string').slice(0, 10)
    : [];
  return { message: err.message, details };
}

interface Props {
  onUploaded: (file: File, preview: PlanImportPreview) => void;
}

export function UploadStep({ onUploaded }: Props) {
  const [busy, setBusy] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<UploadError | null>(null);

  const send = async (file: File) => {
    const problem = checkPlanFile(file);
    if (problem) {
      setError({ message: problem, details: [] });
      return;
    }
    setError(null);
    setBusy({ name: file.name, percent: 0 });
    try {
      const preview = await plansApi.previewImport(file, (percent) =>
        setBusy((b) => (b ? { ...b, percent: Math.max(b.percent, percent) } : b)),
      );
      onUploaded(file, preview);
    } catch (err) {
      setError(toUploadError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="plan-import-upload">
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('planImport.uploadFailed')}
          description={
            <>
              <div data-testid="plan-import-error">{error.message}</div>
              {error.details.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {error.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
            </>
          }
          closable={{ onClose: () => setError(null) }}
        />
      )}
      <Upload.Dragger
        accept={PLAN_FILE_EXTENSIONS.join(',')}
        multiple={false}
        showUploadList={false}
        disabled={busy !== null}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
        data-testid="plan-import-dragger"
      >
        {busy ? (
          <Flex vertical align="center" gap={12} style={{ padding: '8px 48px' }}>
            {busy.percent < 100 ? (
              <>
                <Typography.Text>{t('planImport.uploading', { name: busy.name })}</Typography.Text>
                <Progress
                  percent={busy.percent}
                  style={{ maxWidth: 420 }}
                  data-testid="plan-import-progress"
                />
              </>
            ) : (
              <Flex align="center" gap={12} data-testid="plan-import-parsing">
                <Spin />
                <Typography.Text>{t('planImport.parsing')}</Typography.Text>
              </Flex>
            )}
          </Flex>
        ) : (
          <>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('planImport.dropHint')}</p>
            <p className="ant-upload-hint">
              {t('planImport.formatHint', { formats, size: MAX_PLAN_FILE_MB })}
            </p>
          </>
        )}
      </Upload.Dragger>
    </Flex>
  );
}
