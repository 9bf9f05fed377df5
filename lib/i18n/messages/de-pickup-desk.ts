import type { enPickupDesk } from './en-pickup-desk';

// German strings of the pickup-desk pages (spread into de.ts), the same keys as en-pickup-desk.ts.
export const dePickupDesk: Record<keyof typeof enPickupDesk, string> = {
};
