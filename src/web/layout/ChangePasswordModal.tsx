import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { authApi } from '../api/endpoints';
import { t } from '../i18n';
import { showSuccess } from '../lib/feedback';

export const MIN_PASSWORD_LENGTH = 8;

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface Props {
  open: boolean;
  /** The server requires a change (temporary password): the dialog cannot be dismissed. */
  forced: boolean;
  onClose: () => void;
  onChanged: () => void;
  /** Offered instead of "cancel" when the change is forced. */
  onLogout: () => void;
}

export function ChangePasswordModal({ open, forced, onClose, onChanged, onLogout }: Props) {
  const [form] = Form.useForm<PasswordForm>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      showSuccess(t('password.changed'));
      form.resetFields();
      onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.network'));
    } finally {
      setSaving(false);
    }
  };

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={forced ? t('header.logout') : t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={forced ? onLogout : close}
      confirmLoading={saving}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      destroyOnHidden
      data-testid="change-password-modal"
    >
      {forced && (
        <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={forced ? t('password.oneTime') : t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('password.newRequired') },
            { min: MIN_PASSWORD_LENGTH, message: t('password.minLength', { min: MIN_PASSWORD_LENGTH }) },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                value && value === getFieldValue('currentPassword')
                  ? Promise.reject(new Error(t('password.sameAsCurrent')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.newRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
