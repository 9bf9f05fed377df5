// The two cookies of assisted selling (docs/showroom.md). Both are httpOnly and name a row whose use is
// checked again on every request (lib/platform/request-context.ts), so a copied value gives nothing.

/**
 * The customer in context of a showroom session: a customer profile id. It counts only inside a showroom
 * session (staff with `showroom:sell` at the session's store); their prices then apply.
 */
export const SHOWROOM_CUSTOMER_COOKIE = 'showroom_customer';

/**
 * On the customer's own device: a cart staff handed off or a quote the customer is ordering. While it
 * names a live assisted cart the visitor shops in that cart's channel (showroom) with that cart, without
 * any staff session; placing the order ends it.
 */
export const ASSISTED_CART_COOKIE = 'assisted_cart';

/** A working day on the shop floor: the showroom session's cookie and the customer in context last as long. */
export const SHOWROOM_SESSION_SECONDS = 60 * 60 * 12;
