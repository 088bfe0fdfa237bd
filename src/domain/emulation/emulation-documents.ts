import type { IsoDate } from '../calendar/index.js';
import { withEndMark } from '../consolidation/to-document.js';
import { appendixCaption, fileCopyLine } from '../documents/decree-30.js';
import type { Block, OfficialDocument, Signature, Table } from '../documents/official-document.js';
import type { VoteTally } from './council.js';
import type { WorkTally } from './points.js';
import { QUALITY_RATING_LABELS, type QualityRating } from './ratings.js';
import { TITLE_RULES, type Condition, type EmulationTitle } from './titles.js';

/*
 * The council's four documents in the Nghị định 30/2020 layout (regulations.md §5.7): the minutes
 * (biên bản họp Hội đồng), the proposal (tờ trình) with its list, each nominee's achievement report
 * (báo cáo thành tích) prefilled from the data, and the decision (quyết định khen thưởng) with its
 * annex and the rewards. Every figure comes from the caller's computed results; nothing is counted here.
 */

export interface DocumentAgency {
  parentAgency: string | null;
  /** "SỞ THÔNG TIN VÀ TRUYỀN THÔNG". */
  agency: string;
  /** "Sở Thông tin và Truyền thông". */
  agencyName: string;
  /** "STTTT", the issuer part of every symbol. */
  symbolSuffix: string;
  place: string;
  draftingUnit: string | null;
}

export interface Nominee {
  name: string;
  unitName: string;
  kind: 'person' | 'unit';
  title: EmulationTitle;
  rating: QualityRating | null;
  points: number | null;
  tally: VoteTally;
  reward: number | null;
  conditions: Condition[];
  work: WorkTally | null;
}

export interface CouncilDocumentsInput {
  agency: DocumentAgency;
  year: number;
  campaignName: string;
  date: IsoDate | null;
  chair: { name: string; title: string };
  members: string[];
  /** Every nominee voted on; the approved ones go into the proposal and the decision. */
  nominees: Nominee[];
  baseSalary: number;
}

const money = (n: number) => n.toLocaleString('vi-VN').replace(/\u00a0/g, '.');
const titleName = (t: EmulationTitle) => TITLE_RULES[t].name;
const ratingName = (r: QualityRating | null) => (r ? QUALITY_RATING_LABELS[r] : 'Chưa xếp loại');

function base(
  input: CouncilDocumentsInput,
  typeName: string,
  symbol: string,
  summary: string,
  signature: Signature,
) {
  return {
    parentAgency: input.agency.parentAgency,
    agency: input.agency.agency,
    number: null,
    symbol: `${symbol}-${input.agency.symbolSuffix}`,
    place: input.agency.place,
    date: input.date,
    draftYear: input.year,
    typeName,
    summary,
    signature,
  };
}

function nomineeTable(
  name: string,
  nominees: readonly Nominee[],
  withReward: boolean,
  baseSalary: number,
): Table {
  const columns = [
    { title: 'STT', width: 8, align: 'center' as const },
    { title: 'Họ và tên / Tập thể', width: withReward ? 24 : 26 },
    { title: 'Đơn vị', width: withReward ? 20 : 22 },
    { title: 'Danh hiệu, hình thức', width: withReward ? 16 : 20 },
    { title: 'Xếp loại', width: 12, align: 'center' as const },
    withReward
      ? { title: `Tiền thưởng (đồng; lương cơ sở ${money(baseSalary)})`, width: 20, align: 'right' as const }
      : { title: 'Tỷ lệ phiếu', width: 12, align: 'center' as const },
  ];
  return {
    name,
    columns,
    rows: nominees.map((n, i) => ({
      kind: 'data' as const,
      cells: [
        String(i + 1),
        n.name,
        n.unitName,
        titleName(n.title),
        n.rating ?? '',
        withReward ? (n.reward === null ? '' : money(n.reward)) : `${n.tally.approvePercent}%`,
      ],
    })),
  };
}

export function councilMinutes(input: CouncilDocumentsInput): OfficialDocument {
  const chair: Signature = { title: 'CHỦ TỊCH HỘI ĐỒNG', name: input.chair.name };
  const body: Block[] = [
    {
      kind: 'paragraph',
      content: `Hội đồng Thi đua – Khen thưởng ${input.agency.agencyName} họp xét thi đua, khen thưởng năm ${input.year} (${input.campaignName}).`,
    },
    { kind: 'heading', level: 1, text: 'I. THÀNH PHẦN' },
    { kind: 'paragraph', content: `Chủ trì: ${input.chair.name}, ${input.chair.title}.` },
    { kind: 'list', ordered: false, items: input.members.map((m) => `- ${m}`) },
    { kind: 'paragraph', content: `Số thành viên Hội đồng: ${input.members.length}.` },
    { kind: 'heading', level: 1, text: 'II. NỘI DUNG VÀ KẾT QUẢ BỎ PHIẾU' },
    {
      kind: 'table',
      table: {
        name: 'Kết quả bỏ phiếu',
        columns: [
          { title: 'STT', width: 8, align: 'center' },
          { title: 'Họ và tên / Tập thể', width: 27 },
          { title: 'Đề nghị', width: 25 },
          { title: 'Đồng ý', width: 12, align: 'center' },
          { title: 'Tỷ lệ', width: 12, align: 'center' },
          { title: 'Kết quả', width: 16, align: 'center' },
        ],
        rows: input.nominees.map((n, i) => ({
          kind: 'data',
          cells: [
            String(i + 1),
            n.name,
            titleName(n.title),
            `${n.tally.approve}/${n.tally.members}`,
            `${n.tally.approvePercent}%`,
            n.tally.passed ? 'Đề nghị' : 'Không đề nghị',
          ],
        })),
      },
    },
    { kind: 'heading', level: 1, text: 'III. KẾT LUẬN' },
    {
      kind: 'paragraph',
      content: `Hội đồng thống nhất đề nghị ${input.nominees.filter((n) => n.tally.passed).length} trường hợp; kết quả được công khai trong đơn vị. Cuộc họp kết thúc cùng ngày`,
    },
  ];
  return {
    ...base(
      input,
      'BIÊN BẢN',
      'BB',
      `Họp Hội đồng Thi đua – Khen thưởng xét thi đua, khen thưởng năm ${input.year}`,
      chair,
    ),
    body: withEndMark(body),
    recipients: ['Thành viên Hội đồng', fileCopyLine(input.agency.draftingUnit)],
    appendices: [],
  };
}

const approved = (input: CouncilDocumentsInput) => input.nominees.filter((n) => n.tally.passed);

export function proposal(input: CouncilDocumentsInput): OfficialDocument {
  const list = approved(input);
  const caption = appendixCaption(
    'Tờ trình',
    null,
    `TTr-${input.agency.symbolSuffix}`,
    input.date,
    input.agency.agencyName,
  );
  return {
    ...base(input, 'TỜ TRÌNH', 'TTr', `Đề nghị khen thưởng thành tích năm ${input.year}`, {
      authority: 'KT. GIÁM ĐỐC',
      title: 'PHÓ GIÁM ĐỐC',
      name: input.chair.name,
    }),
    body: withEndMark([
      { kind: 'paragraph', content: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' },
      {
        kind: 'paragraph',
        content: `Căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng ${input.agency.agencyName} xét thi đua, khen thưởng năm ${input.year},`,
      },
      {
        kind: 'paragraph',
        content: `${input.agency.agencyName} đề nghị xét tặng danh hiệu thi đua, hình thức khen thưởng cho ${list.length} trường hợp (danh sách kèm theo). Các trường hợp đều đủ điều kiện đề nghị xét theo quy định và đạt tỷ lệ phiếu đồng ý của Hội đồng.`,
      },
      { kind: 'paragraph', content: 'Kính trình xem xét, quyết định' },
    ]),
    recipients: ['Như trên', fileCopyLine(input.agency.draftingUnit)],
    appendices: [
      {
        label: 'Phụ lục',
        title: `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${input.year}`,
        caption,
        landscape: false,
        body: [{ kind: 'table', table: nomineeTable('Danh sách đề nghị', list, false, input.baseSalary) }],
      },
    ],
  };
}

export function achievementReport(input: CouncilDocumentsInput, nominee: Nominee): OfficialDocument {
  const w = nominee.work;
  const work: Block[] = w
    ? [
        {
          kind: 'paragraph',
          content: `Nhiệm vụ được giao trong năm: ${w.assigned}; đến hạn: ${w.due}; đã hoàn thành: ${w.done} (đúng hạn ${w.onTime}, trễ hạn ${w.late}); quá hạn chưa hoàn thành: ${w.overdue}; phải gia hạn: ${w.extended}.`,
        },
        {
          kind: 'paragraph',
          content: `Tỷ lệ hoàn thành nhiệm vụ đến hạn: ${w.completionRate === null ? 'không có nhiệm vụ đến hạn' : `${String(w.completionRate).replace('.', ',')}%`}.`,
        },
      ]
    : [];
  return {
    ...base(
      input,
      'BÁO CÁO',
      'BC',
      `Thành tích đề nghị xét tặng ${titleName(nominee.title)} năm ${input.year}`,
      { title: nominee.kind === 'unit' ? 'THỦ TRƯỞNG ĐƠN VỊ' : 'NGƯỜI BÁO CÁO', name: nominee.name },
    ),
    body: withEndMark([
      { kind: 'heading', level: 1, text: 'I. SƠ LƯỢC' },
      {
        kind: 'paragraph',
        content: `${nominee.kind === 'unit' ? 'Tập thể' : 'Họ và tên'}: ${nominee.name}; đơn vị: ${nominee.unitName}.`,
      },
      { kind: 'heading', level: 1, text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' },
      ...work,
      {
        kind: 'paragraph',
        content: `Điểm đánh giá theo kết quả thực hiện nhiệm vụ: ${nominee.points === null ? 'chưa có' : String(nominee.points).replace('.', ',')} điểm; xếp loại: ${ratingName(nominee.rating)}.`,
      },
      { kind: 'heading', level: 1, text: 'III. ĐIỀU KIỆN ĐỀ NGHỊ XÉT' },
      {
        kind: 'list',
        ordered: false,
        items: nominee.conditions.map((c) => `- ${c.text}: ${c.met ? 'đạt' : 'chưa đạt'}`),
      },
      {
        kind: 'paragraph',
        content: `Đề nghị xét tặng: ${titleName(nominee.title)} (${TITLE_RULES[nominee.title].article})`,
      },
    ]),
    recipients: [],
    appendices: [],
  };
}

export function decision(input: CouncilDocumentsInput): OfficialDocument {
  const list = approved(input);
  const total = list.reduce((s, n) => s + (n.reward ?? 0), 0);
  const caption = appendixCaption(
    'Quyết định',
    null,
    `QĐ-${input.agency.symbolSuffix}`,
    input.date,
    input.agency.agencyName,
  );
  return {
    ...base(
      input,
      'QUYẾT ĐỊNH',
      'QĐ',
      `Về việc tặng danh hiệu thi đua, hình thức khen thưởng năm ${input.year}`,
      { title: 'GIÁM ĐỐC', name: input.chair.name },
    ),
    body: withEndMark([
      { kind: 'paragraph', content: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' },
      {
        kind: 'paragraph',
        content: 'Căn cứ Nghị định số 152/2025/NĐ-CP quy định chi tiết Luật Thi đua, khen thưởng;',
      },
      {
        kind: 'paragraph',
        content: `Theo đề nghị của Hội đồng Thi đua – Khen thưởng ${input.agency.agencyName}.`,
      },
      { kind: 'heading', level: 1, text: 'QUYẾT ĐỊNH:' },
      {
        kind: 'paragraph',
        content: `Điều 1. Tặng danh hiệu thi đua, hình thức khen thưởng năm ${input.year} cho ${list.length} trường hợp có tên trong danh sách kèm theo.`,
      },
      {
        kind: 'paragraph',
        content: `Điều 2. Tiền thưởng theo mức lương cơ sở ${money(input.baseSalary)} đồng, tổng cộng ${money(total)} đồng, chi từ quỹ thi đua, khen thưởng của đơn vị.`,
      },
      {
        kind: 'paragraph',
        content:
          'Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị và các cá nhân có tên trong danh sách chịu trách nhiệm thi hành Quyết định này',
      },
    ]),
    recipients: ['Như Điều 3', fileCopyLine(input.agency.draftingUnit)],
    appendices: [
      {
        label: 'Phụ lục',
        title: `DANH SÁCH KHEN THƯỞNG NĂM ${input.year}`,
        caption,
        landscape: false,
        body: [{ kind: 'table', table: nomineeTable('Danh sách khen thưởng', list, true, input.baseSalary) }],
      },
    ],
  };
}
