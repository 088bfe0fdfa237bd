/** Vietnamese strings for figures in report text (issue 11): contradictions and the download acknowledgement. */
export const viFigures = {
  figures: {
    title: 'Lời văn có số liệu khác với dữ liệu',
    intro:
      'Các câu dưới đây ghi số liệu khác với số liệu hệ thống tính. Hãy sửa lại cho khớp; nếu vẫn cần tải về, ghi rõ lý do (được lưu vào nhật ký).',
    stated: 'Lời văn ghi',
    actual: 'Dữ liệu',
    reason: 'Lý do vẫn tải về',
    reasonPlaceholder: 'Ví dụ: Lãnh đạo Sở yêu cầu giữ số ước tính để đối chiếu với báo cáo của UBND tỉnh',
    reasonTooShort: 'Lý do cần ít nhất 10 ký tự.',
    fix: 'Để tôi sửa lại',
    downloadAnyway: 'Vẫn tải về',
    mismatchTag: 'Lời văn khác dữ liệu',
  },
} as const;
