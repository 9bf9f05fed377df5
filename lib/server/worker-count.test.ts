import { describe, expect, it } from 'vitest';
import { workerCount } from './worker-count';

describe('workerCount', () => {
  it.each([
    [undefined, 2, 2],
    [undefined, 1, 1],
    [undefined, 0, 1],
    [undefined, 32, 8],
    ['', 4, 4],
    ['1', 16, 1],
    ['12', 2, 12],
  ])('WEB_CONCURRENCY=%s on %i cores → %i workers', (setting, cores, expected) => {
    expect(workerCount(setting, cores)).toBe(expected);
  });

  it.each(['0', '-1', '1.5', 'two', '65'])('refuses WEB_CONCURRENCY=%s', (setting) => {
    expect(() => workerCount(setting, 2)).toThrow(/WEB_CONCURRENCY/);
  });
});
