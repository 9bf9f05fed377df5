import { describe, expect, it } from 'vitest';
import { berlinLocalToInstant, instantToBerlinLocal } from './business-time.rules';

describe('berlinLocalToInstant', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-15', '2026-07-14T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // clocks go forward at 02:00 that night
    ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'], // does not exist: one wall-clock hour later
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // clocks go back at 03:00 that night
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'], // exists twice: the first one
    ['2026-10-25T04:00', '2026-10-25T03:00:00.000Z'],
  ])('%s Berlin is %s', (local, iso) => {
    expect(berlinLocalToInstant(local).toISOString()).toBe(iso);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-01-01T24:00', '15.01.2026', ''])('refuses %s', (local) => {
    expect(() => berlinLocalToInstant(local)).toThrow(RangeError);
  });

  it('round-trips through instantToBerlinLocal', () => {
    expect(instantToBerlinLocal(berlinLocalToInstant('2026-12-24T18:30'))).toBe('2026-12-24T18:30');
  });
});
