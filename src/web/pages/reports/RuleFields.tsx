import { Flex, Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../i18n';

/** Deadline and cut-off rules as the server takes them (report-regimes.schemas.ts). */
export type DeadlineRule =
  | { kind: 'weekday'; weekday: number; time?: string; onRestDay?: RestDay }
  | { kind: 'dayOfMonth'; day: number; monthOffset?: number; time?: string; onRestDay?: RestDay }
  | { kind: 'dayOfLastMonthOfQuarter'; day: number; time?: string; onRestDay?: RestDay }
  | { kind: 'fixedDate'; day: number; month: number; yearOffset?: number; time?: string; onRestDay?: RestDay }
  | { kind: 'workingDaysAfterPeriodEnd'; days: number; time?: string }
  | { kind: 'workingDaysAfterCutOff'; days: number; time?: string }
  | { kind: 'explicit'; at: string };
type RestDay = 'keep' | 'previousWorkingDay' | 'nextWorkingDay';
export type CutOffRule =
  | { kind: 'standard' }
  | { kind: 'calendar' }
  | { kind: 'weekEndingOn'; weekday: number }
  | { kind: 'explicit'; from: string; to: string };

const DEADLINE_KINDS: DeadlineRule['kind'][] = [
  'weekday',
  'dayOfMonth',
  'dayOfLastMonthOfQuarter',
  'fixedDate',
  'workingDaysAfterPeriodEnd',
  'workingDaysAfterCutOff',
  'explicit',
];
const CUT_OFF_KINDS: CutOffRule['kind'][] = ['standard', 'calendar', 'weekEndingOn', 'explicit'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const REST_DAYS: RestDay[] = ['keep', 'previousWorkingDay', 'nextWorkingDay'];

function defaultDeadline(kind: DeadlineRule['kind']): DeadlineRule {
  switch (kind) {
    case 'weekday':
      return { kind, weekday: 4 };
    case 'dayOfMonth':
      return { kind, day: 15 };
    case 'dayOfLastMonthOfQuarter':
      return { kind, day: 15 };
    case 'fixedDate':
      return { kind, day: 15, month: 6 };
    case 'workingDaysAfterPeriodEnd':
    case 'workingDaysAfterCutOff':
      return { kind, days: 5 };
    case 'explicit':
      return { kind, at: '' };
  }
}

function defaultCutOff(kind: CutOffRule['kind']): CutOffRule {
  switch (kind) {
    case 'weekEndingOn':
      return { kind, weekday: 3 };
    case 'explicit':
      return { kind, from: '', to: '' };
    default:
      return { kind };
  }
}

const field = (label: string, node: ReactNode) => (
  <Flex vertical gap={2}>
    <span style={{ fontSize: 12, color: '#595959' }}>{label}</span>
    {node}
  </Flex>
);

const weekdaySelect = (value: number, onChange: (v: number) => void) => (
  <Select
    style={{ width: 140 }}
    value={value}
    onChange={onChange}
    options={WEEKDAYS.map((w) => ({ value: w, label: t(`regimeEditor.weekdays.w${w}`) }))}
  />
);

export function DeadlineFields({
  value,
  onChange,
}: {
  value: DeadlineRule;
  onChange: (v: DeadlineRule) => void;
}) {
  const set = (patch: Partial<Record<string, unknown>>) => onChange({ ...value, ...patch });
  const num = (label: string, key: string, min: number, max: number) =>
    field(
      label,
      <InputNumber
        min={min}
        max={max}
        value={(value as unknown as Record<string, number | undefined>)[key] ?? null}
        onChange={(v) => set({ [key]: v ?? undefined })}
      />,
    );
  return (
    <Flex gap={12} wrap align="flex-end" data-testid="regime-deadline">
      {field(
        t('regimeEditor.deadline'),
        <Select
          style={{ width: 320 }}
          value={value.kind}
          onChange={(kind) => onChange(defaultDeadline(kind))}
          options={DEADLINE_KINDS.map((k) => ({ value: k, label: t(`regimeEditor.deadlineKind.${k}`) }))}
        />,
      )}
      {value.kind === 'weekday' &&
        field(
          t('regimeEditor.weekday'),
          weekdaySelect(value.weekday, (weekday) => set({ weekday })),
        )}
      {(value.kind === 'dayOfMonth' ||
        value.kind === 'dayOfLastMonthOfQuarter' ||
        value.kind === 'fixedDate') &&
        num(t('regimeEditor.day'), 'day', 1, 31)}
      {value.kind === 'fixedDate' && num(t('regimeEditor.month'), 'month', 1, 12)}
      {value.kind === 'dayOfMonth' && num(t('regimeEditor.monthOffset'), 'monthOffset', -11, 12)}
      {(value.kind === 'workingDaysAfterPeriodEnd' || value.kind === 'workingDaysAfterCutOff') &&
        num(t('regimeEditor.days'), 'days', 1, 366)}
      {value.kind === 'explicit' &&
        field(
          t('regimeEditor.at'),
          <Input style={{ width: 220 }} value={value.at} onChange={(e) => set({ at: e.target.value })} />,
        )}
      {value.kind !== 'explicit' &&
        field(
          t('regimeEditor.time'),
          <Input
            style={{ width: 100 }}
            value={value.time ?? ''}
            placeholder="17:00"
            onChange={(e) => set({ time: e.target.value.trim() === '' ? undefined : e.target.value.trim() })}
          />,
        )}
      {'onRestDay' in value ||
      value.kind === 'weekday' ||
      value.kind === 'dayOfMonth' ||
      value.kind === 'dayOfLastMonthOfQuarter' ||
      value.kind === 'fixedDate'
        ? field(
            t('regimeEditor.onRestDay'),
            <Select
              allowClear
              style={{ width: 260 }}
              value={(value as { onRestDay?: RestDay }).onRestDay}
              onChange={(onRestDay) => set({ onRestDay })}
              options={REST_DAYS.map((r) => ({ value: r, label: t(`regimeEditor.onRestDayKind.${r}`) }))}
            />,
          )
        : null}
    </Flex>
  );
}

export function CutOffFields({ value, onChange }: { value: CutOffRule; onChange: (v: CutOffRule) => void }) {
  return (
    <Flex gap={12} wrap align="flex-end">
      {field(
        t('regimeEditor.cutOff'),
        <Select
          style={{ width: 400 }}
          value={value.kind}
          onChange={(kind) => onChange(defaultCutOff(kind))}
          options={CUT_OFF_KINDS.map((k) => ({ value: k, label: t(`regimeEditor.cutOffKind.${k}`) }))}
        />,
      )}
      {value.kind === 'weekEndingOn' &&
        field(
          t('regimeEditor.weekday'),
          weekdaySelect(value.weekday, (weekday) => onChange({ ...value, weekday })),
        )}
      {value.kind === 'explicit' && (
        <>
          {field(
            t('regimeEditor.from'),
            <Input value={value.from} onChange={(e) => onChange({ ...value, from: e.target.value })} />,
          )}
          {field(
            t('regimeEditor.to'),
            <Input value={value.to} onChange={(e) => onChange({ ...value, to: e.target.value })} />,
          )}
        </>
      )}
    </Flex>
  );
}
