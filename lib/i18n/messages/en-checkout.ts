// English strings of the checkout pages (spread into en.ts); de-checkout.ts holds the same keys.
export const enCheckout = {
} as const;
