import { describe, expect, it } from 'vitest';
import { type Forecast, type ForecastPoint, describeForecast, forecastYearEnd } from './index.js';

describe('forecastYearEnd', () => {
  const p = (asOf: string, value: number): ForecastPoint => ({ asOf, value });
  it.each<[string, ForecastPoint[], number, string, Forecast | null]>([
    ['no values', [], 2024, 'percent', null],
    // Seed 001: one figure, 65 % as of Q1 2024, is carried over; the report's own "75%" was typed.
    [
      'seed 001, one value',
      [p('2024-03-31', 65)],
      2024,
      'percent',
      { value: 65, method: 'carried', basis: { points: 1, from: '2024-03-31', to: '2024-03-31' } },
    ],
    // Days from 1/1/2025: 31/3 → 89, 30/6 → 180, 31/12 → 364. Slope 10/91 a day, so
    // 60 + (364 − 180) × 10/91 = 60 + 20.22 = 80.2.
    [
      'two values',
      [p('2025-06-30', 60), p('2025-03-31', 50)],
      2025,
      'percent',
      { value: 80.2, method: 'linear', basis: { points: 2, from: '2025-03-31', to: '2025-06-30' } },
    ],
    // Slope 30/91: 90 + 184 × 30/91 = 150.66, clamped to 100 % …
    [
      'clamped above',
      [p('2025-03-31', 60), p('2025-06-30', 90)],
      2025,
      'percent',
      { value: 100, method: 'linear', basis: { points: 2, from: '2025-03-31', to: '2025-06-30' } },
    ],
    // … but a count may grow past 100.
    [
      'a count is not clamped',
      [p('2025-03-31', 60), p('2025-06-30', 90)],
      2025,
      'count',
      { value: 150.7, method: 'linear', basis: { points: 2, from: '2025-03-31', to: '2025-06-30' } },
    ],
    // 5 + 184 × (−5/91) = −5.11, clamped to 0 %.
    [
      'clamped below',
      [p('2025-03-31', 10), p('2025-06-30', 5)],
      2025,
      'percent',
      { value: 0, method: 'linear', basis: { points: 2, from: '2025-03-31', to: '2025-06-30' } },
    ],
    // 2024 is a leap year: x = 90, 181, 273 and 365 at 31/12. x̄ = 544/3, ȳ = 160/3,
    // Sxx = 115390 − 544²/3 = 50234/3, Sxy = 31300 − 544·160/3 = 6860/3, slope = 6860/50234,
    // forecast = 160/3 + (6860/50234)(365 − 544/3) = 53.333 + 25.082 = 78.4.
    [
      'three values, least squares',
      [p('2024-03-31', 40), p('2024-06-30', 55), p('2024-09-30', 65)],
      2024,
      'percent',
      { value: 78.4, method: 'linear', basis: { points: 3, from: '2024-03-31', to: '2024-09-30' } },
    ],
    [
      'a correction replaces its date',
      [p('2025-03-31', 50), p('2025-03-31', 55)],
      2025,
      'percent',
      { value: 55, method: 'carried', basis: { points: 1, from: '2025-03-31', to: '2025-03-31' } },
    ],
    [
      'the year-end figure is in',
      [p('2025-06-30', 60), p('2025-12-31', 72)],
      2025,
      'percent',
      { value: 72, method: 'carried', basis: { points: 1, from: '2025-12-31', to: '2025-12-31' } },
    ],
  ])('%s', (_name, points, year, unit, expected) => {
    expect(forecastYearEnd(points, year, unit)).toEqual(expected);
  });

  it.each<[Forecast, number, string]>([
    [
      { value: 65, method: 'carried', basis: { points: 1, from: '2024-03-31', to: '2024-03-31' } },
      2024,
      'Dự báo đến cuối năm 2024 đạt 65% (giữ nguyên số liệu tính đến ngày 31/3/2024)',
    ],
    [
      { value: 80.2, method: 'linear', basis: { points: 2, from: '2025-03-31', to: '2025-06-30' } },
      2025,
      'Dự báo đến cuối năm 2025 đạt 80,2% (theo xu hướng 2 số liệu từ 31/3/2025 đến 30/6/2025)',
    ],
  ])('describes %j', (forecast, year, text) => {
    expect(describeForecast(forecast, year, 'percent')).toBe(text);
  });
});
