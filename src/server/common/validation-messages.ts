import { z } from 'zod';

/**
 * Plain Vietnamese for every Zod issue, replacing Zod's own locale ("mong đợi string, nhận được
 * undefined"), which reads like a stack trace to a civil servant. The field is named by the error
 * handler (see `describeField`), since an issue does not know its full path when it is created.
 */

/** Vietnamese names of the fields the API takes; an unknown field is shown by its own name. */
const FIELD_LABELS: Record<string, string> = {
  agency: 'Cơ quan',
  aliases: 'Tên gọi khác',
  asOf: 'Tính đến ngày',
  assignees: 'Người thực hiện',
  body: 'Nội dung',
  code: 'Mã',
  comment: 'Ý kiến',
  completedOn: 'Ngày hoàn thành',
  content: 'Nội dung',
  coordinators: 'Đơn vị phối hợp',
  currentPassword: 'Mật khẩu hiện tại',
  data: 'Dữ liệu',
  date: 'Ngày',
  day: 'Ngày',
  days: 'Số ngày',
  daysBefore: 'Số ngày báo trước',
  denominator: 'Mẫu số',
  description: 'Mô tả',
  domain: 'Lĩnh vực',
  dueBefore: 'Hạn trước ngày',
  dueDate: 'Hạn hoàn thành',
  dueFrom: 'Hạn từ ngày',
  email: 'Thư điện tử',
  enabled: 'Bật',
  evidence: 'Minh chứng',
  format: 'Định dạng',
  frequency: 'Tần suất',
  from: 'Từ ngày',
  fullName: 'Họ và tên',
  id: 'Mã định danh',
  kind: 'Loại',
  lead: 'Đơn vị chủ trì',
  limit: 'Số lượng tối đa',
  month: 'Tháng',
  name: 'Tên',
  newPassword: 'Mật khẩu mới',
  note: 'Ghi chú',
  numerator: 'Tử số',
  orgUnitId: 'Đơn vị',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
  parentId: 'Đơn vị cấp trên',
  password: 'Mật khẩu',
  period: 'Kỳ báo cáo',
  periodId: 'Kỳ báo cáo',
  planId: 'Kế hoạch',
  progress: 'Tiến độ',
  q: 'Từ khóa tìm kiếm',
  reason: 'Lý do',
  regimeId: 'Chế độ báo cáo',
  role: 'Vai trò',
  roles: 'Vai trò',
  sectionKey: 'Mục',
  shortName: 'Tên viết tắt',
  sortOrder: 'Thứ tự',
  status: 'Trạng thái',
  summary: 'Tóm tắt',
  symbol: 'Ký hiệu',
  targets: 'Chỉ tiêu',
  text: 'Nội dung',
  timeframe: 'Thời gian thực hiện',
  title: 'Tiêu đề',
  to: 'Đến ngày',
  unitId: 'Đơn vị',
  username: 'Tên đăng nhập',
  value: 'Giá trị',
  version: 'Phiên bản',
  year: 'Năm',
};

const PART_LABELS: Record<string, string> = {
  body: 'nội dung gửi lên',
  querystring: 'tham số tìm kiếm',
  params: 'đường dẫn',
  headers: 'tiêu đề yêu cầu',
};

/** «Họ và tên», «Đơn vị phối hợp» (dòng 2) … from a path such as `coordinators.1`. */
export function describeField(part: string | undefined, path: readonly PropertyKey[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  const row = path.findLast((p) => typeof p === 'number');
  if (last === undefined) return PART_LABELS[part ?? ''] ?? 'Dữ liệu gửi lên';
  const label = `«${FIELD_LABELS[last] ?? last}»`;
  return row === undefined ? label : `${label} (dòng ${row + 1})`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  int: 'một số nguyên',
  bigint: 'một số nguyên',
  boolean: 'đúng hoặc sai (true/false)',
  array: 'một danh sách',
  object: 'một đối tượng',
  date: 'một ngày',
  null: 'để trống (null)',
};

const FORMAT_NAMES: Record<string, string> = {
  uuid: 'mã định danh (UUID)',
  guid: 'mã định danh (UUID)',
  email: 'địa chỉ thư điện tử',
  url: 'địa chỉ web',
  date: 'ngày dạng YYYY-MM-DD',
  datetime: 'ngày giờ dạng ISO 8601',
  time: 'giờ dạng HH:MM',
};

const SIZE_UNITS: Record<string, string> = { string: 'ký tự', array: 'mục', set: 'mục', file: 'byte' };

const stringify = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

function tooSmall(issue: z.core.$ZodRawIssue & { code: 'too_small' }): string {
  const unit = SIZE_UNITS[issue.origin];
  const min = Number(issue.minimum);
  if (unit && min === 1) return issue.origin === 'string' ? 'không được để trống' : 'cần ít nhất một mục';
  if (unit) return `cần ít nhất ${min} ${unit}`;
  return issue.inclusive ? `phải lớn hơn hoặc bằng ${min}` : `phải lớn hơn ${min}`;
}

function tooBig(issue: z.core.$ZodRawIssue & { code: 'too_big' }): string {
  const unit = SIZE_UNITS[issue.origin];
  const max = Number(issue.maximum);
  if (unit) return `dài quá mức cho phép (tối đa ${max} ${unit})`;
  return issue.inclusive ? `phải nhỏ hơn hoặc bằng ${max}` : `phải nhỏ hơn ${max}`;
}

/** The message of one issue, without the field's name. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'là bắt buộc nhưng đang bị thiếu';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      if (issue.format === 'regex' || issue.format === 'starts_with' || issue.format === 'ends_with')
        return 'không đúng định dạng';
      return `phải là ${FORMAT_NAMES[issue.format] ?? `định dạng ${issue.format}`}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `phải là ${stringify(issue.values[0])}`;
      return `phải là một trong các giá trị: ${issue.values.map(stringify).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'có khóa không hợp lệ';
    case 'invalid_element':
      return 'có phần tử không hợp lệ';
    case 'invalid_union':
      return 'không đúng dạng nào được chấp nhận';
    default:
      return 'không hợp lệ';
  }
}

/** Installs the messages for every Zod schema of the process (the API and the CLI alike). */
export function useVietnameseValidationMessages(): void {
  z.config({ localeError: (issue) => issueMessage(issue) });
}
