import { MONTH_ENDS_2025, QUARTER_ENDS_2025, columns, group, item } from './build.js';
import type { CorpusDocument } from './model.js';

/** Word plans of the corpus. Each one is laid out the way some province writes its plans. */

const STANDARD_COLUMNS = columns(
  ['stt', 'STT'],
  ['content', 'Nội dung'],
  ['lead', 'Đơn vị chủ trì'],
  ['coord', 'Đơn vị phối hợp'],
  ['time', 'Thời gian thực hiện'],
);

/** Seed 003's family: parts A/B, Roman domains, indicators without STT, regimes as bullets. */
const classic: CorpusDocument = {
  name: 'docx-01-classic-parts',
  format: 'docx',
  covers: 'parts A/B with Roman domains, unnumbered indicators, one-row header, regimes as bullets',
  header: {
    parentAgency: 'UBND TỈNH AN GIANG',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '15/KH-STTTT',
    place: 'An Giang',
    date: '2025-01-22',
    type: 'KẾ HOẠCH',
    title: 'Thực hiện nhiệm vụ trọng tâm năm 2025',
  },
  body: [
    'Căn cứ Quyết định số 163/QĐ-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh;',
    'Sở Thông tin và Truyền thông ban hành Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2025 như sau:',
    'I. MỤC TIÊU',
    'Hoàn thành các chỉ tiêu, nhiệm vụ được giao tại Phụ lục kèm theo.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị báo cáo kết quả thực hiện về Văn phòng Sở theo thời gian quy định như sau:',
    '- Báo cáo tháng: Trước ngày 20 hằng tháng.',
    '- Báo cáo quý: Trước ngày 15 của tháng cuối quý.',
    '- Báo cáo 6 tháng: Trước ngày 15/6.',
    '- Báo cáo năm: Trước ngày 15/11.',
  ],
  aboveTable: ['PHỤ LỤC', 'CHỈ TIÊU, NHIỆM VỤ TRỌNG TÂM NĂM 2025'],
  columns: STANDARD_COLUMNS,
  headerRows: 1,
  numberRow: false,
  unitJoin: 'paragraphs',
  initialKind: 'task',
  rows: [
    group('A. CÁC CHỈ TIÊU CHỦ YẾU', null, 'indicator'),
    group('I. LĨNH VỰC BƯU CHÍNH', 'LĨNH VỰC BƯU CHÍNH'),
    item('', '100% xã có điểm phục vụ bưu chính có người phục vụ', ['CNTT-BCVT'], [], 'Cả năm', {
      due: ['2025-12-31'],
    }),
    item('', 'Doanh thu bưu chính tăng trưởng trên 10%', ['CNTT-BCVT'], ['KHTC'], 'Cả năm', {
      due: ['2025-12-31'],
    }),
    group('II. LĨNH VỰC CHUYỂN ĐỔI SỐ', 'LĨNH VỰC CHUYỂN ĐỔI SỐ'),
    item('', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50%', ['TTCNTT-TT'], ['VP'], 'Quý IV', {
      due: ['2025-12-31'],
    }),
    group('B. CÁC NHIỆM VỤ TRỌNG TÂM', null, 'task'),
    group('I. LĨNH VỰC BƯU CHÍNH', 'LĨNH VỰC BƯU CHÍNH'),
    item('1', 'Kiểm tra hoạt động bưu chính trên địa bàn tỉnh', ['Thanh tra Sở'], ['CNTT-BCVT'], 'Quý III', {
      due: ['2025-09-30'],
    }),
    item('2', 'Cập nhật mã bưu chính quốc gia', ['CNTT-BCVT'], [], 'Thường xuyên'),
    group('II. LĨNH VỰC CHUYỂN ĐỔI SỐ', 'LĨNH VỰC CHUYỂN ĐỔI SỐ'),
    item(
      '1',
      'Xây dựng Kế hoạch chuyển đổi số năm 2025, trình UBND tỉnh phê duyệt',
      ['CNTT-BCVT'],
      ['VP', 'KHTC'],
      'Trước ngày 31/3/2025',
      { due: ['2025-03-31'] },
    ),
    item('2', 'Báo cáo tình hình chuyển đổi số', ['CNTT-BCVT'], ['TTCNTT-TT'], 'Hằng quý', {
      due: QUARTER_ENDS_2025,
    }),
    item('3', 'Vận hành Trung tâm giám sát điều hành thông minh', ['TTCNTT-TT'], [], 'Hằng tháng', {
      due: MONTH_ENDS_2025,
    }),
  ],
  expected: {
    year: 2025,
    regimes: [
      { frequency: 'monthly', recipient: 'Văn phòng Sở', deadline: { dayOfMonth: 20 } },
      {
        frequency: 'quarterly',
        recipient: 'Văn phòng Sở',
        deadline: { dayOfMonth: 15, monthOfQuarter: 'last' },
      },
      { frequency: 'semiannual', recipient: 'Văn phòng Sở', deadline: { day: 15, month: 6 } },
      { frequency: 'annual', recipient: 'Văn phòng Sở', deadline: { day: 15, month: 11 } },
    ],
  },
};

/** Another province: Roman sections that say CHỈ TIÊU, "2.1" sub-items, a two-row merged header. */
const romanSections: CorpusDocument = {
  name: 'docx-02-roman-sections-dong-thap',
  format: 'docx',
  covers:
    'Roman sections "I. CHỈ TIÊU …" / "II. NHIỆM VỤ …", "2.1" sub-items under parents without units, ' +
    'two-row merged header, column numbers (1)…(6), Sản phẩm column, units by other names, regimes in one sentence',
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG THÁP',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '22/KH-STTTT',
    place: 'Đồng Tháp',
    date: '2025-02-14',
    type: 'KẾ HOẠCH',
    title: 'Triển khai nhiệm vụ ngành Thông tin và Truyền thông năm 2025',
  },
  body: [
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Cụ thể hóa các chỉ tiêu, nhiệm vụ của ngành năm 2025.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị thực hiện chế độ báo cáo như sau: báo cáo tuần trước 16 giờ thứ Sáu; báo cáo tháng ' +
      'trước ngày 20; quý trước ngày 18 tháng cuối quý; 6 tháng trước ngày 18/6; năm trước ngày 18/11, gửi Phòng KH-TC.',
  ],
  aboveTable: ['PHỤ LỤC'],
  columns: columns(
    ['stt', 'STT'],
    ['content', 'Nội dung'],
    ['lead', 'Chủ trì'],
    ['coord', 'Phối hợp'],
    ['time', 'Thời gian hoàn thành'],
    ['output', 'Sản phẩm'],
  ),
  headerRows: 2,
  numberRow: true,
  unitJoin: 'comma',
  initialKind: 'task',
  rows: [
    group('I. CHỈ TIÊU PHÁT TRIỂN NGÀNH', 'CHỈ TIÊU PHÁT TRIỂN NGÀNH', 'indicator'),
    item(
      '1',
      'Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%',
      ['Phòng BCVT-CNTT'],
      [],
      'Năm 2025',
      {
        due: ['2025-12-31'],
        output: 'Báo cáo',
      },
    ),
    item(
      '2',
      'Tỷ lệ văn bản điện tử có ký số đạt 95%',
      ['Trung tâm CNTT&TT'],
      ['Văn phòng Sở'],
      'Trước 30/6/2025',
      { due: ['2025-06-30'] },
    ),
    group('II. NHIỆM VỤ TRỌNG TÂM', 'NHIỆM VỤ TRỌNG TÂM', 'task'),
    item('1', 'Tham mưu UBND tỉnh ban hành Kế hoạch ứng dụng CNTT', ['Phòng BCVT-CNTT'], [], 'Quý I', {
      due: ['2025-03-31'],
      output: 'Kế hoạch',
    }),
    item('2', 'Phát triển hạ tầng số', [], [], '', { ordinal: '2' }),
    item(
      '2.1',
      'Phát triển hạ tầng viễn thông thụ động dùng chung',
      ['Phòng BCVT-CNTT'],
      ['Phòng KH-TC'],
      'Quý II',
      { ordinal: '2', sub: '1', due: ['2025-06-30'] },
    ),
    item('2.2', 'Phủ sóng 4G các khu vực lõm sóng', ['Phòng BCVT-CNTT'], [], 'Trước ngày 31/12/2025', {
      ordinal: '2',
      sub: '2',
      due: ['2025-12-31'],
    }),
    item('3', 'Quản lý báo chí, xuất bản', [], [], '', { ordinal: '3' }),
    item('3.1', 'Cấp giấy phép xuất bản bản tin', ['Phòng TT-BC-XB'], [], 'Khi có hồ sơ', {
      ordinal: '3',
      sub: '1',
      output: 'Giấy phép',
    }),
    item(
      '3.2',
      'Theo dõi, xử lý thông tin sai sự thật',
      ['Phòng TT-BC-XB'],
      ['Trung tâm CNTT&TT'],
      'Thường xuyên',
      {
        ordinal: '3',
        sub: '2',
      },
    ),
  ],
  expected: {
    year: 2025,
    regimes: [
      { frequency: 'weekly', recipient: 'Phòng KH-TC', deadline: { weekday: 5, time: '16:00' } },
      { frequency: 'monthly', recipient: 'Phòng KH-TC', deadline: { dayOfMonth: 20 } },
      {
        frequency: 'quarterly',
        recipient: 'Phòng KH-TC',
        deadline: { dayOfMonth: 18, monthOfQuarter: 'last' },
      },
      { frequency: 'semiannual', recipient: 'Phòng KH-TC', deadline: { day: 18, month: 6 } },
      { frequency: 'annual', recipient: 'Phòng KH-TC', deadline: { day: 18, month: 11 } },
    ],
  },
};

/** Letter parts, "a)" sub-items in the STT cell and inside the content cell, regimes as a table. */
const letters: CorpusDocument = {
  name: 'docx-03-letter-subitems-regime-table',
  format: 'docx',
  covers:
    'column order with time before units, Sản phẩm and Ghi chú columns, letter parts, "a)" sub-items in ' +
    'the STT cell and in the content cell, triggered timeframes, units joined by ";", regimes as a table',
  header: {
    parentAgency: 'UBND TỈNH KIÊN GIANG',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '07/KH-STTTT',
    place: 'Kiên Giang',
    date: '2025-02-10',
    type: 'KẾ HOẠCH',
    title: 'Công tác thông tin và truyền thông năm 2025',
  },
  body: [
    'I. MỤC TIÊU',
    'Bảo đảm hoàn thành nhiệm vụ năm 2025.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Chế độ báo cáo thực hiện theo bảng sau:',
  ],
  regimeTable: [
    ['Loại báo cáo', 'Thời hạn gửi', 'Nơi nhận'],
    ['Báo cáo tháng', 'Trước ngày 22 hằng tháng', 'Văn phòng Sở'],
    ['Báo cáo quý', 'Trước ngày 15 của tháng cuối quý', 'Văn phòng Sở'],
    ['Báo cáo năm', 'Trước ngày 20/11', 'Phòng Kế hoạch - Tài chính'],
  ],
  aboveTable: ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ NĂM 2025'],
  columns: columns(
    ['stt', 'TT'],
    ['content', 'Nội dung công việc'],
    ['time', 'Thời gian hoàn thành'],
    ['lead', 'Đơn vị chủ trì'],
    ['coord', 'Đơn vị phối hợp'],
    ['output', 'Sản phẩm'],
    ['note', 'Ghi chú'],
  ),
  headerRows: 1,
  numberRow: false,
  unitJoin: 'semicolon',
  initialKind: 'task',
  rows: [
    group('A. NHIỆM VỤ THƯỜNG XUYÊN', null),
    item('1', 'Tiếp nhận, giải quyết thủ tục hành chính', ['Văn phòng Sở'], [], 'Khi có hồ sơ', {
      output: 'Kết quả giải quyết',
    }),
    item(
      '2',
      'Tham mưu trả lời kiến nghị của cử tri',
      ['Văn phòng Sở'],
      ['Thanh tra Sở', 'Phòng Kế hoạch - Tài chính'],
      'Khi có yêu cầu',
      { coordLines: ['Thanh tra Sở và Phòng Kế hoạch - Tài chính'] },
    ),
    item('3', 'Triển khai các văn bản của Bộ', [], [], '', { ordinal: '3' }),
    item(
      'a)',
      'Hướng dẫn thực hiện Bộ chỉ số chuyển đổi số',
      ['Phòng Chuyển đổi số'],
      [],
      'Theo văn bản hướng dẫn',
      {
        ordinal: '3',
        sub: 'a',
      },
    ),
    item(
      'b)',
      'Tổng hợp số liệu thống kê ngành',
      ['Phòng Kế hoạch - Tài chính'],
      ['Văn phòng Sở'],
      'Quý IV',
      {
        ordinal: '3',
        sub: 'b',
        due: ['2025-12-31'],
        note: 'Gửi Bộ',
      },
    ),
    group('B. NHIỆM VỤ TRỌNG TÂM', null),
    item(
      '1',
      'Nâng cấp Cổng thông tin điện tử tỉnh',
      ['Trung tâm Công nghệ thông tin và Truyền thông'],
      [],
      'Quý III',
      {
        due: ['2025-09-30'],
        output: 'Cổng thông tin',
      },
    ),
    item('2', 'Bảo đảm an toàn thông tin mạng', [], [], '', { ordinal: '2' }),
    item(
      '',
      'Diễn tập ứng cứu sự cố an toàn thông tin',
      ['Phòng Chuyển đổi số'],
      ['Trung tâm Công nghệ thông tin và Truyền thông'],
      'Tháng 10',
      { ordinal: '2', sub: 'a', prefix: 'a) ', due: ['2025-10-31'] },
    ),
    item('', 'Đánh giá hệ thống thông tin theo cấp độ', ['Phòng Chuyển đổi số'], [], 'Trước 15/11', {
      ordinal: '2',
      sub: 'b',
      prefix: 'b) ',
      due: ['2025-11-15'],
    }),
  ],
  expected: {
    year: 2025,
    regimes: [
      { frequency: 'monthly', recipient: 'Văn phòng Sở', deadline: { dayOfMonth: 22 } },
      {
        frequency: 'quarterly',
        recipient: 'Văn phòng Sở',
        deadline: { dayOfMonth: 15, monthOfQuarter: 'last' },
      },
      { frequency: 'annual', recipient: 'Phòng Kế hoạch - Tài chính', deadline: { day: 20, month: 11 } },
    ],
  },
};

/** A draft with the number and date left blank for signing: the year comes from the title. */
const arabicDomains: CorpusDocument = {
  name: 'docx-04-arabic-domains-no-date',
  format: 'docx',
  covers:
    'no issue number or date (year from the title), Arabic domain headings, "-" sub-rows, units as paragraphs',
  header: {
    parentAgency: 'UBND THÀNH PHỐ CẦN THƠ',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '     /KH-STTTT',
    place: 'Cần Thơ',
    date: null,
    type: 'KẾ HOẠCH',
    title: 'Chuyển đổi số thành phố Cần Thơ năm 2025',
  },
  body: ['I. MỤC TIÊU', 'Đẩy mạnh chuyển đổi số trên địa bàn thành phố.'],
  aboveTable: ['PHỤ LỤC'],
  columns: STANDARD_COLUMNS,
  headerRows: 1,
  numberRow: false,
  unitJoin: 'paragraphs',
  initialKind: 'task',
  rows: [
    group('1. LĨNH VỰC CHÍNH QUYỀN SỐ', 'LĨNH VỰC CHÍNH QUYỀN SỐ'),
    item(
      '1',
      'Triển khai nền tảng tích hợp, chia sẻ dữ liệu',
      ['Trung tâm CNTT&TT'],
      ['Văn phòng Sở'],
      'Quý II',
      {
        due: ['2025-06-30'],
      },
    ),
    item('2', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', [], [], '', { ordinal: '2' }),
    item('', 'Số hóa hồ sơ cấp sở', ['Văn phòng Sở'], [], '6 tháng đầu năm', {
      ordinal: '2',
      sub: '1',
      prefix: '- ',
      due: ['2025-06-30'],
    }),
    item('', 'Số hóa hồ sơ cấp huyện', ['UBND các quận, huyện'], ['Văn phòng Sở'], 'Quý IV', {
      ordinal: '2',
      sub: '2',
      prefix: '- ',
      due: ['2025-12-31'],
    }),
    group('2. LĨNH VỰC KINH TẾ SỐ', 'LĨNH VỰC KINH TẾ SỐ'),
    item(
      '3',
      'Phổ biến nền tảng số cho doanh nghiệp nhỏ và vừa',
      ['Phòng BCVT-CNTT'],
      ['Sở Công Thương'],
      'Năm 2025',
      {
        due: ['2025-12-31'],
      },
    ),
    item(
      '4',
      'Tổ chức Ngày Chuyển đổi số thành phố',
      ['Phòng BCVT-CNTT'],
      ['Văn phòng Sở', 'Trung tâm CNTT&TT'],
      'Tháng 10',
      {
        due: ['2025-10-31'],
      },
    ),
  ],
  expected: {
    number: null,
    year: 2025,
    regimes: [],
  },
};

/** A ministry plan: one agency line, "1.1" sub-items, recipients inside the bullets. */
const ministry: CorpusDocument = {
  name: 'docx-05-ministry-decimal-subitems',
  format: 'docx',
  covers:
    'a ministry header (one agency line), "TT | Tên nhiệm vụ | Cơ quan chủ trì …" header, "1.1" sub-items, regimes with inline recipients',
  header: {
    parentAgency: null,
    agency: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '105/KH-BTTTT',
    place: 'Hà Nội',
    date: '2025-01-06',
    type: 'KẾ HOẠCH',
    title: 'Triển khai công tác kế hoạch, tài chính năm 2025',
  },
  body: [
    'I. MỤC ĐÍCH',
    'Thống nhất chỉ đạo công tác kế hoạch, tài chính của Bộ.',
    'II. TỔ CHỨC THỰC HIỆN',
    '- Báo cáo quý: Trước ngày 18 của tháng cuối quý (gửi về Vụ Kế hoạch - Tài chính).',
    '- Báo cáo năm: Chậm nhất ngày 10/12 (gửi về Văn phòng Bộ).',
  ],
  aboveTable: ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ'],
  columns: columns(
    ['stt', 'TT'],
    ['content', 'Tên nhiệm vụ'],
    ['lead', 'Cơ quan chủ trì'],
    ['coord', 'Cơ quan phối hợp'],
    ['time', 'Thời hạn hoàn thành'],
  ),
  headerRows: 1,
  numberRow: false,
  unitJoin: 'paragraphs',
  initialKind: 'task',
  rows: [
    group('I. CÔNG TÁC KẾ HOẠCH', 'CÔNG TÁC KẾ HOẠCH'),
    item('1', 'Xây dựng kế hoạch phát triển ngành', [], [], '', { ordinal: '1' }),
    item('1.1', 'Kế hoạch 5 năm 2026 - 2030', ['Vụ Kế hoạch - Tài chính'], ['Các Cục, Vụ'], 'Quý III', {
      ordinal: '1',
      sub: '1',
      due: ['2025-09-30'],
    }),
    item('1.2', 'Kế hoạch đầu tư công trung hạn', ['Vụ Kế hoạch - Tài chính'], [], 'Trước ngày 30/9/2025', {
      ordinal: '1',
      sub: '2',
      due: ['2025-09-30'],
    }),
    item(
      '2',
      'Tổng hợp báo cáo thống kê ngành',
      ['Trung tâm Thông tin'],
      ['Vụ Kế hoạch - Tài chính'],
      'Hằng quý',
      {
        due: QUARTER_ENDS_2025,
      },
    ),
    group('II. CÔNG TÁC TÀI CHÍNH', 'CÔNG TÁC TÀI CHÍNH'),
    item('1', 'Lập dự toán ngân sách năm 2026', ['Vụ Kế hoạch - Tài chính'], ['Văn phòng Bộ'], 'Tháng 7', {
      due: ['2025-07-31'],
    }),
    item('2', 'Quyết toán ngân sách năm 2024', ['Vụ Kế hoạch - Tài chính'], [], 'Quý II', {
      due: ['2025-06-30'],
    }),
  ],
  expected: {
    year: 2025,
    regimes: [
      {
        frequency: 'quarterly',
        recipient: 'Vụ Kế hoạch - Tài chính',
        deadline: { dayOfMonth: 18, monthOfQuarter: 'last' },
      },
      { frequency: 'annual', recipient: 'Văn phòng Bộ', deadline: { day: 10, month: 12 } },
    ],
  },
};

/** Word's automatic numbering in the STT column ("1.", "1.1"), a lead cell merged over two rows. */
const autoNumbered: CorpusDocument = {
  name: 'docx-06-word-numbering-merged-lead',
  format: 'docx',
  covers:
    'STT from Word list numbering ("1." and "1.1" levels), "Cơ quan, đơn vị chủ trì" headers, a lead cell ' +
    'merged over two rows, a content cell of two paragraphs, ordinals running across domains',
  header: {
    parentAgency: 'UBND TỈNH AN GIANG',
    agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    number: '40/KH-STTTT',
    place: 'An Giang',
    date: '2025-03-15',
    type: 'KẾ HOẠCH',
    title: 'Triển khai Đề án 06 năm 2025',
  },
  body: [
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Triển khai hiệu quả Đề án 06 trên địa bàn tỉnh.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị gửi báo cáo về Phòng Kế hoạch – Tài chính theo thời gian quy định như sau:',
    '- Báo cáo quý: Trước ngày 12 của tháng cuối quý.',
    '- Báo cáo năm: Trước ngày 12/12.',
  ],
  aboveTable: ['PHỤ LỤC', 'NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025'],
  columns: columns(
    ['stt', 'STT'],
    ['content', 'Nội dung nhiệm vụ'],
    ['lead', 'Cơ quan, đơn vị chủ trì'],
    ['coord', 'Cơ quan, đơn vị phối hợp'],
    ['time', 'Thời gian thực hiện'],
  ),
  headerRows: 1,
  numberRow: false,
  unitJoin: 'paragraphs',
  autoNumbering: true,
  initialKind: 'task',
  rows: [
    group('I. NHÓM DỊCH VỤ CÔNG TRỰC TUYẾN', 'NHÓM DỊCH VỤ CÔNG TRỰC TUYẾN', undefined, { split: true }),
    item('1', 'Cung cấp dịch vụ công trực tuyến toàn trình', ['TTCNTT-TT'], ['VP'], 'Tháng 6 và tháng 12', {
      due: ['2025-12-31'],
    }),
    item('2', 'Tái cấu trúc quy trình thủ tục hành chính', [], [], '', { ordinal: '2' }),
    item('2.1', 'Rà soát quy trình nội bộ', ['VP'], ['KHTC'], 'Quý II', {
      ordinal: '2',
      sub: '1',
      due: ['2025-06-30'],
    }),
    item('2.2', 'Cập nhật quy trình điện tử', ['VP'], [], 'Quý III', {
      ordinal: '2',
      sub: '2',
      due: ['2025-09-30'],
      leadMerged: true,
    }),
    group('II. NHÓM PHÁT TRIỂN HẠ TẦNG', 'NHÓM PHÁT TRIỂN HẠ TẦNG', undefined, { split: true }),
    item(
      '3',
      'Nâng cấp hạ tầng mạng của Trung tâm dữ liệu tỉnh, bảo đảm kết nối với Trung tâm dữ liệu quốc gia',
      ['TTCNTT-TT'],
      ['CNTT-BCVT'],
      'Trước 30/9/2025',
      {
        due: ['2025-09-30'],
        contentLines: [
          'Nâng cấp hạ tầng mạng của Trung tâm dữ liệu tỉnh,',
          'bảo đảm kết nối với Trung tâm dữ liệu quốc gia',
        ],
      },
    ),
    item(
      '4',
      'Kiểm tra an toàn thông tin các hệ thống dùng chung',
      ['Thanh tra Sở'],
      ['TTCNTT-TT'],
      'Quý IV',
      {
        due: ['2025-12-31'],
      },
    ),
  ],
  expected: {
    year: 2025,
    regimes: [
      {
        frequency: 'quarterly',
        recipient: 'Phòng Kế hoạch – Tài chính',
        deadline: { dayOfMonth: 12, monthOfQuarter: 'last' },
      },
      { frequency: 'annual', recipient: 'Phòng Kế hoạch – Tài chính', deadline: { day: 12, month: 12 } },
    ],
  },
};

export const DOCX_DOCUMENTS: CorpusDocument[] = [
  classic,
  romanSections,
  letters,
  arabicDomains,
  ministry,
  autoNumbered,
];
