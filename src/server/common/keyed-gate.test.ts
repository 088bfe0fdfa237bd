import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { KeyedGate } from './keyed-gate.js';

describe('KeyedGate', () => {
  it('runs work of one key one at a time in order, other keys alongside, and forgets idle keys', async () => {
    const gate = new KeyedGate(() => ({ seen: [] as number[] }));
    const log: string[] = [];
    const job = (key: string, n: number, ms: number) =>
      gate.run(key, async (state) => {
        log.push(`start ${key}${n}`);
        state.seen.push(n);
        await delay(ms);
        log.push(`end ${key}${n}`);
        return [...state.seen];
      });
    const results = await Promise.all([job('a', 1, 30), job('a', 2, 1), job('b', 1, 1), job('a', 3, 1)]);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('end a2')).toBeLessThan(log.indexOf('start a3'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    expect(results[3]).toEqual([1, 2, 3]);
    expect(gate.size).toBe(0);
    // A failing job releases the lane too.
    await expect(gate.run('a', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await gate.run('a', (state) => Promise.resolve(state.seen))).toEqual([]);
  });
});
