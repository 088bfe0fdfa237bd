import type { TargetUnit } from '../targets/index.js';
import { formatValue } from '../tracking/format.js';
import { foldVietnamese } from '../text/fold.js';
import { figuresIn, states } from '../text/numbers.js';

// The x/N figures of a report built from many units' reports (seed 002): "59/63 Sở đã ban hành …",
// "tổng cộng 3.030", "Đã nhận báo cáo của 5/6 Sở". Reworded, they must still say what the units sent.

/** One indicator of the data form across the units: who answered yes (or gave a figure), and the sum or mean. */
export interface UnitShare {
  id: string;
  label: string;
  /** Units that answered yes (yes/no indicators) or gave a figure (numeric ones). */
  part: number;
  total: number;
  aggregate: { kind: 'sum' | 'average'; value: number; unit: TargetUnit } | null;
}

/** How many of the units expected to report did. */
export interface ReportingShare {
  received: number;
  expected: number;
}

export interface ShareMismatch {
  stated: string;
  actual: string;
  measure: string;
}

const AGGREGATE = /\b(tong cong|tong so|tong|binh quan|trung binh)\s*(dat|la|:)?\s*(khoang)?\s*$/;

/** In a reworded indicator paragraph: its x/N and the sum or mean after "tổng cộng" / "bình quân". */
export function shareMismatches(sentence: string, share: UnitShare): ShareMismatch[] {
  const out: ShareMismatch[] = [];
  for (const figure of figuresIn(sentence)) {
    if (figure.kind === 'ratio') {
      if (figure.part !== share.part || figure.whole !== share.total)
        out.push({
          stated: figure.text.trim(),
          actual: `${share.part}/${share.total}`,
          measure: share.label,
        });
      continue;
    }
    const { aggregate } = share;
    if (!aggregate || !AGGREGATE.test(foldVietnamese(sentence.slice(0, figure.index)))) continue;
    if (aggregate.unit === 'percent' && figure.kind !== 'percent') continue;
    if (!states(figure.value, figure.decimals, aggregate.value))
      out.push({
        stated: figure.text.trim(),
        actual: formatValue(aggregate.value, aggregate.unit),
        measure: `${share.label} (${aggregate.kind === 'sum' ? 'tổng cộng' : 'bình quân'})`,
      });
  }
  return out;
}

/** "Đã nhận báo cáo của 4/6 Sở": an x/N in a sentence about the reports received. */
export function reportingMismatches(sentence: string, reporting: ReportingShare): ShareMismatch[] {
  const folded = foldVietnamese(sentence);
  if (!/\bbao cao\b/.test(folded) || !/\b(nhan|gui|tren co so|tong hop)\b/.test(folded)) return [];
  return figuresIn(sentence).flatMap((figure) =>
    figure.kind === 'ratio' && (figure.part !== reporting.received || figure.whole !== reporting.expected)
      ? [
          {
            stated: figure.text.trim(),
            actual: `${reporting.received}/${reporting.expected}`,
            measure: 'số đơn vị đã gửi báo cáo',
          },
        ]
      : [],
  );
}
