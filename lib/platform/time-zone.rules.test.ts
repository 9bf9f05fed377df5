import { describe, expect, it } from 'vitest';
import { berlinLocalToInstant, instantToBerlinLocal } from './business-time.rules';
import {
  addDays,
  isoWeekday,
  localDateOf,
  localDateTimeOf,
  offsetMinutes,
  zonedWallToInstant,
} from './time-zone.rules';

describe('zonedWallToInstant', () => {
  it.each([
    ['Europe/Berlin', '2026-07-01', '10:00', '2026-07-01T08:00:00.000Z'],
    ['Europe/Berlin', '2026-12-24', '18:00', '2026-12-24T17:00:00.000Z'],
    // Clocks go forward at 02:00: 02:30 does not exist and resolves one hour later (03:30 CEST).
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    // Clocks go back at 03:00: 02:30 exists twice; the first occurrence (CEST) wins.
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/London', '2026-07-01', '10:00', '2026-07-01T09:00:00.000Z'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
    ['UTC', '2026-02-28', '23:59', '2026-02-28T23:59:00.000Z'],
  ])('%s %s %s -> %s', (zone, date, time, iso) => {
    expect(zonedWallToInstant(zone, date, time).toISOString()).toBe(iso);
  });

  it('agrees with the business-time helpers for Berlin', () => {
    for (const local of ['2026-03-29T02:30', '2026-10-25T02:30', '2026-07-01T10:00', '2026-12-24T18:00']) {
      const [date, time] = local.split('T');
      expect(zonedWallToInstant('Europe/Berlin', date!, time!)).toEqual(berlinLocalToInstant(local));
    }
  });
});

describe('local dates, offsets and calendar days', () => {
  it('reads the local date and time of an instant', () => {
    expect(localDateOf(new Date('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDateOf(new Date('2026-03-28T23:30:00Z'), 'UTC')).toBe('2026-03-28');
    expect(localDateTimeOf(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25T02:30');
    expect(instantToBerlinLocal(new Date('2026-07-01T08:00:00Z'))).toBe('2026-07-01T10:00');
  });

  it('knows the offset on both sides of a clock change', () => {
    expect(offsetMinutes(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(120);
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 0, '2026-03-29'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-11-30', '1'],
    ['2026-12-05', '6'],
    ['2026-12-06', '7'],
  ])('isoWeekday(%s) = %s', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });
});
