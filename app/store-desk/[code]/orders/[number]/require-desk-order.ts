import 'server-only';
// The guard every desk page of one order shares: the store exists, the actor works it, the order is a
// pickup order of that store. Anything else is a 404 or 403 page, never another store's order.
import { forbidden, notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getDb } from '@/lib/platform/db';
import type { Locale } from '@/lib/platform/i18n/locales';
import { findDeskOrder } from '@/lib/pickup/desk-orders.reads';
import { findDeskStore } from '@/lib/pickup/pickup-desk.reads';

export async function requireDeskOrder(code: string, number: string, path: string, locale: Locale) {
  const actor = await requirePagePermission('orders:manage', path);
  const db = getDb();
  const store = await findDeskStore(db, code);
  if (!store) notFound();
  if (!can(actor, 'orders:manage', { store: store.id })) forbidden();
  if (!/^\d{1,15}$/.test(number)) notFound();
  const order = await findDeskOrder(db, store.id, Number(number), locale);
  if (!order) notFound();
  return { actor, store, order };
}
