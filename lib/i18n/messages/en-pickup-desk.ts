// English strings of the pickup-desk pages (spread into en.ts); de-pickup-desk.ts holds the same keys.
export const enPickupDesk = {
} as const;
