/** Dispatched on window after a cart change in this tab, so the header badge fetches its count again. */
export const CART_CHANGED_EVENT = 'cart:changed';
