import { describe, expect, it } from 'vitest';
import {
  choiceOf,
  currentChoice,
  labelOfCode,
  periodCodeOf,
  periodGroups,
  periodOptions,
  rekind,
} from './periodPicker';

describe('period picker', () => {
  it.each([
    [{ kind: 'year', year: 2024, index: 1 }, '2024'],
    [{ kind: 'half', year: 2024, index: 1 }, '2024-H1'],
    [{ kind: 'nineMonths', year: 2024, index: 1 }, '2024-9M'],
    [{ kind: 'quarter', year: 2024, index: 2 }, '2024-Q2'],
    [{ kind: 'month', year: 2024, index: 5 }, '2024-05'],
  ] as const)('writes %o as %s and reads it back', (choice, code) => {
    expect(periodCodeOf(choice)).toBe(code);
    expect(choiceOf(code)).toEqual(choice);
  });

  it('does not offer weeks or anything that is not a period code', () => {
    expect(choiceOf('2024-W27')).toBeNull();
    expect(choiceOf('2024-Q5')).toBeNull();
    expect(choiceOf('quy 2')).toBeNull();
  });

  it('lists the periods of a year with their Vietnamese labels', () => {
    expect(periodOptions('quarter', 2024)).toEqual([
      { index: 1, code: '2024-Q1', label: 'Quý I/2024' },
      { index: 2, code: '2024-Q2', label: 'Quý II/2024' },
      { index: 3, code: '2024-Q3', label: 'Quý III/2024' },
      { index: 4, code: '2024-Q4', label: 'Quý IV/2024' },
    ]);
    expect(periodOptions('month', 2024)).toHaveLength(12);
    expect(periodOptions('half', 2024).map((o) => o.label)).toEqual([
      '6 tháng đầu năm 2024',
      '6 tháng cuối năm 2024',
    ]);
  });

  it.each([
    [{ kind: 'month', year: 2024, index: 5 }, 'quarter', 2024, { kind: 'quarter', year: 2024, index: 2 }],
    [{ kind: 'quarter', year: 2024, index: 4 }, 'half', 2024, { kind: 'half', year: 2024, index: 2 }],
    [
      { kind: 'quarter', year: 2024, index: 4 },
      'nineMonths',
      2024,
      { kind: 'nineMonths', year: 2024, index: 1 },
    ],
    [{ kind: 'half', year: 2024, index: 2 }, 'month', 2025, { kind: 'month', year: 2025, index: 7 }],
    [{ kind: 'year', year: 2024, index: 1 }, 'quarter', 2024, { kind: 'quarter', year: 2024, index: 1 }],
  ] as const)('moves %o to %s of %i near the same time of year', (from, kind, year, expected) => {
    expect(rekind(from, kind, year)).toEqual(expected);
  });

  it('starts at the period holding today', () => {
    expect(currentChoice('quarter', '2024-07-10')).toEqual({ kind: 'quarter', year: 2024, index: 3 });
    expect(currentChoice('month', '2024-07-10')).toEqual({ kind: 'month', year: 2024, index: 7 });
    expect(currentChoice('nineMonths', '2024-11-02')).toEqual({ kind: 'nineMonths', year: 2024, index: 1 });
  });

  it('labels a code, leaving an unknown one as written', () => {
    expect(labelOfCode('2024-H1')).toBe('6 tháng đầu năm 2024');
    expect(labelOfCode('khac')).toBe('khac');
  });
});

describe('period groups for statistics', () => {
  it('lists halves, 9 months, quarters and months of the year', () => {
    const groups = periodGroups(2024);
    expect(groups.map((g) => [g.kind, g.options.length])).toEqual([
      ['half', 2],
      ['nineMonths', 1],
      ['quarter', 4],
      ['month', 12],
    ]);
    expect(groups[1]?.options[0]).toEqual({ code: '2024-9M', label: '9 tháng năm 2024' });
  });
});
