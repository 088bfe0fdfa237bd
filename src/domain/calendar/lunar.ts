/**
 * Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm: new moons and
 * solar longitudes from simplified Meeus formulas, evaluated at the meridian of UTC+7. The time
 * zone matters: the Chinese calendar uses UTC+8, and in years such as 1985 and 2007 the two Tết
 * fall on different days. Vietnam has computed its calendar for UTC+7 only since the late 1960s
 * (hence the two Tết of 1968); earlier dates here are the modern rule projected backwards.
 */
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type IsoDate,
  epochDayFromParts,
  fromEpochDay,
  toEpochDay,
} from './date.js';
import { CalendarError } from './errors.js';

export interface LunarDate {
  /** Lunar year, numbered like the solar year in which its Tết falls. */
  year: number;
  /** 1–12; a leap month repeats the number of the month before it. */
  month: number;
  day: number;
  isLeapMonth: boolean;
}

const TIME_ZONE_HOURS = 7;
const JULIAN_DAY_OF_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
// Julian day of the new moon of 1900-01-01, the origin of the lunation count k.
const LUNATION_ORIGIN_JD = 2415021.076998695;
const DEG = Math.PI / 180;

/** Julian date of the k-th new moon after 1900-01-01 (Meeus, ch. 49, shortened). */
function newMoonJulianDate(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEG) + 0.0021 * Math.sin(2 * DEG * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * f) - 0.0051 * Math.sin(DEG * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (m - mpr)) + 0.0004 * Math.sin(DEG * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * f - m)) - 0.0006 * Math.sin(DEG * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * f - mpr)) + 0.0005 * Math.sin(DEG * (2 * mpr + m));
  // ΔT (TT − UT), in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** Apparent solar longitude in radians, in [0, 2π), at a Julian date. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.00029 * Math.sin(DEG * 3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Julian day number of the local civil day containing the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Which 30° sector (0–11) of the ecliptic the sun is in at local midnight starting a day. */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

// Deterministic and bounded (one entry per year of the supported range), so a module-level
// memo keeps the core pure while sparing day-by-day loops most of the trigonometry.
const month11Cache = new Map<number, number>();
const leapOffsetCache = new Map<number, number>();

/** Start day of lunar month 11, the month containing the winter solstice, of a solar year. */
function month11Start(solarYear: number): number {
  let start = month11Cache.get(solarYear);
  if (start === undefined) {
    start = computeMonth11Start(solarYear);
    month11Cache.set(solarYear, start);
  }
  return start;
}

function computeMonth11Start(solarYear: number): number {
  const off = julianDay(solarYear, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Sector 9 begins at longitude 270°, the winter solstice; a month starting after it is month 12.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/**
 * In a 13-month lunar year, the offset from month 11 of the month without a major solar term
 * (trung khí): that month is the leap one.
 */
function leapMonthOffset(month11: number): number {
  let offset = leapOffsetCache.get(month11);
  if (offset === undefined) {
    offset = computeLeapMonthOffset(month11);
    leapOffsetCache.set(month11, offset);
  }
  return offset;
}

function computeLeapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - LUNATION_ORIGIN_JD) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = sector;
    i += 1;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== last && i < 14);
  return i - 1;
}

function julianDay(year: number, month: number, day: number): number {
  return epochDayFromParts({ year, month, day }) + JULIAN_DAY_OF_EPOCH;
}

function assertSolarYearInRange(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new CalendarError(
      'outOfRange',
      `Lunar calendar supports years ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, got ${year}`,
    );
  }
}

export function solarToLunar(date: IsoDate): LunarDate {
  const dayNumber = toEpochDay(date) + JULIAN_DAY_OF_EPOCH;
  const solarYear = Number(date.slice(0, 4));
  assertSolarYearInRange(solarYear);
  const k = Math.floor((dayNumber - LUNATION_ORIGIN_JD) / SYNODIC_MONTH);
  // The published version tries only k + 1 then k, and in rare years (2054-05-07, 2062-04-09)
  // both new moons fall after the day, yielding "day 0"; step back until the month contains it.
  let lunation = k + 1;
  let monthStart = newMoonDay(lunation);
  while (monthStart > dayNumber) {
    lunation -= 1;
    monthStart = newMoonDay(lunation);
  }

  let a11 = month11Start(solarYear);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    lunarYear = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }

  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let isLeapMonth = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      isLeapMonth = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day: dayNumber - monthStart + 1, isLeapMonth };
}

/** Julian day number of day 1 of a lunar month, or undefined if that leap month does not exist. */
function lunarMonthStart(year: number, month: number, isLeapMonth: boolean): number | undefined {
  const a11 = month < 11 ? month11Start(year - 1) : month11Start(year);
  const b11 = month < 11 ? month11Start(year) : month11Start(year + 1);
  const k = Math.floor(0.5 + (a11 - LUNATION_ORIGIN_JD) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (isLeapMonth && month !== leapMonth) return undefined;
    if (isLeapMonth || off >= leapOff) off += 1;
  } else if (isLeapMonth) {
    return undefined;
  }
  return newMoonDay(k + off);
}

function assertLunarMonth(year: number, month: number): void {
  // Lunar year 1899 is accepted because its last months run into January 1900.
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR - 1 || year > CALENDAR_MAX_YEAR) {
    throw new CalendarError('outOfRange', `Lunar year out of range: ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CalendarError('invalidDate', `Lunar month must be 1–12, got ${month}`);
  }
}

function existingMonthStart(year: number, month: number, isLeapMonth: boolean): number {
  assertLunarMonth(year, month);
  const start = lunarMonthStart(year, month, isLeapMonth);
  if (start === undefined) {
    throw new CalendarError('invalidDate', `Lunar year ${year} has no leap month ${month}`);
  }
  return start;
}

/** 29 or 30. */
export function lunarMonthLength(year: number, month: number, isLeapMonth = false): number {
  const start = existingMonthStart(year, month, isLeapMonth);
  // The month ends at the next new moon, whatever that month's number.
  let k = Math.round((start - LUNATION_ORIGIN_JD) / SYNODIC_MONTH) - 1;
  let next = newMoonDay(k);
  while (next <= start) {
    k += 1;
    next = newMoonDay(k);
  }
  return next - start;
}

/** The leap month of a lunar year (tháng nhuận), if it has one. */
export function leapMonthOf(year: number): number | undefined {
  for (let month = 1; month <= 12; month += 1) {
    assertLunarMonth(year, month);
    if (lunarMonthStart(year, month, true) !== undefined) return month;
  }
  return undefined;
}

export function lunarToSolar(lunar: LunarDate): IsoDate {
  const { year, month, day, isLeapMonth } = lunar;
  const start = existingMonthStart(year, month, isLeapMonth);
  const length = lunarMonthLength(year, month, isLeapMonth);
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new CalendarError('invalidDate', `Lunar ${month}/${year} has ${length} days, got day ${day}`);
  }
  const date = fromEpochDay(start + day - 1 - JULIAN_DAY_OF_EPOCH);
  assertSolarYearInRange(Number(date.slice(0, 4)));
  return date;
}

/** Tết Nguyên đán: day 1 of month 1 of the lunar year that starts in `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar({ year, month: 1, day: 1, isLeapMonth: false });
}

/**
 * The last day of the lunar year ending just before Tết of `year` (ngày Giao thừa): 30 tháng
 * Chạp, or 29 when that month is short.
 */
export function lunarNewYearsEve(year: number): IsoDate {
  return fromEpochDay(toEpochDay(lunarNewYear(year)) - 1);
}

/** Giỗ Tổ Hùng Vương: day 10 of month 3 (never the leap month 3) of the lunar year. */
export function hungKingsCommemoration(year: number): IsoDate {
  return lunarToSolar({ year, month: 3, day: 10, isLeapMonth: false });
}
