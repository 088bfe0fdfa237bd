import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { tokensApi, usersApi } from '../../api/endpoints';
import type { CreatedToken, User } from '../../api/types';
import { t } from '../../i18n';
import { foldText } from '../../lib/orgTree';

interface FormValues {
  userId: string;
  name: string;
}

interface Props {
  onClose: () => void;
  onCreated: (token: CreatedToken) => void;
}

export function CreateTokenModal({ onClose, onCreated }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [users, setUsers] = useState<User[]>([]);
  const [loadingUsers, setLoadingUsers] = useState(true);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    usersApi.list().then(
      (res) => {
        setUsers(res.users.filter((u) => !u.disabled));
        setLoadingUsers(false);
      },
      () => setLoadingUsers(false),
    );
  }, []);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      onCreated(await tokensApi.create(v.userId, v.name.trim()));
    } catch {
      // shown by the API client
    } finally {
      setSaving(false);
    }
  };

  const options = users.map((u) => ({
    value: u.id,
    label: `${u.fullName} (${u.username}) – ${u.orgUnitName}`,
    search: foldText(`${u.fullName} ${u.username} ${u.orgUnitName}`),
  }));

  return (
    <Modal
      open
      title={t('tokens.createTitle')}
      okText={t('tokens.create')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="token-form"
    >
      <Form<FormValues> form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="userId"
          label={t('tokens.field.user')}
          rules={[{ required: true, message: t('tokens.userRequired') }]}
        >
          <Select
            loading={loadingUsers}
            options={options}
            showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(foldText(input)) }}
            data-testid="token-field-user"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('tokens.field.name')}
          rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }]}
        >
          <Input placeholder={t('tokens.namePlaceholder')} maxLength={100} data-testid="token-field-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
