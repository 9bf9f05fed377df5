import { describe, expect, it } from 'vitest';
import { berlinLocalToInstant } from '@/lib/platform/business-time.rules';
import { checkSlot, isWithinSlotWindow, pickupSlots, slotsForDay, type PickupStore } from './pickup-slots.rules';

const store: PickupStore = {
  name: 'Velo & Outdoor Berlin',
  timeZone: 'Europe/Berlin',
  openingHours: {
    '1': [['10:00', '19:00']],
    '2': [['10:00', '19:00']],
    '3': [['10:00', '19:00']],
    '4': [['10:00', '19:00']],
    '5': [['10:00', '19:00']],
    '6': [['10:00', '18:00']],
  },
  pickupSlotMinutes: 60,
  pickupSlotCapacity: 4,
};
// Monday 2026-03-23, 08:00 Berlin (CET, UTC+1).
const now = new Date('2026-03-23T07:00:00Z');

describe('pickup slots', () => {
  it('cuts a weekday into slots, marking those before now + 2h as past', () => {
    const slots = slotsForDay(store, '2026-03-23', { now });
    expect(slots).toHaveLength(9);
    expect(slots[0]).toMatchObject({
      start: new Date('2026-03-23T09:00:00Z'),
      end: new Date('2026-03-23T10:00:00Z'),
      bookable: true,
      remaining: 4,
    });
    const later = slotsForDay(store, '2026-03-23', { now: new Date('2026-03-23T09:30:00Z') });
    expect(later.filter((s) => s.reason === 'past').map((s) => s.start.toISOString())).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-23T10:00:00.000Z',
      '2026-03-23T11:00:00.000Z',
    ]);
    expect(later[3]!.bookable).toBe(true);
  });

  it('has no slots on Sunday (closed)', () => {
    expect(slotsForDay(store, '2026-03-29', { now })).toEqual([]);
    expect(() => checkSlot(store, berlinLocalToInstant('2026-03-29T12:00'), 0, now)).toThrow(
      expect.objectContaining({ code: 'slot.closed_day', params: { store: 'Velo & Outdoor Berlin' } }),
    );
  });

  it('marks full slots and counts remaining places', () => {
    const booked = new Map([
      ['2026-03-24T11:00:00.000Z', 4],
      ['2026-03-24T12:00:00.000Z', 3],
    ]);
    const slots = slotsForDay(store, '2026-03-24', { now, booked });
    expect(slots.find((s) => s.start.toISOString() === '2026-03-24T11:00:00.000Z')).toMatchObject({
      bookable: false,
      reason: 'full',
      remaining: 0,
    });
    expect(slots.find((s) => s.start.toISOString() === '2026-03-24T12:00:00.000Z')).toMatchObject({
      bookable: true,
      remaining: 1,
    });
  });

  it('keeps local opening times across the DST change (range Sat → Mon)', () => {
    const slots = pickupSlots(store, '2026-03-28', 3, { now });
    // Saturday 10:00 CET = 09:00Z; Sunday closed; Monday 10:00 CEST = 08:00Z.
    expect(slots[0]!.start.toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(slots).toHaveLength(8 + 0 + 9);
    expect(slots[8]!.start.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(slots.at(-1)!.end.toISOString()).toBe('2026-03-30T17:00:00.000Z');
  });

  it('counts real hours on the DST day itself (spring forward: one slot fewer, fall back: one more)', () => {
    const night: PickupStore = { ...store, openingHours: { '7': [['00:00', '06:00']] } };
    const spring = slotsForDay(night, '2026-03-29', { now: new Date('2026-01-01T00:00:00Z') });
    expect(spring.map((s) => s.start.toISOString())).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T02:00:00.000Z',
      '2026-03-29T03:00:00.000Z',
    ]);
    const autumn = slotsForDay(night, '2026-10-25', { now: new Date('2026-01-01T00:00:00Z') });
    expect(autumn).toHaveLength(7);
  });

  describe('checkSlot', () => {
    const tuesdayNoon = berlinLocalToInstant('2026-03-24T12:00');
    it('accepts an offered slot', () => {
      expect(checkSlot(store, tuesdayNoon, 3, now)).toEqual({
        start: tuesdayNoon,
        end: new Date(tuesdayNoon.getTime() + 3600_000),
      });
    });
    it('refuses past, full, closed and misaligned slots', () => {
      expect(() => checkSlot(store, berlinLocalToInstant('2026-03-23T09:00'), 0, now)).toThrow(
        expect.objectContaining({ code: 'slot.outside_window', field: 'pickupSlotStart' }),
      );
      expect(() =>
        checkSlot(store, berlinLocalToInstant('2026-03-23T11:00'), 0, new Date('2026-03-23T08:30:00Z')),
      ).toThrow(expect.objectContaining({ code: 'slot.past' }));
      expect(() => checkSlot(store, berlinLocalToInstant('2026-03-20T12:00'), 0, now)).toThrow(
        expect.objectContaining({ code: 'slot.past' }),
      );
      expect(() => checkSlot(store, tuesdayNoon, 4, now)).toThrow(
        expect.objectContaining({ code: 'slot.full', status: 422 }),
      );
      expect(() => checkSlot(store, berlinLocalToInstant('2026-03-24T12:30'), 0, now)).toThrow(
        expect.objectContaining({ code: 'slot.misaligned', params: { minutes: 60 } }),
      );
      expect(() => checkSlot(store, berlinLocalToInstant('2026-03-24T19:00'), 0, now)).toThrow(
        expect.objectContaining({ code: 'slot.outside_window' }),
      );
      expect(() => checkSlot(store, new Date('x'), 0, now)).toThrow(
        expect.objectContaining({ code: 'slot.invalid', status: 422 }),
      );
    });
  });
});

describe('isWithinSlotWindow', () => {
  // Monday 2026-03-02, 23:30 in Berlin (22:30 UTC): the 14 days are 2 to 15 March, local.
  const now = berlinLocalToInstant('2026-03-02T23:30');
  it.each([
    ['2026-03-03', '10:00', true],
    ['2026-03-15', '18:30', true],
    ['2026-03-16', '10:00', false],
    ['2026-06-01', '10:00', false],
  ])('%sT%s: %s', (date, time, within) => {
    expect(isWithinSlotWindow(store, berlinLocalToInstant(`${date}T${time}`), now, 14)).toBe(within);
  });
});
