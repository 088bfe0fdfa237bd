import { PaperClipOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Slider,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import type { TaskDetail, TaskStatus } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { t } from '../../i18n';
import { errorText, isStale } from '../../lib/apiErrors';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_FORMATS,
  ATTACHMENT_MAX_MB,
  attachmentProblem,
} from '../../lib/attachments';
import { showError, showSuccess, showWarning } from '../../lib/feedback';
import { moveNeedsReason, moveTargets } from '../../lib/taskBoard';

const KEEP = 'keep';

interface FormValues {
  occurrenceId: string;
  status: TaskStatus | typeof KEEP;
  progress: number;
  note: string;
  evidenceNumber?: string;
  evidenceDate?: Dayjs;
  evidenceText?: string;
  completedOn?: Dayjs;
  reason?: string;
}

interface Props {
  task: TaskDetail;
  /** The occurrence to start with (a link from "Việc của tôi" or a notification names it). */
  occurrenceId?: string | null;
  onSaved: () => Promise<void>;
}

const blank = (text: string | undefined) => text?.trim() || undefined;

/**
 * The update just written: the answer is the task with its timeline, newest first. Looking for our
 * own entry on this occurrence keeps a colleague's simultaneous update from receiving our files.
 */
function ownNewestUpdate(task: TaskDetail, occurrenceId: string, userId: string): string | undefined {
  return task.timeline.find(
    (e) =>
      (e.kind === 'progress' || e.kind === 'status') &&
      e.occurrenceId === occurrenceId &&
      e.author?.id === userId,
  )?.id;
}

/** A progress update of one occurrence: status, progress, note, evidence and files. */
export function TaskUpdateForm({ task, occurrenceId: wanted, onSaved }: Props) {
  const me = useMe();
  const [form] = Form.useForm<FormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const defaultOccurrence =
    task.occurrences.find((o) => o.id === wanted)?.id ?? task.current?.id ?? task.occurrences[0]?.id;
  // undefined until the form has mounted
  const occurrenceId = (Form.useWatch('occurrenceId', form) as string | undefined) ?? defaultOccurrence;
  const occurrence = task.occurrences.find((o) => o.id === occurrenceId);
  const status = (Form.useWatch('status', form) as FormValues['status'] | undefined) ?? KEEP;

  if (!occurrence) {
    return (
      <Card title={t('taskDetail.update.title')}>
        <Typography.Text type="secondary">{t('taskDetail.update.noOccurrence')}</Typography.Text>
      </Card>
    );
  }
  const nextStatus = status === KEEP ? null : status;
  const needsReason = nextStatus !== null && moveNeedsReason(occurrence.status, nextStatus);

  const submit = async (values: FormValues) => {
    setSaving(true);
    setError(null);
    const evidence = {
      number: blank(values.evidenceNumber),
      date: values.evidenceDate?.format('YYYY-MM-DD'),
      text: blank(values.evidenceText),
    };
    const hasEvidence = Object.values(evidence).some((v) => v !== undefined);
    try {
      const saved = await tasksApi.update(task.id, {
        occurrenceId: occurrence.id,
        version: occurrence.version,
        status: nextStatus ?? undefined,
        progress: values.progress,
        note: values.note.trim(),
        evidence: hasEvidence ? evidence : undefined,
        completedOn: nextStatus === 'done' ? values.completedOn?.format('YYYY-MM-DD') : undefined,
        reason: needsReason ? blank(values.reason) : undefined,
      });
      const updateId = ownNewestUpdate(saved, occurrence.id, me.id);
      for (const file of files) {
        if (!file.originFileObj || !updateId) continue;
        try {
          await tasksApi.attach(task.id, updateId, file.originFileObj);
        } catch (err) {
          showError(t('taskDetail.update.attachFailed', { name: file.name, message: errorText(err) }));
        }
      }
      showSuccess(t('taskDetail.update.saved'));
      // the page reloads the task and mounts a fresh form for its new versions
      await onSaved();
    } catch (err) {
      if (isStale(err)) {
        showWarning(t('tracking.staleHint'));
        await onSaved();
      } else {
        setError(errorText(err));
      }
    } finally {
      setSaving(false);
    }
  };

  const statusOptions = [
    {
      value: KEEP,
      label: t('taskDetail.update.keepStatus', { status: t(`taskStatus.${occurrence.status}`) }),
    },
    ...moveTargets(occurrence.status).map((s) => ({ value: s, label: t(`taskStatus.${s}`) })),
  ];

  return (
    <Card title={t('taskDetail.update.title')} data-testid="task-update">
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="task-update-error"
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          occurrenceId: occurrence.id,
          status: KEEP,
          progress: occurrence.progress,
          completedOn: dayjs(),
        }}
        onValuesChange={(changed: Partial<FormValues>) => {
          if (changed.status === 'done') form.setFieldValue('progress', 100);
          if (changed.occurrenceId) {
            const picked = task.occurrences.find((o) => o.id === changed.occurrenceId);
            form.setFieldsValue({ status: KEEP, progress: picked?.progress ?? 0 });
          }
        }}
        onFinish={(values) => void submit(values)}
        // Enter confirms a date or a number here; the record is sent only with the button.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
        }}
      >
        <Row gutter={16}>
          {task.occurrences.length > 1 && (
            <Col xs={24} md={12}>
              <Form.Item name="occurrenceId" label={t('taskDetail.update.occurrence')}>
                <Select
                  options={task.occurrences.map((o) => ({
                    value: o.id,
                    label: `${o.label} · ${t(`taskStatus.${o.status}`)}`,
                  }))}
                  data-testid="update-occurrence"
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="status" label={t('taskDetail.update.status')}>
              <Select options={statusOptions} data-testid="update-status" />
            </Form.Item>
          </Col>
          {nextStatus === 'done' && (
            <Col xs={24} md={12}>
              <Form.Item
                name="completedOn"
                label={t('taskDetail.update.completedOn')}
                rules={[{ required: true, message: t('tasks.required.completedOn') }]}
              >
                <DatePicker
                  format="DD/MM/YYYY"
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  style={{ width: '100%' }}
                  data-testid="update-completed-on"
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item label={t('taskDetail.update.progress')}>
              <Row gutter={8} align="middle">
                <Col flex="auto">
                  <Form.Item name="progress" noStyle>
                    <Slider min={0} max={100} step={5} />
                  </Form.Item>
                </Col>
                <Col>
                  <Form.Item name="progress" noStyle>
                    <InputNumber
                      min={0}
                      max={100}
                      suffix="%"
                      style={{ width: 90 }}
                      data-testid="update-progress"
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="note"
          label={t('taskDetail.update.note')}
          rules={[{ required: true, whitespace: true, message: t('tasks.required.note') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={5000}
            placeholder={t('taskDetail.update.notePlaceholder')}
            data-testid="update-note"
          />
        </Form.Item>
        {needsReason && (
          <Form.Item
            name="reason"
            label={t('taskDetail.update.reason')}
            extra={t('taskDetail.update.reasonHint')}
            rules={[{ required: true, whitespace: true, message: t('tasks.required.reason') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="update-reason" />
          </Form.Item>
        )}
        <Typography.Text strong>{t('taskDetail.update.evidence')}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={8}>
            <Form.Item name="evidenceNumber" label={t('taskDetail.update.evidenceNumber')}>
              <Input
                maxLength={200}
                placeholder={t('taskDetail.update.evidenceNumberPlaceholder')}
                data-testid="update-evidence-number"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={7}>
            <Form.Item name="evidenceDate" label={t('taskDetail.update.evidenceDate')}>
              <DatePicker
                format="DD/MM/YYYY"
                placeholder="DD/MM/YYYY"
                style={{ width: '100%' }}
                data-testid="update-evidence-date"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="evidenceText" label={t('taskDetail.update.evidenceText')}>
              <Input maxLength={2000} data-testid="update-evidence-text" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={t('taskDetail.update.files')}
          extra={t('taskDetail.update.filesHint', { formats: ATTACHMENT_FORMATS, size: ATTACHMENT_MAX_MB })}
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ?? undefined}
        >
          <Upload
            multiple
            accept={ATTACHMENT_ACCEPT}
            fileList={files}
            beforeUpload={(file) => {
              const problem = attachmentProblem(file);
              if (problem?.code === 'badType') {
                setFileError(
                  t('taskDetail.update.badType', { name: file.name, formats: ATTACHMENT_FORMATS }),
                );
              } else if (problem?.code === 'tooLarge') {
                setFileError(
                  t('taskDetail.update.tooLarge', {
                    name: file.name,
                    size: problem.sizeMb,
                    max: ATTACHMENT_MAX_MB,
                  }),
                );
              } else {
                setFileError(null);
                setFiles((list) => [
                  ...list,
                  { uid: file.uid, name: file.name, size: file.size, originFileObj: file },
                ]);
              }
              return false;
            }}
            onRemove={(file) => setFiles((list) => list.filter((f) => f.uid !== file.uid))}
            data-testid="update-files"
          >
            <Button icon={<PaperClipOutlined />}>{t('taskDetail.update.filesButton')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="update-submit">
          {t('taskDetail.update.submit')}
        </Button>
      </Form>
    </Card>
  );
}
