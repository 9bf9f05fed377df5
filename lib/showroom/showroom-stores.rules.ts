// Which stores a staff member may open showroom mode for, and whether they choose or go straight in.

export type ShowroomStore = { id: string; code: string; name: string; city: string };

/** Where the actor may sell (storesWhere(actor, 'showroom:sell')): every store, or their assigned ones. */
export type ShowroomReach = 'all' | readonly string[];

/** The stores offered: every active store for a role that reaches everywhere, else only the assigned ones. */
export function showroomStoresFor(reach: ShowroomReach, stores: readonly ShowroomStore[]): ShowroomStore[] {
  return reach === 'all' ? [...stores] : stores.filter((store) => reach.includes(store.id));
}

export type ShowroomEntry =
  { kind: 'none' } | { kind: 'direct'; store: ShowroomStore } | { kind: 'choose'; stores: ShowroomStore[] };

/** No store: nothing to open; exactly one: straight in; several: the staff member chooses. */
export function showroomEntry(stores: readonly ShowroomStore[]): ShowroomEntry {
  if (stores.length === 0) return { kind: 'none' };
  if (stores.length === 1) return { kind: 'direct', store: stores[0]! };
  return { kind: 'choose', stores: [...stores] };
}
