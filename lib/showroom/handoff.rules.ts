// Rules of the hand-off of a showroom cart to the customer's phone (docs/showroom.md): how long a link
// lives, what a token looks like, and why a token no longer opens its cart.

/** Minutes a hand-off link stays valid: `HANDOFF_MINUTES`, 1 to 240, default 15. A malformed setting stops the start. */
export function handoffMinutes(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return 15;
  const minutes = Number(setting);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240)
    throw new Error(`HANDOFF_MINUTES must be a whole number from 1 to 240, got "${setting}"`);
  return minutes;
}

/** 24 random bytes in base64url: 32 characters, 192 bits. Anything else is no token (and is not looked up). */
export const HANDOFF_TOKEN = /^[A-Za-z0-9_-]{32}$/;

export type HandoffState = { redeemedAt: Date | null; expiresAt: Date };

/** Why a hand-off cannot be opened now, or null when it can (once). */
export function handoffRefusal(
  handoff: HandoffState | null,
  now: Date,
): 'handoff.not_found' | 'handoff.used' | 'handoff.expired' | null {
  if (!handoff) return 'handoff.not_found';
  if (handoff.redeemedAt) return 'handoff.used';
  if (handoff.expiresAt.getTime() <= now.getTime()) return 'handoff.expired';
  return null;
}
