import { QUARTER_ENDS_2025, columns, group, item } from './build.js';
import type { CorpusDocument } from './model.js';

/** Spreadsheet plans of the corpus. */

/** An assignment sheet with no number or date: the year comes from the heading "… NĂM 2025". */
const assignment: CorpusDocument = {
  name: 'xlsx-01-assignment-no-date',
  format: 'xlsx',
  covers:
    'no issue date (year from the heading "PHÂN CÔNG NHIỆM VỤ NĂM 2025"), Kinh phí and Ghi chú columns, "TT" column',
  header: {
    parentAgency: 'UBND TỈNH CÀ MAU',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: null,
    place: null,
    date: null,
    type: null,
    title: null,
  },
  body: ['PHÂN CÔNG NHIỆM VỤ NĂM 2025'],
  aboveTable: [],
  columns: columns(
    ['stt', 'TT'],
    ['content', 'Nhiệm vụ'],
    ['lead', 'Đơn vị chủ trì'],
    ['coord', 'Đơn vị phối hợp'],
    ['time', 'Thời hạn'],
    ['budget', 'Kinh phí (triệu đồng)'],
    ['note', 'Ghi chú'],
  ),
  headerRows: 1,
  numberRow: false,
  unitJoin: 'comma',
  initialKind: 'task',
  rows: [
    item(
      '1',
      'Rà soát quy hoạch hạ tầng viễn thông thụ động',
      ['Phòng BCVT-CNTT'],
      ['Phòng KH-TC'],
      'Trước 30/6',
      {
        due: ['2025-06-30'],
        budget: '150',
      },
    ),
    item('2', 'Tổ chức hội nghị tổng kết năm', ['Văn phòng Sở'], ['Các phòng, đơn vị'], 'Tháng 12', {
      due: ['2025-12-31'],
      budget: '80',
    }),
    item('3', 'Kiểm tra đại lý Internet công cộng', ['Thanh tra Sở'], [], 'Quý III', {
      due: ['2025-09-30'],
      note: 'Phối hợp Công an tỉnh',
    }),
    item('4', 'Cập nhật cơ sở dữ liệu ngành', ['Trung tâm CNTT&TT'], ['Phòng BCVT-CNTT'], 'Hằng quý', {
      due: QUARTER_ENDS_2025,
    }),
    item(
      '5',
      'Thẩm định hồ sơ cấp phép điểm cung cấp dịch vụ trò chơi điện tử',
      ['Phòng TT-BC-XB'],
      [],
      'Khi có hồ sơ',
    ),
  ],
  expected: {
    year: 2025,
    regimes: [],
  },
};

/** An appendix exported on its own: only the "(Kèm theo Kế hoạch số … ngày …)" line names the plan. */
const attachment: CorpusDocument = {
  name: 'xlsx-02-kem-theo-roman-sections',
  format: 'xlsx',
  covers:
    '"(Kèm theo Kế hoạch số … ngày …)" as the only number and date, two-row merged header with time before ' +
    'units, Roman sections with CHỈ TIÊU, "a)" sub-items, spreadsheet date cells',
  header: {
    parentAgency: null,
    agency: null,
    number: null,
    place: null,
    date: null,
    type: null,
    title: null,
  },
  body: [],
  aboveTable: [
    'PHỤ LỤC',
    'CHỈ TIÊU, NHIỆM VỤ CỦA NGÀNH',
    '(Kèm theo Kế hoạch số 15/KH-STTTT ngày 22/01/2025 của Sở Thông tin và Truyền thông)',
  ],
  columns: columns(
    ['stt', 'STT'],
    ['content', 'Nội dung'],
    ['time', 'Thời gian thực hiện'],
    ['lead', 'Chủ trì'],
    ['coord', 'Phối hợp'],
    ['output', 'Sản phẩm'],
  ),
  headerRows: 2,
  numberRow: false,
  unitJoin: 'comma',
  initialKind: 'task',
  rows: [
    group('I. CHỈ TIÊU PHÁT TRIỂN NGÀNH', 'CHỈ TIÊU PHÁT TRIỂN NGÀNH', 'indicator'),
    item(
      '1',
      '100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng',
      ['Trung tâm CNTT&TT'],
      [],
      'Cả năm',
      {
        due: ['2025-12-31'],
      },
    ),
    item('2', 'Tỷ lệ thuê bao băng rộng cố định đạt 80% hộ gia đình', ['Phòng BCVT-CNTT'], [], '31/12/2025', {
      due: ['2025-12-31'],
    }),
    group('II. NHIỆM VỤ TRỌNG TÂM', 'NHIỆM VỤ TRỌNG TÂM', 'task'),
    item(
      '1',
      'Xây dựng Kho dữ liệu dùng chung của tỉnh',
      ['Trung tâm CNTT&TT'],
      ['Phòng BCVT-CNTT'],
      '30/09/2025',
      {
        due: ['2025-09-30'],
        output: 'Kho dữ liệu',
      },
    ),
    item('2', 'Tuyên truyền chuyển đổi số', [], [], '', { ordinal: '2' }),
    item('a)', 'Xây dựng chuyên mục trên Báo và Đài tỉnh', ['Phòng TT-BC-XB'], ['Văn phòng Sở'], 'Quý II', {
      ordinal: '2',
      sub: 'a',
      due: ['2025-06-30'],
    }),
    item('b)', 'Tập huấn kỹ năng số cho cán bộ, công chức', ['Phòng BCVT-CNTT'], [], 'Quý III/2025', {
      ordinal: '2',
      sub: 'b',
      due: ['2025-09-30'],
    }),
    item('3', 'Theo dõi thông tin trên mạng', ['Phòng TT-BC-XB'], [], 'Thường xuyên'),
  ],
  expected: {
    number: '15/KH-STTTT',
    date: '2025-01-22',
    year: 2025,
    regimes: [],
  },
};

/** Seed 003's columns in a spreadsheet: column numbers, parts with Roman domains, "-" sub-rows. */
const numbered: CorpusDocument = {
  name: 'xlsx-03-column-numbers-parts',
  format: 'xlsx',
  covers:
    'header block in the sheet, column numbers (1)…(7), parts with Roman domains, "-" sub-rows in the ' +
    'content cell under a parent without units, Sản phẩm and Ghi chú columns',
  header: {
    parentAgency: 'UBND TỈNH HẬU GIANG',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '31/KH-STTTT',
    place: 'Hậu Giang',
    date: '2025-03-05',
    type: 'KẾ HOẠCH',
    title: 'Thực hiện công tác cải cách hành chính năm 2025',
  },
  body: [],
  aboveTable: [],
  columns: columns(
    ['stt', 'STT'],
    ['content', 'Nội dung thực hiện'],
    ['lead', 'Đơn vị chủ trì'],
    ['coord', 'Đơn vị phối hợp'],
    ['time', 'Thời gian hoàn thành'],
    ['output', 'Sản phẩm'],
    ['note', 'Ghi chú'],
  ),
  headerRows: 1,
  numberRow: true,
  unitJoin: 'semicolon',
  initialKind: 'task',
  rows: [
    group('A. CÁC CHỈ TIÊU', null, 'indicator'),
    item('', '100% thủ tục hành chính được công khai đúng quy định', ['Văn phòng Sở'], [], 'Cả năm', {
      due: ['2025-12-31'],
    }),
    group('B. NHIỆM VỤ', null, 'task'),
    group('I. CẢI CÁCH THỂ CHẾ', 'CẢI CÁCH THỂ CHẾ'),
    item('1', 'Rà soát văn bản quy phạm pháp luật', ['Thanh tra Sở'], ['Văn phòng Sở'], 'Quý I', {
      due: ['2025-03-31'],
      output: 'Báo cáo rà soát',
    }),
    group('II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'),
    item('1', 'Đơn giản hóa thủ tục hành chính', [], [], '', { ordinal: '1' }),
    item('', 'Rà soát thủ tục lĩnh vực báo chí', ['Phòng TT-BC-XB'], ['Văn phòng Sở'], 'Quý II', {
      ordinal: '1',
      sub: '1',
      prefix: '- ',
      due: ['2025-06-30'],
    }),
    item('', 'Rà soát thủ tục lĩnh vực bưu chính', ['Phòng BCVT-CNTT'], ['Văn phòng Sở'], 'Quý II', {
      ordinal: '1',
      sub: '2',
      prefix: '- ',
      due: ['2025-06-30'],
    }),
    item('2', 'Vận hành Bộ phận Một cửa', ['Văn phòng Sở'], [], 'Thường xuyên', { note: 'Trọng tâm' }),
  ],
  expected: {
    year: 2025,
    regimes: [],
  },
};

/** A cover sheet first, a two-row header and column numbers, headings split as "I" | "NAME". */
const coverSheet: CorpusDocument = {
  name: 'xlsx-04-cover-sheet-split-headings',
  format: 'xlsx',
  covers:
    'a cover sheet before the plan sheet, two-row merged header above a row of column numbers, Kinh phí ' +
    'column, Roman headings split over two cells, a lead cell merged over two rows, a cell of two lines',
  header: {
    parentAgency: 'UBND TỈNH KIÊN GIANG',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '12/KH-STTTT',
    place: 'Kiên Giang',
    date: '2025-01-08',
    type: 'KẾ HOẠCH',
    title: 'Phát triển hạ tầng số năm 2025',
  },
  body: [],
  aboveTable: [],
  coverSheet: true,
  columns: columns(
    ['stt', 'STT'],
    ['content', 'Nội dung công việc'],
    ['lead', 'Chủ trì'],
    ['coord', 'Phối hợp'],
    ['time', 'Thời gian'],
    ['budget', 'Kinh phí'],
    ['note', 'Ghi chú'],
  ),
  headerRows: 2,
  numberRow: true,
  unitJoin: 'comma',
  initialKind: 'task',
  rows: [
    group('I. HẠ TẦNG VIỄN THÔNG', 'HẠ TẦNG VIỄN THÔNG', undefined, { split: true }),
    item(
      '1',
      'Phát triển trạm BTS khu vực biên giới, hải đảo',
      ['Phòng BCVT-CNTT'],
      ['UBND các huyện, thành phố'],
      'Cả năm',
      {
        due: ['2025-12-31'],
        budget: '500',
        contentLines: ['Phát triển trạm BTS khu vực biên giới,', 'hải đảo'],
      },
    ),
    item('2', 'Chỉnh trang cáp viễn thông đô thị', ['Phòng BCVT-CNTT'], ['Sở Xây dựng'], 'Quý III', {
      due: ['2025-09-30'],
      leadMerged: true,
    }),
    group('II. HẠ TẦNG DỮ LIỆU', 'HẠ TẦNG DỮ LIỆU', undefined, { split: true }),
    item('3', 'Xây dựng cơ sở dữ liệu chuyên ngành', ['Trung tâm CNTT&TT'], [], 'Trước ngày 31/12/2025', {
      due: ['2025-12-31'],
      note: 'Dự án chuyển tiếp',
      leadLines: ['Trung tâm CNTT&TT', '(chủ trì)'],
    }),
    item(
      '4',
      'Sao lưu dữ liệu định kỳ',
      ['Trung tâm CNTT&TT'],
      ['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính'],
      'Hằng quý',
      {
        due: QUARTER_ENDS_2025,
        // Line breaks typed inside the cell (Alt+Enter), one inside a name.
        coordLines: ['Văn phòng', 'Sở,', 'Phòng Kế hoạch -', 'Tài chính'],
      },
    ),
  ],
  expected: {
    year: 2025,
    regimes: [],
  },
};

export const XLSX_DOCUMENTS: CorpusDocument[] = [assignment, attachment, numbered, coverSheet];
