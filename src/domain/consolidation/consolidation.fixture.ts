import { WorkingCalendar } from '../calendar/index.js';
import type { RichDoc } from '../rich-text/index.js';
import type { OccurrenceProgress, TaskStatus } from '../tracking/index.js';
import type { DepartmentReportInput, IndicatorFacts, TaskFacts } from './facts.js';
import type { UnitSubmission } from './submission-text.js';

// Shared by the consolidation tests: a department in the shape of seed 001, small enough to read.

export const calendar = new WorkingCalendar({ holidays: { nationalDaySecondDay: 'before' } });

export function doc(...lines: (string | { h: string } | { list: string[] })[]): RichDoc {
  return {
    blocks: lines.map((line) =>
      typeof line === 'string'
        ? { type: 'paragraph' as const, children: [{ text: line }] }
        : 'h' in line
          ? { type: 'heading' as const, level: 2 as const, children: [{ text: line.h }] }
          : { type: 'bulletList' as const, items: line.list.map((text) => [{ text }]) },
    ),
  };
}

export function occurrence(
  dueDate: string | null,
  status: TaskStatus,
  completedOn: string | null = null,
): OccurrenceProgress {
  return {
    key: dueDate ?? '2024-H1',
    periodCode: dueDate === null ? '2024-H1' : null,
    dueDate,
    label: '',
    source: dueDate === null ? 'continuous' : 'deadline',
    status,
    completedOn,
  };
}

export function aTask(id: string, overrides: Partial<TaskFacts> = {}): TaskFacts {
  return {
    id,
    content: `Nhiệm vụ ${id}`,
    domain: 'Bưu chính',
    output: 'Kế hoạch',
    leadUnitName: 'Phòng Bưu chính',
    occurrences: [occurrence('2024-06-28', 'notStarted')],
    evidence: null,
    latestNote: null,
    ...overrides,
  };
}

export const egov: IndicatorFacts = {
  id: 'ind-egov',
  content: 'Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử đạt 75%',
  label: 'Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử',
  domain: 'Chuyển đổi số',
  targetText: '≥ 75%',
  unit: 'percent',
  latest: { value: 65, asOf: '2024-03-31', periodCode: '2024-Q1' },
  evaluation: 'notMet',
  verdict: 'notMet',
  forecast: 'Dự báo đến cuối năm 2024 đạt 75% (giữ nguyên số liệu tính đến ngày 31/3/2024)',
};

export const divisionA: UnitSubmission = {
  unit: { id: 'unit-a', name: 'Phòng Bưu chính' },
  sections: {
    highlights: doc('Phát hành bộ tem kỷ niệm 200 năm kênh Vĩnh Tế'),
    results: doc({ h: '1. Lĩnh vực Bưu chính' }, 'Các doanh nghiệp bưu chính kiểm soát chặt chẽ hoạt động', {
      list: ['Đảm bảo thời gian mở cửa', 'Chuyển phát kịp thời'],
    }),
    difficulties: doc({ h: 'Bưu chính' }, 'Thiếu văn bản hướng dẫn'),
    proposals: doc('Kiến nghị Bộ sớm ban hành hướng dẫn'),
  },
};

export const divisionB: UnitSubmission = {
  unit: { id: 'unit-b', name: 'Phòng Chuyển đổi số' },
  sections: {
    'results:Chuyển đổi số': doc('Số hóa kết quả giải quyết TTHC đạt 100% Bộ phận Một cửa'),
    nextTasks: doc({ h: 'Chuyển đổi số' }, 'Triển khai nền tảng VNForm'),
  },
};

export function departmentInput(overrides: Partial<DepartmentReportInput> = {}): DepartmentReportInput {
  return {
    unit: { id: 'dept', name: 'Sở Thông tin và Truyền thông An Giang' },
    periodCode: '2024-H1',
    today: '2024-07-10',
    calendar,
    domains: ['Bưu chính', 'Chuyển đổi số'],
    indicators: [egov],
    tasks: [
      aTask('t1', {
        content: 'Kế hoạch triển khai hoạt động thông tin đối ngoại năm 2024',
        occurrences: [occurrence('2024-05-15', 'done', '2024-05-08')],
        evidence: { number: '462/KH-UBND', date: '2024-05-08', text: 'UBND tỉnh đã ban hành' },
      }),
      aTask('t2', {
        occurrences: [occurrence('2024-03-29', 'inProgress')],
        latestNote: 'Đang tổng hợp ý kiến',
      }),
      aTask('t3', { domain: 'Chuyển đổi số', occurrences: [occurrence('2024-09-30', 'notStarted')] }),
    ],
    submissions: [divisionA, divisionB],
    ...overrides,
  };
}
