import { startsUnit, toWords } from '../plan-import/units.js';
import { foldVietnamese } from '../plan-import/text.js';

/**
 * Reading who is assigned in a directive's sentence: "Giao Sở Tài chính chủ trì, phối hợp với Sở Kế
 * hoạch và Đầu tư, Văn phòng UBND tỉnh tham mưu …". Unit names are read with the plan reader's unit
 * words (plan-import/units.ts); in running text a name ends where the action starts, which is
 * written in lower case ("Văn phòng theo dõi", "Sở Xây dựng chủ trì"): the first lower-case verb
 * phrase of VERBS closes the list of units. Which org unit a name means is decided by the resolver.
 */

// Lower-case phrases that start the action after the unit names. Words that unit names carry in
// lower case ("thông tin", "phát triển", "quản lý", "đầu tư") are left out on purpose.
const VERBS = [
  'chủ trì',
  'phối hợp',
  'tham mưu',
  'triển khai',
  'thực hiện',
  'hoàn thành',
  'rà soát',
  'tổ chức',
  'báo cáo',
  'kiểm tra',
  'theo dõi',
  'đôn đốc',
  'chuẩn bị',
  'hướng dẫn',
  'nghiên cứu',
  'đề xuất',
  'lập',
  'soạn thảo',
  'hoàn thiện',
  'trình',
  'xử lý',
  'tổng hợp',
  'cập nhật',
  'đánh giá',
  'chỉ đạo',
  'khẩn trương',
  'tiếp tục',
  'chủ động',
  'giải quyết',
  'tuyên truyền',
  'ban hành',
  'bố trí',
  'tập trung',
  'đẩy mạnh',
  'cung cấp',
  'gửi',
  'thẩm định',
  'giám sát',
  'sửa đổi',
  'khắc phục',
  'thống kê',
  'nâng cấp',
  'tiếp nhận',
  'tổng kết',
  'sơ kết',
  'mua sắm',
  'xây dựng',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'thường xuyên',
  'làm việc',
  'dự thảo',
  'trao đổi',
  'quán triệt',
  'phổ biến',
  'thông báo',
  'bảo đảm',
  'đảm bảo',
  'hỗ trợ',
  'tiến hành',
  'điều chỉnh',
  'kiện toàn',
  'vận hành',
  'tăng cường',
  'duy trì',
  'nâng cao',
  'tham gia',
  'chuyển',
  'để',
  'nhằm',
].map((v) => v.split(' '));

// Words that open the assignment: "Giao (cho)", "Đề nghị", "Yêu cầu", "Phân công", "Chỉ đạo".
const OPENERS = [/^giao(?: cho)?$/, /^de nghi$/, /^yeu cau$/, /^phan cong$/, /^chi dao$/];
const CONNECTORS = new Set(['và', 'với', 'cùng', 'hoặc']);

type Word = ReturnType<typeof toWords>[number];

function bare(w: string): string {
  return w.replace(/[.:()"“”]+$/g, '').replace(/^[("“”]+/, '');
}

/** The verb phrase starting at word i, if any (its words, lower case, as written). */
function verbAt(words: readonly Word[], i: number): string[] | null {
  for (const verb of VERBS) {
    const matches = verb.every((v, k) => {
      const word = words[i + k];
      // Only the last word of the phrase may carry a separator ("chủ trì,").
      return word !== undefined && bare(word.w) === v && (k === verb.length - 1 || word.sep === null);
    });
    if (matches) return verb;
  }
  return null;
}

/**
 * Reads unit names from word `from` until the action starts. In running text names are separated by
 * "," or ";", or by "và" / "với" / "cùng" when a unit word follows ("Văn phòng và Thanh tra Sở"; but
 * "Sở Kế hoạch và Đầu tư" is one name); words side by side are one name ("Văn phòng UBND tỉnh").
 */
function unitsFrom(words: readonly Word[], from: number): { units: string[]; end: number } {
  let stop = words.length;
  for (let k = from; k < words.length; k++) {
    if (verbAt(words, k) !== null) {
      stop = k;
      break;
    }
  }
  if (!startsUnit(words, from)) return { units: [], end: from };
  const units: string[] = [];
  let current: string[] = [];
  const close = () => {
    const name = current
      .join(' ')
      .replace(/[.:]+$/, '')
      .trim();
    if (name !== '') units.push(name);
    current = [];
  };
  for (let i = from; i < stop; i++) {
    const word = words[i];
    if (word === undefined) break;
    if (CONNECTORS.has(word.w) && current.length > 0 && startsUnit(words, i + 1)) {
      close();
      continue;
    }
    if (current.length === 0 && !startsUnit(words, i)) {
      stop = i;
      break;
    }
    current.push(bare(word.w));
    if (word.sep !== null) close();
  }
  close();
  return { units, end: stop };
}

export interface Assignment {
  lead: string[];
  coordinators: string[];
  /** Several units given the task without one of them named "chủ trì": the first is read as lead. */
  severalLeads: boolean;
}

function indexOfPhrase(words: readonly Word[], phrase: string[], from = 0): number {
  for (let i = from; i < words.length; i++) {
    if (
      phrase.every(
        (p, k) =>
          bare(words[i + k]?.w ?? '') === p && (k === phrase.length - 1 || words[i + k]?.sep === null),
      )
    )
      return i;
  }
  return -1;
}

/** Who leads and who coordinates in one item's text. */
export function readAssignment(text: string): Assignment {
  const words = toWords(text);
  let start = -1;
  for (let i = 0; i < words.length && start < 0; i++) {
    const one = foldVietnamese(bare(words[i]?.w ?? ''));
    const two = `${one} ${foldVietnamese(bare(words[i + 1]?.w ?? ''))}`;
    if (OPENERS.some((o) => o.test(two)) && startsUnit(words, i + 2)) start = i + 2;
    else if (OPENERS.some((o) => o.test(one)) && startsUnit(words, i + 1)) start = i + 1;
  }
  if (start < 0) {
    // "Sở Tài chính chủ trì …", "Văn phòng Sở: theo dõi …": the sentence opens with the unit.
    start = startsUnit(words, 0) ? 0 : -1;
  }
  let lead: string[] = [];
  let coordinators: string[] = [];
  let severalLeads = false;
  if (start >= 0) {
    const first = unitsFrom(words, start);
    const verb = verbAt(words, first.end);
    if (verb?.join(' ') === 'chủ trì' || first.units.length <= 1) lead = first.units.slice(0, 1);
    if (verb?.join(' ') === 'chủ trì') coordinators = first.units.slice(1);
    else if (first.units.length > 1) {
      lead = first.units.slice(0, 1);
      coordinators = first.units.slice(1);
      severalLeads = true;
    }
  }
  // "… phối hợp (với) Sở A, Sở B …" anywhere in the sentence.
  const at = indexOfPhrase(words, ['phối', 'hợp']);
  if (at >= 0) {
    let from = at + 2;
    if (CONNECTORS.has(bare(words[from]?.w ?? '')) && startsUnit(words, from + 1)) from += 1;
    for (const unit of unitsFrom(words, from).units) {
      if (!coordinators.includes(unit) && !lead.includes(unit)) coordinators.push(unit);
    }
  }
  return { lead, coordinators, severalLeads };
}

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
const DATE_WORDS = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`;
const BEFORE = String.raw`(?:trước|chậm nhất(?:\s+là)?|hạn chót|thời hạn(?:\s+hoàn thành)?:?|hạn:?|xong trước|trong ngày)`;

/**
 * The deadline phrase of an item, written the way the timeframe reader takes it: "trước ngày
 * 30/6/2026", "Tháng 5/2026", "Quý III/2026", "Thường xuyên"; "" when the item sets none.
 */
export function readDeadlinePhrase(text: string): string {
  const t = text.normalize('NFC');
  const numeric = new RegExp(String.raw`${BEFORE}\s*(?:ngày\s*)?${DATE}`, 'iu').exec(t);
  const worded = new RegExp(String.raw`${BEFORE}\s*(?:ngày\s*)?${DATE_WORDS}`, 'iu').exec(t);
  const hit = [numeric, worded]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (hit !== undefined) {
    const [, d, m, y] = hit;
    return `trước ngày ${d}/${m}${y ? `/${y}` : ''}`;
  }
  const within =
    /trong\s+(tháng\s+\d{1,2}(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?|quý\s+[IV]+(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?|năm\s+\d{4})/iu.exec(
      t,
    );
  if (within?.[1] !== undefined) {
    const phrase = within[1].replace(/\s+năm\s+/u, '/').replace(/\s*\/\s*/u, '/');
    return phrase.charAt(0).toUpperCase() + phrase.slice(1);
  }
  if (/thường xuyên/iu.test(t)) return 'Thường xuyên';
  return '';
}
