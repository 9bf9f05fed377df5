// Quotes as staff, their customer and the holder of their link see them (docs/showroom.md).
import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { customerProfiles, locations, orders, quoteLines, quotes, users } from '@/db/schema';
import { can, type Actor } from '@/lib/platform/auth/permissions.rules';
import { BUSINESS_TIME_ZONE } from '@/lib/platform/business-time.rules';
import { quoteState, quoteValidDays, validUntilRange, type QuoteState } from './quotes.rules';

/** A quote named by its id (staff, the account) or by its link's token. */
export type QuoteRef = { quoteId: string } | { token: string };

export const quoteTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export type QuoteLineView = {
  variantId: string;
  sku: string;
  productName: string;
  quantity: number;
  unitAmount: number;
  lineAmount: number;
};

export type QuoteView = {
  id: string;
  number: number;
  channelId: string;
  status: 'open' | 'ordered' | 'withdrawn';
  /** What the customer sees: open, expired (past its last day in the store's time zone), ordered, withdrawn. */
  state: QuoteState;
  validUntil: string;
  createdAt: Date;
  currency: string;
  pricesIncludeVat: boolean;
  totalAmount: number;
  locationId: string | null;
  storeName: string | null;
  createdById: string | null;
  staffName: string | null;
  profileId: string;
  customer: { name: string; email: string; customerNumber: number };
  order: { id: string; number: number } | null;
  lines: QuoteLineView[];
};

const staff = alias(users, 'quote_staff');

async function findQuotes(db: Executor, where: SQL | undefined, now: Date): Promise<QuoteView[]> {
  const rows = await db
    .select({
      id: quotes.id,
      number: quotes.number,
      channelId: quotes.channelId,
      status: quotes.status,
      validUntil: quotes.validUntil,
      createdAt: quotes.createdAt,
      currency: quotes.currency,
      pricesIncludeVat: quotes.pricesIncludeVat,
      totalAmount: quotes.totalAmount,
      locationId: quotes.locationId,
      storeName: locations.name,
      timeZone: locations.timeZone,
      createdById: quotes.createdById,
      staffName: staff.name,
      profileId: quotes.profileId,
      firstName: customerProfiles.firstName,
      lastName: customerProfiles.lastName,
      email: customerProfiles.email,
      customerNumber: customerProfiles.customerNumber,
      orderId: orders.id,
      orderNumber: orders.number,
    })
    .from(quotes)
    .innerJoin(customerProfiles, eq(customerProfiles.id, quotes.profileId))
    .leftJoin(locations, eq(locations.id, quotes.locationId))
    .leftJoin(staff, eq(staff.id, quotes.createdById))
    .leftJoin(orders, eq(orders.id, quotes.orderId))
    .where(where)
    .orderBy(desc(quotes.createdAt));
  if (rows.length === 0) return [];
  const lines = await db
    .select({
      quoteId: quoteLines.quoteId,
      variantId: quoteLines.variantId,
      sku: quoteLines.sku,
      productName: quoteLines.productName,
      quantity: quoteLines.quantity,
      unitAmount: quoteLines.unitAmount,
      lineAmount: quoteLines.lineAmount,
    })
    .from(quoteLines)
    .where(sql`${quoteLines.quoteId} in ${rows.map((r) => r.id)}`)
    .orderBy(asc(quoteLines.sku));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    channelId: r.channelId,
    status: r.status,
    state: quoteState(r.status, r.validUntil, now, r.timeZone ?? BUSINESS_TIME_ZONE),
    validUntil: r.validUntil,
    createdAt: r.createdAt,
    currency: r.currency,
    pricesIncludeVat: r.pricesIncludeVat,
    totalAmount: r.totalAmount,
    locationId: r.locationId,
    storeName: r.storeName,
    createdById: r.createdById,
    staffName: r.staffName,
    profileId: r.profileId,
    customer: {
      name: `${r.firstName} ${r.lastName}`.trim() || r.email,
      email: r.email,
      customerNumber: r.customerNumber,
    },
    order: r.orderId && r.orderNumber ? { id: r.orderId, number: r.orderNumber } : null,
    lines: lines.filter((l) => l.quoteId === r.id).map(({ quoteId: _quoteId, ...line }) => line),
  }));
}

/**
 * The quotes an account owns: those of its customer profile, and of a profile staff made in a store for
 * the account's (confirmed) e-mail address before the account was linked to it.
 */
function ownedBy(actor: Actor): SQL {
  return sql`${quotes.profileId} in (select p.id from ${customerProfiles} p where ${or(
    eq(sql`p.user_id`, actor.userId),
    and(isNull(sql`p.user_id`), eq(sql`lower(p.email)`, actor.email.toLowerCase())),
  )})`;
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A quote for staff who may sell at its store (admins everywhere); null when unknown or not theirs. */
export async function getStaffQuote(db: Executor, actor: Actor | null, id: string, now = new Date()) {
  if (!actor || !isUuid(id)) return null;
  const [quote] = await findQuotes(db, eq(quotes.id, id), now);
  if (!quote?.locationId || !can(actor, 'showroom:sell', { store: quote.locationId })) return null;
  return quote;
}

/** The signed-in customer's quotes, newest first. */
export function listAccountQuotes(db: Executor, actor: Actor, now = new Date()): Promise<QuoteView[]> {
  return findQuotes(db, ownedBy(actor), now);
}

/** One of the signed-in customer's quotes; null when unknown or someone else's. */
export async function getAccountQuote(db: Executor, actor: Actor, id: string, now = new Date()) {
  if (!isUuid(id)) return null;
  const [quote] = await findQuotes(db, and(eq(quotes.id, id), ownedBy(actor)), now);
  return quote ?? null;
}

/** The quote behind a link (the token is the proof; only its sha256 is stored); null when unknown. */
export async function findQuoteByToken(db: Executor, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [quote] = await findQuotes(db, eq(quotes.tokenHash, quoteTokenHash(token)), now);
  return quote ?? null;
}

/** The quote a caller may order: their own by id, or any by its link's token. */
export function findOrderableQuote(db: Executor, actor: Actor | null, ref: QuoteRef, now = new Date()) {
  if ('token' in ref) return findQuoteByToken(db, ref.token, now);
  return actor ? getAccountQuote(db, actor, ref.quoteId, now) : Promise.resolve(null);
}

/** The dates a quote saved now at this store may be valid until (its time zone), with the default. */
export async function getQuoteValidity(db: Executor, storeId: string, now = new Date()) {
  const [store] = await db.select({ timeZone: locations.timeZone }).from(locations).where(eq(locations.id, storeId));
  return validUntilRange(now, store?.timeZone ?? BUSINESS_TIME_ZONE, quoteValidDays(process.env));
}
