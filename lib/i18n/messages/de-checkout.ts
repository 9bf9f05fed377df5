import type { enCheckout } from './en-checkout';

// German strings of the checkout pages (spread into de.ts), the same keys as en-checkout.ts.
export const deCheckout: Record<keyof typeof enCheckout, string> = {
};
