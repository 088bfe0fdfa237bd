import { Alert, Button, Modal, Typography } from 'antd';
import { t } from '../i18n';

interface Props {
  title: string;
  hint: string;
  secret: string;
  onClose: () => void;
}

/** Shows a secret (temporary password, API token) once, with a copy button. It is never shown again. */
export function SecretModal({ title, hint, secret, onClose }: Props) {
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      destroyOnHidden
      data-testid="secret-modal"
    >
      <Alert type="warning" showIcon title={hint} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: secret, tooltips: [t('common.copy'), t('common.copied')] }}
        style={{ fontSize: 16, marginBottom: 0 }}
      >
        <Typography.Text code data-testid="secret-value" style={{ wordBreak: 'break-all' }}>
          {secret}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
