// The catalogue of error codes: every failure that may cross a boundary, with its HTTP status and the
// parameters its message may use. The texts are in the message catalogues under `errors.<code>` (en and
// de; error-codes.test.ts checks both), made at the edge in the visitor's language (./error-text.ts).
export const ERROR_CODES = {
  // The request itself
  'request.invalid': { status: 400 },
  'request.unprocessable': { status: 422 },
  'request.not_json': { status: 415 },
  'request.not_object': { status: 400 },
  'request.nul_character': { status: 400 },
  'request.bad_encoding': { status: 400 },
  'request.too_large': { status: 413, params: ['maxKb'] },
  'request.method_not_allowed': { status: 405, params: ['method'] },
  'request.cross_origin_form': { status: 403 },
  'request.form_unreadable': { status: 400 },
  'server.error': { status: 500 },
  // Who calls
  'auth.sign_in_required': { status: 401 },
  'auth.forbidden': { status: 403 },
  'api.key_missing': { status: 401 },
  'api.key_unknown': { status: 401 },
  'api.key_revoked': { status: 403 },
  'api.key_other_channel': { status: 403, params: ['keyChannel', 'channel'] },
  'company.not_member': { status: 403 },
  // Things looked up
  'channel.inactive': { status: 404, params: ['channel'] },
  'channel.not_found': { status: 404 },
  'channel.code_taken': { status: 409 },
  'key.not_found': { status: 404 },
  'feed.not_found': { status: 404 },
  'feed.not_marketplace': { status: 404, params: ['channel'] },
  'lookup.not_found': { status: 404 },
  'category.not_found': { status: 404, params: ['category'] },
  'product.not_found': { status: 404 },
  'variant.not_found': { status: 404, params: ['sku'] },
  'store.no_pickup': { status: 404, params: ['channel'] },
  'price_list.not_found': { status: 404 },
  'price_entry.not_found': { status: 404 },
  'assortment_rule.not_found': { status: 404 },
  'content_page.not_found': { status: 404 },
  'synonym_group.not_found': { status: 404 },
  'csv.invalid': { status: 422, params: ['count'] },
  'password.blank': { status: 422 },
  'password.repeated': { status: 422 },
  'password.common': { status: 422 },
  'password.contains_email': { status: 422 },
  'password.contains_name': { status: 422 },
  // Cart
  'cart.not_found': { status: 404 },
  'cart.line_not_found': { status: 404 },
  'cart.other_channel': { status: 403 },
  'cart.empty': { status: 422 },
  'cart.items_unavailable': { status: 422, params: ['skus', 'count'] },
  'cart.quantity_limit': { status: 422, params: ['inCart', 'max'] },
  'cart.cleanup_age': { status: 400 },
  'product.unknown_sku': { status: 422, params: ['sku'] },
  'product.unavailable': { status: 422, params: ['product'] },
  'product.not_sold_here': { status: 422, params: ['product'] },
  'product.unpriced': { status: 422 },
  // Checkout
  'stock.insufficient': { status: 409, params: ['product', 'sku', 'available', 'place', 'store'] },
  'stock.sold_out': { status: 409, params: ['product', 'sku'] },
  'checkout.in_progress': { status: 409 },
  'checkout.collision': { status: 409 },
  'checkout.key_missing': { status: 400 },
  'checkout.key_reused': { status: 422 },
  'checkout.slot_other_store': { status: 422 },
  'checkout.cart_gone': { status: 422 },
  'checkout.guest_units_per_sku': { status: 422, params: ['limit', 'sku'] },
  'checkout.guest_rate_limited': { status: 429, params: ['minutes'] },
  // Quotes (docs/showroom.md)
  'quote.not_found': { status: 404 },
  'quote.customer_required': { status: 422 },
  'quote.valid_until_range': { status: 422, params: ['from', 'to'] },
  'quote.expired': { status: 409, params: ['date'] },
  'quote.withdrawn': { status: 409 },
  'quote.ordered': { status: 409 },
  'quote.lines_changed': { status: 409 },
  'quote.cart_locked': { status: 422 },
  'payment.declined': { status: 422 },
  'payment.card_missing': { status: 422 },
  'payment.card_invalid': { status: 422 },
  'payment.amount_invalid': { status: 422 },
  'payment.pickup_only': { status: 422 },
  'payment.invoice_sign_in': { status: 422 },
  'payment.terminal_in_store': { status: 422 },
  'pickup.store_required': { status: 422 },
  'pickup.not_offered': { status: 422, params: ['store', 'channel'] },
  'slot.invalid': { status: 422 },
  'slot.closed_day': { status: 422, params: ['store'] },
  'slot.misaligned': { status: 422, params: ['minutes'] },
  'slot.outside_window': { status: 422, params: ['store'] },
  'slot.past': { status: 422 },
  'slot.full': { status: 422 },
  'slot.beyond_window': { status: 422, params: ['days'] },
  'slot.before_arrival': { status: 422, params: ['date'] },
  // Hand-off of a showroom cart to the customer's phone
  'handoff.not_found': { status: 404 },
  'handoff.used': { status: 410 },
  'handoff.expired': { status: 410 },
  'handoff.rate_limited': { status: 429, params: ['minutes'] },
  // Orders and the pickup desk
  'order.not_found': { status: 404 },
  'order.other_store': { status: 403 },
  'order.status_unknown': { status: 400, params: ['status'] },
  'order.transition_fulfilment': { status: 409, params: ['fulfilment', 'to'] },
  'order.transition_invalid': { status: 409, params: ['from', 'to'] },
  'order.changed_meanwhile': { status: 409 },
  'order.stock_mismatch': { status: 409, params: ['sku'] },
  // The showroom's customer in context
  'showroom.session_required': { status: 403 },
  'customer.not_found': { status: 404 },
  'customer.search_rate_limited': { status: 429, params: ['minutes'] },
  'handoff.in_showroom': { status: 409 },
  'customer.email_taken': { status: 409 },
  'pickup.code_mismatch': { status: 422 },
  'pickup.payment_due': { status: 409 },
  'pickup.not_pay_at_pickup': { status: 409 },
  'pickup.already_paid': { status: 409 },
} as const satisfies Record<string, { status: number; params?: readonly string[] }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A message parameter: a number, a name, a SKU (never a sentence: sentences come from the catalogues). */
export type ParamValue = string | number;

/** The parameters a code declares, all required. */
export type ErrorParams<C extends ErrorCode> = (typeof ERROR_CODES)[C] extends {
  params: readonly (infer P extends string)[];
}
  ? Record<P, ParamValue>
  : never;

export const errorStatus = (code: ErrorCode): number => ERROR_CODES[code].status;

export const declaredParams = (code: ErrorCode): readonly string[] =>
  (ERROR_CODES[code] as { params?: readonly string[] }).params ?? [];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);

/**
 * The problem type of a code: a URI reference to the code's entry in the OpenAPI document (served by
 * every instance at /api/v1/openapi.json, `x-error-codes`), so it resolves against the API's origin.
 */
export const errorTypeUri = (code: ErrorCode): string => `/api/v1/openapi.json#/x-error-codes/${code}`;
