import { describe, expect, it } from 'vitest';
import { hasTaskFilters, readTaskFilters, writeTaskFilters } from './taskFilters';

const UNIT = '6f1c2f64-1c2b-4a52-9a53-3c1d2e4f5a6b';

describe('task filters in the address bar', () => {
  it('reads the filters the server accepts', () => {
    const params = new URLSearchParams(
      `unitId=${UNIT}&role=lead&status=inProgress&dueFrom=2024-07-01&dueBefore=2024-09-30&q=%20buu%20chinh%20&domain=Vi%E1%BB%85n%20th%C3%B4ng`,
    );
    expect(readTaskFilters(params)).toEqual({
      unitId: UNIT,
      role: 'lead',
      status: 'inProgress',
      dueFrom: '2024-07-01',
      dueBefore: '2024-09-30',
      q: 'buu chinh',
      domain: 'Viễn thông',
    });
  });

  it('drops what a stale or hand-edited link got wrong', () => {
    const params = new URLSearchParams('unitId=abc&role=boss&status=finished&dueFrom=01/07/2024&q=%20');
    expect(readTaskFilters(params)).toEqual({});
  });

  it('writes only what is set, leaving out the default role', () => {
    expect(writeTaskFilters({ role: 'any', q: 'ke hoach', status: undefined }).toString()).toBe('q=ke+hoach');
    expect(hasTaskFilters({ role: 'any' })).toBe(false);
    expect(hasTaskFilters({ role: 'coordinator' })).toBe(true);
  });

  it('round-trips', () => {
    const filters = { planId: UNIT, role: 'coordinator', dueBefore: '2024-12-31' } as const;
    expect(readTaskFilters(writeTaskFilters(filters))).toEqual(filters);
  });
});
