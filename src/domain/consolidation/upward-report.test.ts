import { describe, expect, it } from 'vitest';
import { inlineText } from '../documents/official-document.js';
import { doc } from '../../../test/fixtures/consolidation-facts.js';
import { contentText } from './draft.js';
import type { UnitSubmission } from './submission-text.js';
import {
  type FormIndicator,
  type UpwardReportInput,
  buildUpwardReport,
  figureValue,
  indicatorKind,
  indicatorSummary,
  upwardDataTables,
} from './upward-report.js';
import type { Table } from '../documents/official-document.js';

const provinces = ['An Giang', 'Bắc Giang', 'Cà Mau', 'Đồng Tháp', 'Hưng Yên', 'Phú Thọ'].map((name, i) => ({
  id: `p${i + 1}`,
  name: `Sở TTTT ${name}`,
}));

const shared: FormIndicator = {
  id: 'shared',
  content: 'Ban hành kế hoạch dùng chung hạ tầng',
  domain: 'Viễn thông',
  unit: null,
};
const services: FormIndicator = {
  id: 'dvc',
  content: 'Số dịch vụ công trực tuyến toàn trình',
  domain: 'Chuyển đổi số',
  unit: 'count',
};
const online: FormIndicator = {
  id: 'rate',
  content: 'Tỷ lệ hồ sơ trực tuyến',
  domain: 'Chuyển đổi số',
  unit: 'percent',
};

function report(i: number, data: UnitSubmission['data'], highlights?: string): UnitSubmission {
  const unit = provinces[i - 1] ?? { id: 'x', name: 'x' };
  return {
    unit,
    sections: {
      ...(highlights ? { highlights: doc(highlights) } : {}),
      results: doc({ h: 'Viễn thông' }, `Kết quả viễn thông của ${unit.name}`),
    },
    data,
  };
}

const input: UpwardReportInput = {
  unit: { id: 'bo', name: 'Bộ Thông tin và Truyền thông' },
  periodCode: '2024-H1',
  today: '2024-07-20',
  contributors: provinces,
  submissions: [
    report(1, { shared: { value: 1 }, dvc: { value: 912 }, rate: { value: 80 } }, 'Phát hành bộ tem Vĩnh Tế'),
    report(2, { shared: { value: 1 }, dvc: { value: 570 }, rate: { numerator: 3, denominator: 4 } }),
    report(3, { shared: { value: 0 }, dvc: { value: 1048 } }, 'Ra mắt Trung tâm IOC'),
    report(4, { shared: { value: 1 } }),
  ],
  indicators: [shared, services, online],
  domains: ['Viễn thông', 'Chuyển đổi số'],
  unitNoun: 'Sở',
};
const draft = buildUpwardReport(input);
const text = (id: string) =>
  contentText(draft.blocks.find((b) => b.id === id)?.content ?? { kind: 'paragraph', text: '' });

describe('buildUpwardReport (seed 002, a ministry over its departments)', () => {
  it('counts yes/no indicators as x/N, naming who has not done it and who has not reported', () => {
    expect(text('indicator:shared')).toBe(
      '3/6 Sở đã ban hành kế hoạch dùng chung hạ tầng; còn 1 Sở chưa thực hiện: Sở TTTT Cà Mau; 2 Sở chưa báo cáo: Sở TTTT Hưng Yên, Sở TTTT Phú Thọ.',
    );
  });

  it('sums counts and averages rates, with the figure of every unit', () => {
    expect(text('indicator:dvc')).toBe(
      'Số dịch vụ công trực tuyến toàn trình: tổng cộng 2.530 (Sở TTTT An Giang: 912; Sở TTTT Bắc Giang: 570; Sở TTTT Cà Mau: 1.048); bình quân mỗi Sở 843,3, trung vị 912; cao nhất Sở TTTT Cà Mau (1.048), thấp nhất Sở TTTT Bắc Giang (570); 3/6 Sở có số liệu; 3 Sở chưa báo cáo: Sở TTTT Đồng Tháp, Sở TTTT Hưng Yên, Sở TTTT Phú Thọ.',
    );
    expect(text('indicator:rate')).toMatch(
      /^Tỷ lệ hồ sơ trực tuyến: bình quân 77,5% \(Sở TTTT An Giang: 80%; Sở TTTT Bắc Giang: 75%\); trung vị 77,5%; cao nhất Sở TTTT An Giang \(80%\), thấp nhất Sở TTTT Bắc Giang \(75%\); 2\/6 Sở/,
    );
  });

  it('lists the units that did not report', () => {
    expect(text('missing-units')).toBe(
      'Đã nhận báo cáo của 4/6 Sở, tất cả đúng hạn; 2 Sở chưa gửi báo cáo: Sở TTTT Hưng Yên, Sở TTTT Phú Thọ.',
    );
    expect(text('intro')).toMatch(
      /^Trên cơ sở báo cáo của 4\/6 Sở, Bộ Thông tin và Truyền thông tổng hợp kết quả 6 tháng đầu năm 2024/,
    );
  });

  it("groups the units' text by domain, attributed, and puts their highlights in an annex", () => {
    const telecom = draft.blocks.filter((b) => b.location === 'Mục I.1').map((b) => contentText(b.content));
    expect(telecom).toEqual([
      '1. Lĩnh vực Viễn thông',
      expect.stringMatching(/^3\/6 Sở/),
      ...[1, 2, 3, 4].map(
        (i) => `Kết quả viễn thông của ${provinces[i - 1]?.name ?? ''} (${provinces[i - 1]?.name ?? ''})`,
      ),
    ]);
    const annex = draft.blocks
      .filter((b) => b.appendix === 'appendix:highlights')
      .map((b) => contentText(b.content));
    expect(annex).toEqual([
      '1. Sở TTTT An Giang',
      'Phát hành bộ tem Vĩnh Tế',
      '2. Sở TTTT Cà Mau',
      'Ra mắt Trung tâm IOC',
    ]);
    expect(draft.appendices.map((a) => [a.label, a.title, a.landscape])).toEqual([
      ['Phụ lục I', 'Hoạt động nổi bật của các Sở', false],
      ['Phụ lục II', 'Số liệu tổng hợp theo lĩnh vực', true],
    ]);
  });

  it("sums up each domain in one table of the annex, every unit's figure going to the XLSX", () => {
    const tables = draft.blocks.flatMap((b) => (b.content.kind === 'table' ? [b.content.table] : []));
    const rows = (t: Table | undefined) =>
      (t?.rows ?? []).map((r) => (r.kind === 'group' ? r.text : r.cells.map(inlineText).join(' | ')));
    expect(tables.map((t) => t.name)).toEqual(['Tổng hợp Viễn thông', 'Tổng hợp Chuyển đổi số']);
    expect(rows(tables[1])).toEqual([
      '1 | Số dịch vụ công trực tuyến toàn trình | 3/6 | 2.530 | 843,3 | 912 | 1.048 (Sở TTTT Cà Mau) | 570 (Sở TTTT Bắc Giang) | ',
      '2 | Tỷ lệ hồ sơ trực tuyến | 2/6 |  | 77,5% | 77,5% | 80% (Sở TTTT An Giang) | 75% (Sở TTTT Bắc Giang) | ',
    ]);
    const data = upwardDataTables(input);
    expect(data.map((t) => t.name)).toEqual(['Số liệu Viễn thông', 'Số liệu Chuyển đổi số']);
    expect(rows(data[1])).toEqual([
      '1 | Sở TTTT An Giang | 912 | 80%',
      '2 | Sở TTTT Bắc Giang | 570 | 75%',
      '3 | Sở TTTT Cà Mau | 1.048 | ',
      '4 | Sở TTTT Đồng Tháp |  | ',
      '5 | Sở TTTT Hưng Yên |  | ',
      '6 | Sở TTTT Phú Thọ |  | ',
      ' | Tổng cộng | 2.530 | ',
      ' | Bình quân | 843,3 | 77,5%',
    ]);
    expect(rows(data[0]).slice(0, 3)).toEqual([
      '1 | Sở TTTT An Giang | 1',
      '2 | Sở TTTT Bắc Giang | 1',
      '3 | Sở TTTT Cà Mau | 0',
    ]);
  });

  it.each([
    [{ value: 5 }, 5],
    [{ numerator: 13, denominator: 20 }, 65],
    [{ numerator: 1, denominator: 0 }, null],
    [{ value: null }, null],
    [undefined, null],
  ])('reads the figure %j as %s', (figure, expected) => {
    expect(figureValue(figure)).toBe(expected);
  });

  it.each([
    [{ ...shared }, [1, 0, 1], 'yesNo'],
    [{ ...shared }, [1, 2], 'numeric'],
    [{ ...services }, [1, 0], 'numeric'],
    [{ ...services, kind: 'yesNo' as const }, [], 'yesNo'],
  ])('tells %j with values %j is %s', (indicator, values, kind) => {
    expect(indicatorKind(indicator, values)).toBe(kind);
  });

  it('says when nobody reported a figure', () => {
    expect(indicatorSummary({ ...input, submissions: [] }, services)).toBe(
      'Số dịch vụ công trực tuyến toàn trình: chưa có Sở nào báo cáo số liệu.',
    );
  });
});
