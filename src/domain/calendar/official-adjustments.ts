/**
 * Official adjustments for civil servants (công chức, viên chức) that the project's regulations
 * brief (§4.2) has sources for. They only record where the official schedule departs from
 * `statutoryHolidays` + Saturday/Sunday rest; the statutory days themselves are not repeated.
 *
 * Not covered yet (no source on file, so left to admins): compensatory days for Tết Dương lịch
 * 2023, the 30/4–1/5 and Giỗ Tổ breaks of every year, Quốc khánh 2023, 2025 and 2026, all of 2027.
 */
import type { CalendarAdjustment } from './adjustments.js';

export interface OfficialAdjustment extends CalendarAdjustment {
  /** The notice and where it was read. */
  source: string;
  /** False when only part of the schedule is confirmed and this date is inferred from the rest. */
  confirmed: boolean;
}

const TET_2023 =
  'Lịch nghỉ Tết Quý Mão 20/01–26/01/2023 (7 ngày). https://pld.net.vn/tag/nghi-tet-nguyen-dan.html';
const TET_2024 =
  'Lịch nghỉ Tết Giáp Thìn 08/02–14/02/2024 (5 ngày Tết + 2 ngày nghỉ bù). ' +
  'https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html';
const NATIONAL_DAY_2024 =
  'Lịch nghỉ Quốc khánh 31/08–03/09/2024. ' +
  'https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html';
const TET_2025 =
  'Công văn 8726/VPCP-KGVX ngày 26/11/2024: 9 ngày liên tục (xác nhận); khoảng 25/01–02/02/2025 chưa ' +
  'xác nhận, đây là khoảng duy nhất gồm đủ 5 ngày Tết, 1 ngày nghỉ bù (mùng 4 rơi vào thứ Bảy) và không ' +
  'có ngày làm bù. https://pld.net.vn/tag/nghi-tet-nguyen-dan.html';
const NEW_YEAR_2026 =
  'Công văn 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 01/01–04/01/2026, hoán đổi thứ Sáu 02/01 với thứ Bảy ' +
  '10/01. https://tracuuquyhoach.com/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289';

// Tết Bính Ngọ 2026 (14/02–22/02, 9 ngày) needs no row: its five weekdays are exactly the five
// statutory Tết days, 16/02 (29 tháng Chạp) to 20/02 (mùng 4).
export const OFFICIAL_ADJUSTMENTS: readonly OfficialAdjustment[] = [
  {
    date: '2023-01-20',
    kind: 'dayOff',
    note: 'Nghỉ bù Tết Nguyên đán (29 tháng Chạp)',
    source: TET_2023,
    confirmed: true,
  },
  {
    date: '2023-01-26',
    kind: 'dayOff',
    note: 'Nghỉ bù Tết Nguyên đán (mùng 5 tháng Giêng)',
    source: TET_2023,
    confirmed: true,
  },
  {
    date: '2024-02-08',
    kind: 'dayOff',
    note: 'Nghỉ bù Tết Nguyên đán (29 tháng Chạp)',
    source: TET_2024,
    confirmed: true,
  },
  {
    date: '2024-02-14',
    kind: 'dayOff',
    note: 'Nghỉ bù Tết Nguyên đán (mùng 5 tháng Giêng)',
    source: TET_2024,
    confirmed: true,
  },
  {
    // Already the default second Quốc khánh day; recorded so the year stays right whatever default is chosen.
    date: '2024-09-03',
    kind: 'dayOff',
    note: 'Quốc khánh: nghỉ thứ Ba 03/9',
    source: NATIONAL_DAY_2024,
    confirmed: true,
  },
  {
    date: '2025-01-27',
    kind: 'dayOff',
    note: 'Nghỉ bù Tết Nguyên đán (28 tháng Chạp)',
    source: TET_2025,
    confirmed: false,
  },
  {
    date: '2026-01-02',
    kind: 'dayOff',
    note: 'Tết Dương lịch: nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01',
    source: NEW_YEAR_2026,
    confirmed: true,
  },
  {
    date: '2026-01-10',
    kind: 'workday',
    note: 'Làm bù cho thứ Sáu 02/01 (Tết Dương lịch)',
    source: NEW_YEAR_2026,
    confirmed: true,
  },
];
