import { useQuery } from '@tanstack/react-query';
import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Row,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { calendarApi } from '../../api/endpoints';
import { keys, queries, useInvalidate } from '../../api/queries';
import type { CalendarDay } from '../../api/types';
import { t } from '../../i18n';
import { monthWeeks, workingDaysInYear, type DayKind } from '../../lib/calendarGrid';
import { showSuccess } from '../../lib/feedback';
import { formatIsoDate } from '../../lib/format';

interface AdjustmentForm {
  date: Dayjs;
  kind: 'dayOff' | 'workday';
  note: string;
}

const WEEKDAYS = t('calendarAdmin.weekdays').split(',');

const weekdayName = (date: string) => dayjs(date).format('dddd');

function MonthGrid({
  year,
  month,
  special,
}: {
  year: number;
  month: number;
  special: ReadonlyMap<string, CalendarDay>;
}) {
  const weeks = monthWeeks(year, month, special);
  return (
    <div className="cal-month">
      <Typography.Text strong className="cal-month-title">
        {dayjs(`${year}-${String(month).padStart(2, '0')}-01`).format('MMMM')}
      </Typography.Text>
      <div className="cal-grid">
        {WEEKDAYS.map((d) => (
          <span key={d} className="cal-head">
            {d}
          </span>
        ))}
        {weeks.flat().map((cell, i) =>
          cell ? (
            <Tooltip key={cell.date} title={cell.notes.length > 0 ? cell.notes.join(' · ') : undefined}>
              <span className={`cal-day cal-${cell.kind}`} data-date={cell.date}>
                {cell.day}
              </span>
            </Tooltip>
          ) : (
            <span key={`pad-${i}`} />
          ),
        )}
      </div>
    </div>
  );
}

const LEGEND: DayKind[] = ['work', 'weekend', 'holiday', 'dayOff', 'workday'];

/** Admin: the year's holidays and the compensatory days off / make-up working days deadlines are computed with. */
export default function CalendarPage() {
  const [year, setYear] = useState(() => dayjs().year());
  const { data, isFetching: loading } = useQuery(queries.calendarYear(year));
  const invalidate = useInvalidate();
  const reload = () => invalidate(keys.calendar);
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<AdjustmentForm>();

  const special = useMemo(() => new Map((data?.days ?? []).map((d) => [d.date, d])), [data]);
  const holidays = useMemo(() => (data?.days ?? []).filter((d) => d.holidays.length > 0), [data]);
  const adjustments = useMemo(() => (data?.days ?? []).filter((d) => d.adjustment !== null), [data]);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await calendarApi.record({
        date: values.date.format('YYYY-MM-DD'),
        kind: values.kind,
        note: values.note.trim(),
      });
      showSuccess(t('calendarAdmin.saved'));
      setAdding(false);
      await reload();
    } catch {
      // the API client has shown the error
    } finally {
      setSaving(false);
    }
  };

  const remove = async (date: string) => {
    try {
      await calendarApi.remove(date);
      showSuccess(t('calendarAdmin.removed'));
      await reload();
    } catch {
      // the API client has shown the error
    }
  };

  const holidayColumns: ColumnsType<CalendarDay> = [
    { title: t('calendarAdmin.col.date'), key: 'date', width: 110, render: (_v, d) => formatIsoDate(d.date) },
    {
      title: t('calendarAdmin.col.weekday'),
      key: 'weekday',
      width: 110,
      render: (_v, d) => weekdayName(d.date),
    },
    { title: t('calendarAdmin.col.name'), key: 'name', render: (_v, d) => d.holidays.join(' · ') },
  ];

  const adjustmentColumns: ColumnsType<CalendarDay> = [
    { title: t('calendarAdmin.col.date'), key: 'date', width: 110, render: (_v, d) => formatIsoDate(d.date) },
    {
      title: t('calendarAdmin.col.weekday'),
      key: 'weekday',
      width: 110,
      render: (_v, d) => weekdayName(d.date),
    },
    {
      title: t('calendarAdmin.col.kind'),
      key: 'kind',
      width: 110,
      render: (_v, d) =>
        d.adjustment?.kind === 'workday' ? (
          <Tag color="green">{t('calendarAdmin.kindWorkday')}</Tag>
        ) : (
          <Tag color="orange">{t('calendarAdmin.kindDayOff')}</Tag>
        ),
    },
    {
      title: t('calendarAdmin.col.note'),
      key: 'note',
      render: (_v, d) => (
        <Flex vertical gap={0}>
          <span>{d.adjustment?.note}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.adjustment?.recorded ? t('calendarAdmin.recorded') : t('calendarAdmin.official')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '',
      key: 'remove',
      width: 70,
      render: (_v, d) =>
        d.adjustment?.recorded && (
          <Popconfirm
            title={t('calendarAdmin.removeConfirm', { date: formatIsoDate(d.date) })}
            okText={t('calendarAdmin.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void remove(d.date)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('calendarAdmin.remove')}
              data-testid={`calendar-remove-${d.date}`}
            />
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="calendar-page">
      <Card
        loading={!data && loading}
        title={
          <Flex align="center" gap={8}>
            <Button
              size="small"
              icon={<LeftOutlined />}
              onClick={() => setYear((y) => y - 1)}
              aria-label={String(year - 1)}
            />
            <span>{t('calendarAdmin.title', { year })}</span>
            <Button
              size="small"
              icon={<RightOutlined />}
              onClick={() => setYear((y) => y + 1)}
              aria-label={String(year + 1)}
            />
          </Flex>
        }
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="calendar-add"
          >
            {t('calendarAdmin.add')}
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <Flex wrap gap={12} align="center">
            <Typography.Text strong>
              {t('calendarAdmin.workingDays', { count: workingDaysInYear(year, special) })}
            </Typography.Text>
            {LEGEND.map((kind) => (
              <Flex key={kind} gap={4} align="center">
                <span className={`cal-day cal-${kind} cal-legend`} />
                <Typography.Text type="secondary">{t(`calendarAdmin.legend.${kind}`)}</Typography.Text>
              </Flex>
            ))}
          </Flex>
          <div className="cal-year">
            {Array.from({ length: 12 }, (_, i) => (
              <MonthGrid key={i} year={year} month={i + 1} special={special} />
            ))}
          </div>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('calendarAdmin.adjustments', { count: adjustments.length })} size="small">
            <Table<CalendarDay>
              rowKey="date"
              size="small"
              columns={adjustmentColumns}
              dataSource={adjustments}
              pagination={false}
              locale={{ emptyText: t('calendarAdmin.noAdjustments') }}
              data-testid="calendar-adjustments"
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('calendarAdmin.holidays', { count: holidays.length })} size="small">
            <Table<CalendarDay>
              rowKey="date"
              size="small"
              columns={holidayColumns}
              dataSource={holidays}
              pagination={false}
              data-testid="calendar-holidays"
            />
          </Card>
        </Col>
      </Row>
      <Modal
        open={adding}
        title={t('calendarAdmin.addTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        onOk={() => void save().catch(() => undefined)}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <Form<AdjustmentForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          preserve={false}
          initialValues={{ kind: 'dayOff' }}
        >
          <Form.Item
            name="date"
            label={t('calendarAdmin.date')}
            rules={[{ required: true, message: t('calendarAdmin.dateRequired') }]}
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="calendar-date" />
          </Form.Item>
          <Form.Item name="kind" label={t('calendarAdmin.kind')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'dayOff', label: t('calendarAdmin.kindDayOff') },
                { value: 'workday', label: t('calendarAdmin.kindWorkday') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('calendarAdmin.note')}
            rules={[{ required: true, whitespace: true, message: t('calendarAdmin.noteRequired') }]}
          >
            <Input
              maxLength={500}
              placeholder={t('calendarAdmin.notePlaceholder')}
              data-testid="calendar-note"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
