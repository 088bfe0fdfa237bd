import type { Kysely } from 'kysely';
import { parseTarget } from '../../src/domain/targets/index.js';
import type { Database } from '../../src/server/db/schema.js';
import { aRegimeWithPeriod, richText } from './consolidation.js';

// A ministry and its 63 provincial departments (seed 002's scale), written in bulk: the org tree,
// a plan whose data form spans several domains, a half-year regime, and the departments' accepted
// reports with shared and distinct statements. The spec the rows are written from is returned, so a
// test recomputes every figure from it rather than reading the system's answer back.

export const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cần Thơ',
  'Cao Bằng',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'TP. Hồ Chí Minh',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
] as const;

const UNIT_NAMES = [
  'Văn phòng',
  'Thanh tra',
  'Phòng Bưu chính – Viễn thông',
  'Phòng Công nghệ thông tin',
  'Phòng Thông tin – Báo chí – Xuất bản',
  'Trung tâm Công nghệ thông tin và Truyền thông',
  'Trung tâm Giám sát điều hành đô thị thông minh',
];

export const NATIONAL_DOMAINS = ['Bưu chính', 'Viễn thông', 'Chuyển đổi số', 'Báo chí'] as const;

/** What every department shares: the statement 40 of them write, nearly alike. */
export const SHARED_DIFFICULTY = 'Thiếu nhân lực chuyên trách về chuyển đổi số tại cấp huyện, cấp xã';
export const SHARED_RESULT =
  'Phối hợp với doanh nghiệp viễn thông chỉnh trang, ngầm hóa cáp treo trên địa bàn';

export interface NationalIndicator {
  id: string;
  domain: string;
  content: string;
  kind: 'yesNo' | 'count' | 'rate';
}

export interface NationalDataset {
  ministryId: string;
  regimeId: string;
  periodCode: string;
  /** The units that report: the departments, or the units of each department. */
  reporters: { id: string; name: string }[];
  indicators: NationalIndicator[];
  /** Per reporting unit (by index): its figure per indicator id, or null when it did not report. */
  values: (Record<string, number> | null)[];
  /** Indexes of the reporting units that sent their report after the deadline. */
  late: number[];
}

/** A small deterministic generator: the same dataset on every run and store. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const chunk = <T>(rows: readonly T[], size = 500) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

export async function aNationalDataset(
  db: Kysely<Database>,
  options: {
    departments?: number;
    /** Units of each department that report in its stead (seed 002's scale: 7); 0: the department reports. */
    unitsPerDepartment?: number;
    /** Indicators per domain, in the order yes/no, count, rate repeated. */
    indicatorsPerDomain?: number;
    /** Departments (from the end) that send nothing. */
    missing?: number;
    /** Departments (from the start) that share the difficulty and the result. */
    sharing?: number;
    lateEvery?: number;
    seed?: number;
  } = {},
): Promise<NationalDataset> {
  const count = options.departments ?? 63;
  const perDomain = options.indicatorsPerDomain ?? 3;
  const random = lcg(options.seed ?? 2021);
  const ministry = await db
    .insertInto('org_units')
    .values({
      code: 'BTTTT',
      name: 'Bộ Thông tin và Truyền thông',
      kind: 'ministry',
      parent_id: null,
      aliases: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const departments: { id: string; name: string }[] = [];
  for (const rows of chunk(
    Array.from({ length: count }, (_, i) => ({
      code: `STTTT-${i + 1}`,
      name: `Sở TTTT ${PROVINCES[i % PROVINCES.length]}${i >= PROVINCES.length ? ` ${Math.floor(i / PROVINCES.length) + 1}` : ''}`,
      kind: 'provincialDepartment',
      parent_id: null,
      aliases: '[]',
      sort_order: i + 1,
    })),
  ))
    departments.push(...(await db.insertInto('org_units').values(rows).returning(['id', 'name']).execute()));

  const perDepartment = options.unitsPerDepartment ?? 0;
  const reporters: { id: string; name: string }[] = [];
  if (perDepartment === 0) reporters.push(...departments);
  else
    for (const rows of chunk(
      departments.flatMap((d, i) =>
        Array.from({ length: perDepartment }, (_, k) => ({
          code: `STTTT-${i + 1}-${k + 1}`,
          name: `${UNIT_NAMES[k % UNIT_NAMES.length]}${k >= UNIT_NAMES.length ? ` ${k + 1}` : ''}, ${d.name}`,
          kind: 'division',
          parent_id: d.id,
          aliases: '[]',
          sort_order: i * perDepartment + k + 1,
        })),
      ),
    ))
      reporters.push(...(await db.insertInto('org_units').values(rows).returning(['id', 'name']).execute()));

  const plan = await db
    .insertInto('plans')
    .values({
      number: '98/KH-BTTTT',
      title: 'Kế hoạch năm 2024',
      year: 2024,
      legal_bases: '[]',
      sections: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const specs: Omit<NationalIndicator, 'id'>[] = [];
  for (const domain of NATIONAL_DOMAINS)
    for (let k = 0; k < perDomain; k += 1) {
      const kind = (['yesNo', 'count', 'rate'] as const)[k % 3] ?? 'count';
      const n = Math.floor(k / 3) + 1;
      const content =
        kind === 'yesNo'
          ? `Ban hành kế hoạch phát triển ${domain.toLowerCase()} số ${n}`
          : kind === 'count'
            ? `Số điểm phục vụ ${domain.toLowerCase()} nhóm ${n}`
            : `Tỷ lệ thủ tục ${domain.toLowerCase()} nhóm ${n} xử lý trực tuyến đạt 50%`;
      specs.push({ domain, content, kind });
    }
  const indicators: NationalIndicator[] = [];
  for (const rows of chunk(specs))
    indicators.push(
      ...(
        await db
          .insertInto('plan_items')
          .values(
            rows.map((s, i) => {
              const target = s.kind === 'rate' ? parseTarget(s.content) : null;
              return {
                plan_id: plan.id,
                position: indicators.length + i,
                kind: 'indicator' as const,
                part: 'Chỉ tiêu',
                domain: s.domain,
                content: s.content,
                timeframe: JSON.stringify({ kind: 'annual' }),
                timeframe_kind: 'annual',
                target: target ? JSON.stringify(target) : null,
                lead_raw: '[]',
                coordinators_raw: '[]',
                warnings: '[]',
                search_text: s.content,
              };
            }),
          )
          .returning('id')
          .execute()
      ).map((r, i) => ({ id: r.id, ...(rows[i] as Omit<NationalIndicator, 'id'>) })),
    );

  const { regimeId, periodId } = await aRegimeWithPeriod(db, {
    receiverId: ministry.id,
    reportingUnits: reporters.map((d) => d.id),
    periodCode: '2024-H1',
    dataForm: indicators.map((i) => i.id),
    name: 'Báo cáo 6 tháng của các Sở TTTT',
  });
  const period = { id: periodId };
  const regime = { id: regimeId };

  const missing = options.missing ?? 3;
  const sharing = options.sharing ?? 40;
  const lateEvery = options.lateEvery ?? 12;
  const values: NationalDataset['values'] = [];
  const late: number[] = [];
  const submissions = [];
  for (const [i, unit] of reporters.entries()) {
    if (i >= reporters.length - missing) {
      values.push(null);
      continue;
    }
    const figures: Record<string, number> = {};
    for (const indicator of indicators)
      figures[indicator.id] =
        indicator.kind === 'yesNo'
          ? random() < 0.7
            ? 1
            : 0
          : indicator.kind === 'count'
            ? Math.floor(random() * 1000)
            : Math.round(random() * 1000) / 10;
    values.push(figures);
    const isLate = lateEvery > 0 && i % lateEvery === lateEvery - 1;
    if (isLate) late.push(i);
    const shares = i < sharing;
    // Units copy one another with small drift: a capital, a full stop.
    const variant = (text: string) => (i % 3 === 0 ? `${text}.` : i % 3 === 1 ? text.toLowerCase() : text);
    const sent = new Date(isLate ? '2024-06-20T03:00:00Z' : '2024-06-10T03:00:00Z');
    submissions.push({
      period_id: period.id,
      org_unit_id: unit.id,
      status: 'accepted' as const,
      sections: JSON.stringify({
        highlights: richText(`${unit.name} tổ chức thành công Ngày Chuyển đổi số lần thứ ${i + 1}`),
        results: richText(
          { h: 'Lĩnh vực Viễn thông' },
          ...(shares ? [variant(SHARED_RESULT)] : []),
          `${unit.name} đã cấp phép ${10 + i} trạm thu phát sóng mới`,
          { h: 'Lĩnh vực Chuyển đổi số' },
          `Triển khai ${i + 2} nền tảng số dùng chung trên địa bàn ${unit.name}`,
        ),
        difficulties: richText(
          ...(shares ? [variant(SHARED_DIFFICULTY)] : []),
          `Hạ tầng tại ${unit.name} còn ${i + 3} xã chưa có sóng di động`,
        ),
        nextTasks: richText('Tiếp tục triển khai Chương trình chuyển đổi số của tỉnh'),
      }),
      data: JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { value: v }]))),
      submitted_at: sent,
      accepted_at: new Date('2024-06-25T03:00:00Z'),
    });
  }
  for (const rows of chunk(submissions, 100)) await db.insertInto('submissions').values(rows).execute();
  return {
    ministryId: ministry.id,
    regimeId: regime.id,
    periodCode: '2024-H1',
    reporters,
    indicators,
    values,
    late,
  };
}
