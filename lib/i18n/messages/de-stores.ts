import type { enStores } from './en-stores';

// German strings of the stores pages (spread into de.ts), the same keys as en-stores.ts.
export const deStores: Record<keyof typeof enStores, string> = {
};
