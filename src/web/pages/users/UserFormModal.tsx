import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ROLES } from '../../../domain/access/roles';
import { usersApi } from '../../api/endpoints';
import type { OrgUnitNode, Role, User } from '../../api/types';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { roleLabel } from '../../components/RoleTags';
import { t } from '../../i18n';
import { MIN_PASSWORD_LENGTH } from '../../layout/ChangePasswordModal';

interface FormValues {
  username: string;
  fullName: string;
  email?: string;
  orgUnitId: string;
  roles: Role[];
  password: string;
}

interface Props {
  /** null: create a new user. */
  user: User | null;
  units: readonly OrgUnitNode[];
  defaultUnitId?: string;
  onClose: () => void;
  onSaved: (user: User) => void;
}

const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

export function UserFormModal({ user, units, defaultUnitId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const editing = user !== null;
  const initial: Partial<FormValues> = user
    ? {
        username: user.username,
        fullName: user.fullName,
        email: user.email ?? '',
        orgUnitId: user.orgUnitId,
        roles: user.roles,
      }
    : { roles: ['staff'], ...(defaultUnitId ? { orgUnitId: defaultUnitId } : {}) };

  const submit = async () => {
    const v = await form.validateFields();
    const email = v.email?.trim() ?? '';
    const fields = { fullName: v.fullName.trim(), orgUnitId: v.orgUnitId, roles: v.roles };
    setSaving(true);
    try {
      const saved = user
        ? await usersApi.update(user.id, { ...fields, email: email || null })
        : await usersApi.create({
            ...fields,
            username: v.username.trim(),
            password: v.password,
            ...(email ? { email } : {}),
          });
      onSaved(saved);
    } catch {
      // shown by the API client
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={user ? t('users.editTitle', { username: user.username }) : t('users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="user-form"
    >
      <Form<FormValues> form={form} layout="vertical" initialValues={initial} requiredMark="optional">
        <Form.Item
          name="username"
          label={t('users.field.username')}
          rules={[
            { required: true, whitespace: true, message: t('users.usernameRequired') },
            { pattern: /^[a-zA-Z0-9._-]{3,50}$/, message: t('users.usernamePattern') },
          ]}
        >
          <Input disabled={editing} autoComplete="off" data-testid="user-field-username" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('users.field.fullName')}
          rules={[{ required: true, whitespace: true, message: t('users.fullNameRequired') }]}
        >
          <Input data-testid="user-field-fullName" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.field.email')}
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input type="email" data-testid="user-field-email" />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={t('users.field.unit')}
          rules={[{ required: true, message: t('users.unitRequired') }]}
        >
          <OrgUnitTreeSelect units={units} style={{ width: '100%' }} data-testid="user-field-unit" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.field.roles')}
          rules={[{ required: true, message: t('users.rolesRequired') }]}
        >
          <Select mode="multiple" options={roleOptions} data-testid="user-field-roles" />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t('users.field.password')}
            rules={[
              { required: true, message: t('users.passwordRequired') },
              { min: MIN_PASSWORD_LENGTH, message: t('password.minLength', { min: MIN_PASSWORD_LENGTH }) },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-field-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
