/** What the plan reader flags for the compiler; shown in the import preview, so in Vietnamese. */
export const PARSE_WARNINGS = {
  noTable: 'Không tìm thấy bảng phụ lục có cột nội dung và cột đơn vị',
  noNumber: 'Không tìm thấy số, ký hiệu văn bản',
  noDate: 'Không tìm thấy ngày ban hành',
  noTitle: 'Không tìm thấy trích yếu văn bản',
  noLead: 'Không tìm thấy đơn vị chủ trì',
  blankTimeframe: 'Không ghi thời gian thực hiện',
  emptyContent: 'Nội dung trống',
  leadAlsoCoordinator: (unit: string) => `"${unit}" vừa là đơn vị chủ trì vừa là đơn vị phối hợp`,
  outsideRow: (line: number, text: string) =>
    `Dòng ${line} nằm ngoài mọi hàng của bảng và đã bị bỏ qua: "${text}"`,
  ordinalJump: (line: number, from: number, to: number) => `Dòng ${line}: STT nhảy từ ${from} lên ${to}`,
  extraUnitCells: 'Có nhiều ô đơn vị hơn số cột đơn vị; các đơn vị thừa được xếp vào đơn vị phối hợp',
  emptyCoordinatorCell: 'Các đơn vị ở nhiều dòng được đọc là một ô chủ trì; ô phối hợp để trống',
  rowSkipped: (row: number) => `Hàng ${row} không có nội dung và đã bị bỏ qua`,
  rowMerged: (row: number) => `Hàng ${row} không có nội dung; các ô của nó được gộp vào hàng này`,
} as const;
