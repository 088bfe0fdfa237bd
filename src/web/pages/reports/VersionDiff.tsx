import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { plainText } from '../../../domain/rich-text/document';
import { queries } from '../../api/queries';
import { submissionsApi, type SubmissionVersions } from '../../api/reports';
import { t, tOr } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { markupToDoc } from '../../lib/richTextMarkup';
import { hasChanges, wordDiff } from '../../lib/wordDiff';
import type { SectionSlot } from './useSubmissionDraft';

const CURRENT = 0;
const noVersions: SubmissionVersions['versions'] = [];

function DiffText({ before, after }: { before: string; after: string }) {
  const segments = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <div className="diff-text">
      {segments.map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'insert' ? (
          <ins key={i}>{s.text}</ins>
        ) : (
          <del key={i}>{s.text}</del>
        ),
      )}
    </div>
  );
}

/** Two versions side by side, section by section: only the sections that changed, words marked. */
export function VersionDiff({
  submissionId,
  slots,
  texts,
}: {
  submissionId: string;
  slots: SectionSlot[];
  texts: Record<string, string>;
}) {
  const { data: versions = noVersions, isFetching: loading } = useQuery(
    queries.submissionVersions(submissionId),
  );
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number>(CURRENT);
  const [sides, setSides] = useState<{
    before: Record<string, string>;
    after: Record<string, string>;
  } | null>(null);

  const latest = versions.at(-1)?.number ?? null;
  const fromNumber = from ?? latest;

  useEffect(() => {
    if (fromNumber === null) return;
    let live = true;
    const side = async (n: number): Promise<Record<string, string>> =>
      n === CURRENT
        ? Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, plainText(markupToDoc(v))]))
        : (await submissionsApi.version(submissionId, n)).plainText;
    void Promise.all([side(fromNumber), side(to)]).then(([before, after]) => {
      if (live) setSides({ before, after });
    });
    return () => {
      live = false;
    };
  }, [submissionId, fromNumber, to, texts]);

  if (loading && versions.length === 0) return <Spin />;
  if (versions.length === 0) return <Empty description={t('submission.diff.noVersions')} />;

  const options = [
    ...versions.map((v) => ({
      value: v.number,
      label: t('submission.diff.version', {
        number: v.number,
        event: tOr(`submission.diff.event.${v.event}`, v.event),
        date: formatDateTime(v.createdAt),
      }),
    })),
    { value: CURRENT, label: t('submission.diff.current') },
  ];
  const titleOf = (key: string) => {
    const slot = slots.find((s) => s.key === key);
    return slot?.domain ? `${slot.title} — ${slot.domain}` : (slot?.title ?? key);
  };
  const keys = sides ? [...new Set([...Object.keys(sides.before), ...Object.keys(sides.after)])] : [];
  const changed = sides
    ? keys.filter((k) => hasChanges(wordDiff(sides.before[k] ?? '', sides.after[k] ?? '')))
    : [];

  return (
    <Flex vertical gap={12} data-testid="submission-diff">
      <Flex gap={12} wrap align="center">
        <span>{t('submission.diff.from')}</span>
        <Select style={{ minWidth: 300 }} value={fromNumber} onChange={setFrom} options={options} />
        <span>{t('submission.diff.to')}</span>
        <Select style={{ minWidth: 300 }} value={to} onChange={setTo} options={options} />
      </Flex>
      {sides && changed.length === 0 && (
        <Typography.Text type="secondary">{t('submission.diff.noChanges')}</Typography.Text>
      )}
      {sides &&
        changed.map((key) => (
          <Card key={key} size="small" title={titleOf(key)} data-testid="submission-diff-section">
            <DiffText before={sides.before[key] ?? ''} after={sides.after[key] ?? ''} />
          </Card>
        ))}
    </Flex>
  );
}
