// The value of a pickup-time option names its store as well as its start. Without JavaScript the form
// lists the times of every store, and the action must be able to tell a time of another store apart.

const SEPARATOR = '|';

/** "<store id>|<slot start as ISO instant>". */
export function pickupSlotValue(storeId: string, start: string): string {
  return `${storeId}${SEPARATOR}${start}`;
}

/** The store and start of an option value; a value without a store is taken as a bare start. */
export function parsePickupSlotValue(value: string): { storeId: string | undefined; start: string } {
  const at = value.indexOf(SEPARATOR);
  return at < 0 ? { storeId: undefined, start: value } : { storeId: value.slice(0, at), start: value.slice(at + 1) };
}
