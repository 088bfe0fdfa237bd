import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { ORG_UNIT_KINDS } from '../../../domain/org/org-unit';
import { orgUnitsApi } from '../../api/endpoints';
import type { OrgUnit, OrgUnitKind, OrgUnitNode, UpdateOrgUnitInput } from '../../api/types';
import { kindLabel } from '../../components/RoleTags';
import { t } from '../../i18n';
import { unitLabel } from '../../lib/orgTree';

export type OrgUnitFormTarget =
  { mode: 'create'; parent: OrgUnitNode | null } | { mode: 'edit'; unit: OrgUnitNode };

interface FormValues {
  code: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  aliases?: string[];
  sortOrder?: number | null;
}

interface Props {
  target: OrgUnitFormTarget;
  /** Code, kind and order are structural: only tree managers (admins) may change them. */
  structureLocked: boolean;
  onClose: () => void;
  onSaved: (unit: OrgUnit) => void;
}

const kindOptions = ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));

/** A PATCH carries only what changed, so a unit head's edit never touches structural fields. */
function changedFields(unit: OrgUnit, next: UpdateOrgUnitInput): UpdateOrgUnitInput {
  const patch: UpdateOrgUnitInput = {};
  if (next.code !== unit.code) patch.code = next.code;
  if (next.name !== unit.name) patch.name = next.name;
  if (next.shortName !== unit.shortName) patch.shortName = next.shortName;
  if (next.kind !== unit.kind) patch.kind = next.kind;
  if (next.sortOrder !== undefined && next.sortOrder !== unit.sortOrder) patch.sortOrder = next.sortOrder;
  if (JSON.stringify(next.aliases) !== JSON.stringify(unit.aliases)) patch.aliases = next.aliases;
  return patch;
}

function cleanAliases(aliases: string[] | undefined): string[] {
  return [...new Set((aliases ?? []).map((a) => a.trim()).filter(Boolean))];
}

/** Add a unit (under a parent, or at the top level) or edit one. Mount it only while open. */
export function OrgUnitFormModal({ target, structureLocked, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const initial: Partial<FormValues> =
    target.mode === 'edit'
      ? {
          code: target.unit.code,
          name: target.unit.name,
          shortName: target.unit.shortName ?? '',
          kind: target.unit.kind,
          aliases: target.unit.aliases,
          sortOrder: target.unit.sortOrder,
        }
      : { kind: target.parent ? 'division' : 'provincialDepartment', aliases: [] };

  const title =
    target.mode === 'edit'
      ? t('org.editTitle', { name: unitLabel(target.unit) })
      : target.parent
        ? t('org.createChildTitle', { parent: unitLabel(target.parent) })
        : t('org.createTitle');

  const submit = async () => {
    const v = await form.validateFields();
    const values = {
      code: v.code.trim(),
      name: v.name.trim(),
      shortName: v.shortName?.trim() || null,
      kind: v.kind,
      aliases: cleanAliases(v.aliases),
      ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
    };
    if (target.mode === 'edit' && Object.keys(changedFields(target.unit, values)).length === 0) {
      onSaved(target.unit); // nothing changed: no request, no audit entry
      return;
    }
    setSaving(true);
    try {
      const saved =
        target.mode === 'edit'
          ? await orgUnitsApi.update(target.unit.id, changedFields(target.unit, values))
          : await orgUnitsApi.create({
              ...values,
              parentId: target.parent?.id ?? null,
              shortName: values.shortName ?? undefined,
            });
      onSaved(saved);
    } catch {
      // the API client already showed the server's message
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="org-unit-form"
    >
      <Form<FormValues> form={form} layout="vertical" initialValues={initial} requiredMark="optional">
        <Form.Item
          name="code"
          label={t('org.field.code')}
          rules={[{ required: true, whitespace: true, message: t('org.codeRequired') }]}
        >
          <Input maxLength={50} disabled={structureLocked} data-testid="org-field-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('org.field.name')}
          rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }]}
        >
          <Input maxLength={255} data-testid="org-field-name" />
        </Form.Item>
        <Form.Item name="shortName" label={t('org.field.shortName')}>
          <Input maxLength={100} data-testid="org-field-shortName" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('org.field.kind')}
          rules={[{ required: true, message: t('org.kindRequired') }]}
        >
          <Select options={kindOptions} disabled={structureLocked} data-testid="org-field-kind" />
        </Form.Item>
        <Form.Item name="aliases" label={t('org.field.aliases')} extra={t('org.aliasesHint')}>
          <Select
            mode="tags"
            open={false}
            tokenSeparators={[';']}
            suffix={null}
            data-testid="org-field-aliases"
          />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('org.field.sortOrder')} extra={t('org.sortOrderHint')}>
          <InputNumber
            disabled={structureLocked}
            min={0}
            max={100000}
            precision={0}
            style={{ width: 160 }}
            data-testid="org-field-sortOrder"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
