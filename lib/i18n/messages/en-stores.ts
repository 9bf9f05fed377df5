// English strings of the stores pages (spread into en.ts); de-stores.ts holds the same keys.
export const enStores = {
} as const;
