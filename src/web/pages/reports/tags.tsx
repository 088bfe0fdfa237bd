import { Tag } from 'antd';
import type { Submission } from '../../api/reports';
import { t } from '../../i18n';

const TIMELINESS_COLOR: Record<Submission['timeliness'], string> = {
  onTime: 'green',
  late: 'orange',
  missing: 'red',
  pending: 'default',
};
const STATUS_COLOR: Record<Submission['status'], string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'volcano',
  accepted: 'green',
};

export function StatusTags({
  status,
  timeliness,
}: {
  status: Submission['status'] | null;
  timeliness: Submission['timeliness'];
}) {
  return (
    <span data-testid="report-status">
      <Tag color={TIMELINESS_COLOR[timeliness]}>{t(`reports.timeliness.${timeliness}`)}</Tag>
      {status && <Tag color={STATUS_COLOR[status]}>{t(`reports.status.${status}`)}</Tag>}
    </span>
  );
}

/**
 * A deadline as the server states it ("2024-06-15T17:00:00+07:00"), shown in Vietnam time whatever
 * the browser's zone: "15/06/2024 17:00".
 */
export function vietnamDateTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[3] ?? ''}/${m[2] ?? ''}/${m[1] ?? ''} ${m[4] ?? ''}:${m[5] ?? ''}` : iso;
}
