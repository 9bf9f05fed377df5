// Limits on guest orders paid at pickup (no account, no money up front, but stock is reserved and a
// slot booked): how many per client address and per e-mail address, and how many units of one SKU.
// Operator settings from the environment (README); 0 turns a limit off.
type RateLimit = { limit: number; windowMinutes: number };
export type GuestLimits = { perIp: RateLimit; perEmail: RateLimit; unitsPerSku: number };

export const GUEST_LIMIT_DEFAULTS = {
  GUEST_ORDERS_PER_IP: 5,
  GUEST_ORDERS_PER_EMAIL: 3,
  GUEST_UNITS_PER_SKU: 5,
} as const;
/** Windows of the two order counts. */
export const GUEST_ORDER_WINDOWS = { perIpMinutes: 10, perEmailMinutes: 60 } as const;

function setting(env: Record<string, string | undefined>, name: keyof typeof GUEST_LIMIT_DEFAULTS): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return GUEST_LIMIT_DEFAULTS[name];
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 1_000_000)
    throw new Error(`${name} must be a whole number from 0 (no limit) to 1000000, got "${value}"`);
  return number;
}

export function guestLimits(env: Record<string, string | undefined>): GuestLimits {
  return {
    perIp: { limit: setting(env, 'GUEST_ORDERS_PER_IP'), windowMinutes: GUEST_ORDER_WINDOWS.perIpMinutes },
    perEmail: { limit: setting(env, 'GUEST_ORDERS_PER_EMAIL'), windowMinutes: GUEST_ORDER_WINDOWS.perEmailMinutes },
    unitsPerSku: setting(env, 'GUEST_UNITS_PER_SKU'),
  };
}

/** The first line over the per-SKU cap (0: no cap), or null. */
export function lineOverUnitCap<L extends { sku: string; quantity: number }>(lines: L[], cap: number): L | null {
  if (cap <= 0) return null;
  return lines.find((line) => line.quantity > cap) ?? null;
}
