import { describe, expect, it } from 'vitest';
import { HANDOFF_TOKEN, handoffMinutes, handoffRefusal } from './handoff.rules';

describe('handoffMinutes', () => {
  it('defaults to 15 and takes whole minutes from 1 to 240', () => {
    expect(handoffMinutes(undefined)).toBe(15);
    expect(handoffMinutes(' ')).toBe(15);
    expect(handoffMinutes('1')).toBe(1);
    expect(handoffMinutes('240')).toBe(240);
  });
  it.each(['0', '241', '1.5', 'ten', '-3'])('stops the start for %s', (setting) => {
    expect(() => handoffMinutes(setting)).toThrow(/HANDOFF_MINUTES/);
  });
});

describe('handoffRefusal', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  it('opens a live, unused hand-off', () => {
    expect(handoffRefusal({ redeemedAt: null, expiresAt: new Date('2026-12-03T12:00:01Z') }, now)).toBeNull();
  });
  it('names why it cannot be opened', () => {
    expect(handoffRefusal(null, now)).toBe('handoff.not_found');
    expect(handoffRefusal({ redeemedAt: now, expiresAt: new Date('2026-12-04T00:00:00Z') }, now)).toBe('handoff.used');
    expect(handoffRefusal({ redeemedAt: null, expiresAt: now }, now)).toBe('handoff.expired');
  });
});

describe('HANDOFF_TOKEN', () => {
  it('is 32 base64url characters', () => {
    expect(HANDOFF_TOKEN.test('abcdefghijklmnopqrstuvwxyz012_-A')).toBe(true);
    expect(HANDOFF_TOKEN.test('abc')).toBe(false);
    expect(HANDOFF_TOKEN.test('abcdefghijklmnopqrstuvwxyz012_-A/')).toBe(false);
  });
});
