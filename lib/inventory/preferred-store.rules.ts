/**
 * The visitor's chosen store for click & collect (a store code), kept in a cookie. Product pages and the
 * cart promise pickup there; it is part of the page-cache key (lib/platform/server/page-cache.ts).
 */
export const PREFERRED_STORE_COOKIE = 'preferred_store';
