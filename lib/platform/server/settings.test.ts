import { describe, expect, it } from 'vitest';
import { pageCacheSeconds, workerCount } from './settings';

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

describe('pageCacheSeconds', () => {
  it.each([
    [undefined, 60],
    ['', 60],
    ['0', 0],
    ['5', 5],
    ['3600', 3600],
  ])('PAGE_CACHE_SECONDS=%s → %i', (setting, expected) => {
    expect(pageCacheSeconds(setting)).toBe(expected);
  });

  it.each(['-1', '1.5', 'soon', '3601'])('refuses PAGE_CACHE_SECONDS=%s', (setting) => {
    expect(() => pageCacheSeconds(setting)).toThrow(/PAGE_CACHE_SECONDS/);
  });
});
