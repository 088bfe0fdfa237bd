import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Form, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usersApi, tasksApi } from '../../api/endpoints';
import type { TaskDetail, TaskPerson, User } from '../../api/types';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { foldText } from '../../lib/orgTree';

interface PeopleForm {
  assignees: string[];
  watchers: string[];
}

function Names({ people, testId }: { people: TaskPerson[]; testId?: string }) {
  if (people.length === 0)
    return <Typography.Text type="secondary">{t('taskDetail.people.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {people.map((p) => (
        <Tag key={p.id} style={{ marginInlineEnd: 0 }} data-testid={testId}>
          {p.name}
        </Tag>
      ))}
    </Flex>
  );
}

/** Who does the work and who follows it; assigning is for those who manage the task. */
export function PeopleCard({ task, onSaved }: { task: TaskDetail; onSaved: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [users, setUsers] = useState<User[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<PeopleForm>();

  const edit = () => {
    setOpen(true);
    if (!users) {
      usersApi.list().then(
        (r) => setUsers(r.users.filter((u) => !u.disabled)),
        () => setUsers([]),
      );
    }
  };

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await tasksApi.setPeople(task.id, values);
      showSuccess(t('taskDetail.people.saved'));
      setOpen(false);
      await onSaved();
    } catch {
      // the API client has shown the error
    } finally {
      setSaving(false);
    }
  };

  // People already named stay selectable even when the list of users does not reach them.
  const known = new Map<string, string>();
  for (const p of [...task.people.assignees, ...task.people.watchers]) known.set(p.id, p.name);
  for (const u of users ?? []) known.set(u.id, `${u.fullName} · ${u.orgUnitName}`);
  const options = [...known].map(([value, label]) => ({ value, label }));
  const select = (id: string) => (
    <Select
      data-testid={id}
      mode="multiple"
      loading={users === null}
      options={options}
      placeholder={t('taskDetail.people.pick')}
      showSearch={{
        filterOption: (input, option) => foldText(option?.label ?? '').includes(foldText(input)),
      }}
    />
  );

  return (
    <Card
      title={t('taskDetail.people.title')}
      extra={
        task.permissions.canManage && (
          <Button size="small" icon={<TeamOutlined />} onClick={edit} data-testid="people-edit">
            {t('taskDetail.people.edit')}
          </Button>
        )
      }
      data-testid="task-people"
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('taskDetail.people.assignees')}>
          <Names people={task.people.assignees} testId="people-assignee" />
        </Descriptions.Item>
        <Descriptions.Item label={t('taskDetail.people.watchers')}>
          <Names people={task.people.watchers} />
        </Descriptions.Item>
      </Descriptions>
      <Modal
        open={open}
        title={t('taskDetail.people.editTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        onOk={() => void save().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<PeopleForm>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            assignees: task.people.assignees.map((p) => p.id),
            watchers: task.people.watchers.map((p) => p.id),
          }}
        >
          <Form.Item name="assignees" label={t('taskDetail.people.assignees')}>
            {select('people-assignees')}
          </Form.Item>
          <Form.Item name="watchers" label={t('taskDetail.people.watchers')}>
            {select('people-watchers')}
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
