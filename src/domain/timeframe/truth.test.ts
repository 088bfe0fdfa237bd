// eslint-disable-next-line no-restricted-imports -- tests read the seed fixtures; the code under test does no I/O
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTimeframe, type TimeframeKind } from './index';

interface TruthRow {
  part: string;
  timeframe: string | null;
}

const truthFile = path.resolve(import.meta.dirname, '../../../../shared/seeds/003-appendix.truth.json');
const rows = (JSON.parse(readFileSync(truthFile, 'utf8')) as { items: TruthRow[] }).items;
const distinct = [...new Set(rows.map((r) => r.timeframe ?? ''))];

// Every distinct "Thời gian thực hiện" text of the seed plan (40/KH-STTTT, 2023) and its reading.
const expectedKinds: Record<string, TimeframeKind> = {
  'Cả năm': 'wholeYear',
  'Thường xuyên': 'continuous',
  '': 'unspecified',
  'Tháng 12/2023': 'month',
  'Trong năm': 'wholeYear',
  'Định kỳ': 'recurring',
  'Quý IV': 'quarter',
  'Quý II': 'quarter',
  'Theo sự kiện': 'triggered',
  'Theo Kế hoạch': 'triggered',
  'Quý I': 'quarter',
  'Hằng tháng': 'recurring',
  'Khi có yêu cầu': 'triggered',
  'Khi phát sinh': 'triggered',
  'Quý III': 'quarter',
  'Thực hiện trước ngày 30/6 và ngày 15/12 hàng năm': 'deadline',
  'Báo cáo định kỳ 06 tháng trước ngày 20/6, 01 năm trước ngày 15/12 hàng năm': 'deadline',
  'Hàng quý': 'recurring',
  'Hàng tháng': 'recurring',
  'Định kỳ Quý, năm': 'recurring',
  'Khi có nhu cầu': 'triggered',
  'Định kỳ hàng tháng, quý, năm': 'recurring',
  'Thực hiện mỗi tháng 1 lần': 'recurring',
  'Hằng quý': 'recurring',
};

describe('timeframes of the seed plan appendix', () => {
  it('has the texts this test knows about', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(distinct)).toEqual(new Set(Object.keys(expectedKinds)));
  });

  it.each(distinct)('reads %j', (raw) => {
    const tf = normalizeTimeframe(raw, { planYear: 2023 });
    if (raw.trim() === '') {
      expect(tf.kind).toBe('unspecified');
    } else {
      expect(tf.kind).not.toBe('unknown');
      expect(tf.kind).not.toBe('unspecified');
    }
    expect(tf.kind).toBe(expectedKinds[raw]);
  });

  it('leaves no row unread', () => {
    const unread = rows.filter((r) => {
      const kind = normalizeTimeframe(r.timeframe, { planYear: 2023 }).kind;
      return kind === 'unknown' || (kind === 'unspecified' && (r.timeframe ?? '').trim() !== '');
    });
    expect(unread).toEqual([]);
  });
});
