// How many sign-ups one client address may attempt per hour: `SIGN_UPS_PER_IP` (default 10, 0: no
// limit). Every attempt costs a password hash and queues an e-mail, so refused ones count too.
export const SIGN_UP_WINDOW_MINUTES = 60;
export const DEFAULT_SIGN_UPS_PER_IP = 10;

export function signUpLimit(env: Record<string, string | undefined>): { limit: number; windowMinutes: number } {
  const value = env.SIGN_UPS_PER_IP;
  let limit: number = DEFAULT_SIGN_UPS_PER_IP;
  if (value !== undefined && value.trim() !== '') {
    limit = Number(value);
    if (!Number.isInteger(limit) || limit < 0 || limit > 1_000_000)
      throw new Error(`SIGN_UPS_PER_IP must be a whole number from 0 (no limit) to 1000000, got "${value}"`);
  }
  return { limit, windowMinutes: SIGN_UP_WINDOW_MINUTES };
}
