import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TASK_STATUSES } from '../../../domain/tracking';
import { tasksApi } from '../../api/endpoints';
import { keys, queries, useInvalidate } from '../../api/queries';
import type { TaskFilters, TaskList, TaskRow } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { useOrgTree } from '../../components/useOrgTree';
import { useActivePlans, useDomains } from '../../components/TrackingPickers';
import { t } from '../../i18n';
import { errorText, isStale } from '../../lib/apiErrors';
import { showSuccess, showWarning } from '../../lib/feedback';
import { shorten } from '../../lib/format';
import { moveTargets } from '../../lib/taskBoard';
import { readTaskFilters, writeTaskFilters } from '../../lib/taskFilters';
import { pickableUnits } from '../../lib/unitScope';
import { StatusChangeModal, type StatusChange } from './StatusChangeModal';
import { TaskBoard } from './TaskBoard';
import { TaskFiltersBar } from './TaskFiltersBar';
import { TaskTable } from './TaskTable';

type View = 'list' | 'board';
const noTasks: TaskList = { items: [], total: 0 };
/** The server's largest page: the board shows at most this many cards. */
const BOARD_SIZE = 200;

export default function TasksPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readTaskFilters(params), [params]);
  const view: View = params.get('view') === 'board' ? 'board' : 'list';
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [selected, setSelected] = useState<TaskRow[]>([]);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const me = useMe();
  const { units } = useOrgTree();
  const pickable = useMemo(() => pickableUnits(me, units), [me, units]);
  const { data: plans } = useActivePlans();
  const { data: domains } = useDomains(filters.planId);

  const { data = noTasks, isFetching: loading } = useQuery(
    view === 'board'
      ? queries.tasks(filters, 1, BOARD_SIZE)
      : queries.tasks(filters, paging.page, paging.pageSize),
  );
  const invalidate = useInvalidate();
  const reload = useCallback(() => invalidate(keys.tasks, keys.stats, keys.myWork), [invalidate]);

  const setFilters = useCallback(
    (next: TaskFilters) => {
      const search = writeTaskFilters(next);
      if (view === 'board') search.set('view', 'board');
      setParams(search, { replace: true });
      setPaging((p) => ({ ...p, page: 1 }));
      setSelected([]);
    },
    [setParams, view],
  );

  const setView = (next: View) => {
    const search = writeTaskFilters(filters);
    if (next === 'board') search.set('view', 'board');
    setParams(search, { replace: true });
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await tasksApi.exportXlsx(filters);
    } catch {
      // the API client has shown the error
    } finally {
      setExporting(false);
    }
  };

  const bulkUpdate = async (change: StatusChange) => {
    const refused = selected.filter(
      (r) => !r.current || !moveTargets(r.current.status).includes(change.status),
    );
    if (refused.length > 0) {
      setBulkError(
        t('tasks.bulk.notAllowed', {
          count: refused.length,
          list: refused.map((r) => `“${shorten(r.content, 50)}”`).join(', '),
        }),
      );
      return;
    }
    const items = selected.flatMap((r) =>
      r.current ? [{ occurrenceId: r.current.id, version: r.current.version }] : [],
    );
    try {
      const { updated } = await tasksApi.bulkStatus({ items, ...change });
      showSuccess(t('tasks.bulk.done', { count: updated }));
      setBulkOpen(false);
      setSelected([]);
      await reload();
    } catch (err) {
      if (isStale(err)) {
        showWarning(t('tracking.stale'));
        setBulkOpen(false);
        setSelected([]);
        await reload();
        return;
      }
      setBulkError(errorText(err));
    }
  };

  const list = (
    <Flex vertical gap={12}>
      {selected.length > 0 && (
        <Flex align="center" gap={12} className="bulk-bar" data-testid="bulk-bar">
          <Typography.Text strong>{t('tasks.selected', { count: selected.length })}</Typography.Text>
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => {
              setBulkError(null);
              setBulkOpen(true);
            }}
            data-testid="bulk-status"
          >
            {t('tasks.bulkButton')}
          </Button>
          <Button onClick={() => setSelected([])}>{t('common.cancel')}</Button>
        </Flex>
      )}
      <TaskTable
        rows={data.items}
        total={data.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
        selected={selected}
        onSelect={setSelected}
      />
    </Flex>
  );

  return (
    <Card
      title={t('tasks.title')}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void exportXlsx()}
            data-testid="tasks-export"
          >
            {t('tasks.export')}
          </Button>
        </Space>
      }
      data-testid="tasks-page"
    >
      <Flex vertical gap={12}>
        <TaskFiltersBar
          filters={filters}
          onChange={setFilters}
          plans={plans}
          units={pickable}
          domains={domains}
        />
        <Tabs
          activeKey={view}
          onChange={(key) => setView(key as View)}
          items={[
            { key: 'list', label: t('tasks.tabList'), children: list },
            {
              key: 'board',
              label: <span data-testid="tasks-tab-board">{t('tasks.tabBoard')}</span>,
              children: <TaskBoard rows={data.items} total={data.total} loading={loading} reload={reload} />,
            },
          ]}
          destroyOnHidden
        />
      </Flex>
      <StatusChangeModal
        open={bulkOpen}
        title={t('tasks.bulk.title', { count: selected.length })}
        statuses={TASK_STATUSES}
        fromStatuses={selected.flatMap((r) => (r.current ? [r.current.status] : []))}
        error={bulkError}
        onCancel={() => setBulkOpen(false)}
        onSubmit={bulkUpdate}
      />
    </Card>
  );
}
