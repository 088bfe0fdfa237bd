import { CheckOutlined, RollbackOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { submissionsApi, type Submission } from '../../api/reports';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';

interface Props {
  submission: Submission;
  /** Saves what is still pending and answers the version to act on. */
  beforeAction: () => Promise<number>;
  onDone: (s: Submission) => void;
}

type Dialog = 'submit' | 'return' | 'unlock' | null;

/** The unit head sends; the receiving agency's compiler returns (with what to fix), accepts or unlocks. */
export function SubmissionActions({ submission: s, beforeAction, onDone }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ text: string }>();
  const canSend = s.permissions.canSubmit && !s.locked && (s.status === 'draft' || s.status === 'returned');
  const canJudge = s.permissions.canReview && s.status === 'submitted';
  const canUnlock = s.permissions.canReview && s.locked;

  const run = async (action: (version: number) => Promise<Submission>, done: string) => {
    setBusy(true);
    try {
      const result = await action(await beforeAction());
      onDone(result);
      showSuccess(done);
      setDialog(null);
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setDialog(null);
    form.resetFields();
  };

  const textDialog = (kind: 'return' | 'unlock') => {
    const isReturn = kind === 'return';
    return (
      <Modal
        open={dialog === kind}
        title={isReturn ? t('submission.returnTitle') : t('submission.unlockTitle')}
        okText={isReturn ? t('submission.return') : t('submission.unlock')}
        okButtonProps={{ danger: isReturn, loading: busy, 'data-testid': `submission-${kind}-ok` }}
        cancelText={t('common.cancel')}
        onCancel={close}
        onOk={() =>
          void form
            .validateFields()
            .then(({ text }) =>
              run(
                (version) =>
                  isReturn
                    ? submissionsApi.returnToUnit(s.id, version, text)
                    : submissionsApi.unlock(s.id, text),
                isReturn ? t('submission.returned') : t('submission.unlocked'),
              ),
            )
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label={isReturn ? t('submission.returnComment') : t('submission.unlockReason')}
            rules={[
              {
                required: true,
                whitespace: true,
                min: isReturn ? 1 : 5,
                message: isReturn ? t('submission.returnRequired') : t('submission.unlockRequired'),
              },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid={`submission-${kind}-text`} />
          </Form.Item>
        </Form>
      </Modal>
    );
  };

  return (
    <Space wrap>
      {canSend && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={() => setDialog('submit')}
          data-testid="submission-submit"
        >
          {t('submission.submit')}
        </Button>
      )}
      {canJudge && (
        <>
          <Button
            danger
            icon={<RollbackOutlined />}
            onClick={() => setDialog('return')}
            data-testid="submission-return"
          >
            {t('submission.return')}
          </Button>
          <Popconfirm
            title={t('submission.acceptConfirm')}
            okText={t('submission.accept')}
            cancelText={t('common.cancel')}
            onConfirm={() => void run((v) => submissionsApi.accept(s.id, v), t('submission.accepted'))}
            okButtonProps={{ 'data-testid': 'submission-accept-ok' }}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={busy} data-testid="submission-accept">
              {t('submission.accept')}
            </Button>
          </Popconfirm>
        </>
      )}
      {canUnlock && (
        <Button icon={<UnlockOutlined />} onClick={() => setDialog('unlock')} data-testid="submission-unlock">
          {t('submission.unlock')}
        </Button>
      )}
      <Modal
        open={dialog === 'submit'}
        title={t('submission.submitConfirmTitle', { unit: s.regime.receivingUnit.name })}
        okText={t('submission.submit')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy, 'data-testid': 'submission-submit-ok' }}
        onCancel={close}
        onOk={() => void run((v) => submissionsApi.submit(s.id, v), t('submission.submitted'))}
      >
        {t('submission.submitConfirm')}
      </Modal>
      {textDialog('return')}
      {textDialog('unlock')}
    </Space>
  );
}
