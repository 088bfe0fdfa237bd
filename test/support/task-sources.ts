import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { createTestApp, login, type Session, type TestContext } from './app.js';
import { aUnit, aUser, TEST_PASSWORD } from './builders.js';

/** The conclusion notice of test/fixtures/directives, as a plain-text upload. */
export const conclusionNoticeText = () =>
  readFileSync(new URL('../fixtures/directives/tb-ket-luan.txt', import.meta.url));

/**
 * A department with the divisions the directive fixtures name, a leader (assigned to lead KHTC's
 * work), a compiler, a unit head and staff in KHTC, and a session per person. `today` is the clock.
 */
export async function aDirectiveWorld(today: string) {
  const t: TestContext = await createTestApp({}, { now: () => new Date(`${today}T03:00:00Z`) });
  const s = t.services;
  const province = await aUnit(s, { kind: 'peoplesCommittee', name: 'UBND tỉnh An Giang' });
  const department = await aUnit(s, {
    parentId: province.id,
    kind: 'provincialDepartment',
    name: 'Sở Thông tin và Truyền thông',
  });
  const unit = (name: string, shortName: string, aliases: string[] = []) =>
    aUnit(s, { parentId: department.id, name, shortName, aliases });
  const units = {
    office: await unit('Văn phòng', 'VP', ['Văn phòng Sở']),
    inspectorate: await unit('Thanh tra Sở', 'TTr'),
    finance: await unit('Phòng Kế hoạch - Tài chính', 'KHTC'),
    it: await unit('Phòng Công nghệ thông tin - Bưu chính viễn thông', 'CNTT-BCVT'),
    press: await unit('Phòng Thông tin - Báo chí - Xuất bản', 'TTBCXB'),
    centre: await unit('Trung tâm Công nghệ thông tin và Truyền thông', 'TTCNTT-TT'),
  };
  const leader = await aUser(s, { orgUnitId: department.id, roles: ['leader'] });
  const otherLeader = await aUser(s, { orgUnitId: department.id, roles: ['leader'] });
  const compiler = await aUser(s, { orgUnitId: units.office.id, roles: ['compiler'] });
  const head = await aUser(s, { orgUnitId: units.finance.id, roles: ['unitHead'] });
  const staff = await aUser(s, { orgUnitId: units.finance.id, roles: ['staff'] });
  const admin = await aUser(s, { orgUnitId: department.id, roles: ['admin'] });
  const as = (user: { username: string }): Promise<Session> => login(t.app, user.username, TEST_PASSWORD);
  return {
    t,
    department,
    units,
    users: { leader, otherLeader, compiler, head, staff, admin },
    sessions: {
      leader: await as(leader),
      otherLeader: await as(otherLeader),
      compiler: await as(compiler),
      head: await as(head),
      staff: await as(staff),
      admin: await as(admin),
    },
  };
}
export type DirectiveWorld = Awaited<ReturnType<typeof aDirectiveWorld>>;

/** Uploads a file to an import endpoint with the session's cookie and CSRF token. */
export function uploadTo(t: TestContext, session: Session, url: string, filename: string, content: Buffer) {
  const boundary = '----baocao-directive';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

/** The items of the Word directive below: [item text without number]. Numbers come from Word's list. */
export const DOCX_ITEMS = [
  'Giao Trung tâm Công nghệ thông tin và Truyền thông chủ trì, phối hợp với Phòng Công nghệ thông tin - Bưu chính viễn thông vận hành thử nghiệm nền tảng họp trực tuyến, hoàn thành trước ngày 31/5/2026.',
  'Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Văn phòng lập dự toán kinh phí chuyển đổi số, trình Giám đốc Sở chậm nhất ngày 15/6/2026.',
  'Giao Thanh tra Sở chủ trì, phối hợp với Phòng Thông tin - Báo chí - Xuất bản kiểm tra hoạt động thông tin điện tử trong quý III/2026.',
  'Giao Phòng Thông tin - Báo chí - Xuất bản tổng hợp tình hình báo chí, báo cáo trước ngày 10 tháng 7 năm 2026.',
  'Giao Văn phòng và Phòng Kế hoạch - Tài chính rà soát quy chế chi tiêu nội bộ, hoàn thành trong tháng 8/2026.',
  'Giao Phòng Công nghệ thông tin - Bưu chính viễn thông chủ trì, phối hợp với Trung tâm Công nghệ thông tin và Truyền thông, Thanh tra Sở đánh giá an toàn thông tin các hệ thống, hoàn thành trước ngày 30/9/2026.',
  'Giao Trung tâm Công nghệ thông tin và Truyền thông cập nhật Cổng thông tin điện tử thường xuyên.',
  'Giao Văn phòng theo dõi, đôn đốc, tổng hợp kết quả thực hiện báo cáo Giám đốc Sở.',
];

/** A directive letter typed in Word: the header as a borderless two-column table, items in a numbered list. */
export async function aDirectiveDocx(): Promise<Buffer> {
  const noBorders = {
    top: { style: 'none', size: 0, color: 'FFFFFF' },
    bottom: { style: 'none', size: 0, color: 'FFFFFF' },
    left: { style: 'none', size: 0, color: 'FFFFFF' },
    right: { style: 'none', size: 0, color: 'FFFFFF' },
  } as const;
  const cell = (lines: string[]) =>
    new TableCell({
      borders: noBorders,
      children: lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, text: l })),
    });
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          cell(['SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 48/STTTT-VP']),
          cell([
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'Độc lập - Tự do - Hạnh phúc',
            'An Giang, ngày 20 tháng 4 năm 2026',
          ]),
        ],
      }),
    ],
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          header,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun('CÔNG VĂN')],
          }),
          new Paragraph('Về việc triển khai ý kiến chỉ đạo của Giám đốc Sở quý II năm 2026'),
          new Paragraph(
            'Thực hiện ý kiến chỉ đạo của Giám đốc Sở, Văn phòng Sở đề nghị các đơn vị thực hiện:',
          ),
          ...DOCX_ITEMS.map(
            (text) =>
              new Paragraph({ numbering: { reference: 'items', level: 0 }, children: [new TextRun(text)] }),
          ),
          new Paragraph('Nơi nhận:'),
          new Paragraph('- Như trên;'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
