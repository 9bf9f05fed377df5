// What staff in a showroom session read about customers: the search (by e-mail, customer number or phone,
// each an index lookup) and the profile of the customer in context. No password data, no payment details.
import 'server-only';
import { and, asc, desc, eq, inArray, notInArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { channels, consentRecords, customerProfiles, locations, orders, quotes, users } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { maskPhone, parseCustomerQuery } from './customer-lookup.rules';
import type { ConsentPurpose } from './showroom-customers.schemas';

/** At most this many hits, orders, pickups and quotes are listed. */
export const CUSTOMER_LIST_LIMIT = 20;

export type CustomerHit = {
  profileId: string;
  customerNumber: number;
  firstName: string;
  lastName: string;
  email: string;
  /** Only its last three digits (maskPhone): a list shows several people. */
  maskedPhone: string | null;
};

const hitColumns = {
  profileId: customerProfiles.id,
  customerNumber: customerProfiles.customerNumber,
  firstName: customerProfiles.firstName,
  lastName: customerProfiles.lastName,
  email: customerProfiles.email,
  phone: customerProfiles.phone,
};

type HitRow = Omit<CustomerHit, 'maskedPhone'> & { phone: string | null };
const toHit = ({ phone, ...row }: HitRow): CustomerHit => ({ ...row, maskedPhone: phone ? maskPhone(phone) : null });

/**
 * The customers a query names (customer-lookup.rules.ts): the profile with that e-mail, that customer
 * number, or a phone number whose digits match in any of its forms. Staff at the store only.
 */
export async function findShowroomCustomers(
  db: Executor,
  actor: Actor | null,
  storeId: string,
  text: string,
): Promise<CustomerHit[]> {
  requirePermission(actor, 'showroom:sell', { store: storeId });
  const query = parseCustomerQuery(text);
  if (!query) return [];
  const matches: SQL[] = [];
  if (query.email) matches.push(eq(customerProfiles.email, query.email));
  if (query.customerNumber !== null) matches.push(eq(customerProfiles.customerNumber, query.customerNumber));
  if (query.phoneDigits.length) matches.push(inArray(customerProfiles.phoneDigits, query.phoneDigits));
  const rows = await db
    .select(hitColumns)
    .from(customerProfiles)
    .where(or(...matches))
    .orderBy(asc(customerProfiles.lastName), asc(customerProfiles.firstName), asc(customerProfiles.customerNumber))
    .limit(CUSTOMER_LIST_LIMIT);
  return rows.map(toHit);
}

/** The profile holding an e-mail address (a duplicate the create form offers to choose instead). */
export async function findCustomerByEmail(db: Executor, email: string): Promise<CustomerHit | null> {
  const [row] = await db.select(hitColumns).from(customerProfiles).where(eq(customerProfiles.email, email));
  return row ? toHit(row) : null;
}

export type ConsentState = {
  purpose: ConsentPurpose;
  granted: boolean;
  recordedAt: Date;
  /** The store where it was recorded; null when given online. */
  locationName: string | null;
  recordedByName: string | null;
};

export type ProfileOrder = {
  id: string;
  number: number;
  placedAt: Date;
  channelName: string;
  status: (typeof orders.$inferSelect)['status'];
  totalAmount: number;
  currency: string;
};

export type ProfilePickup = ProfileOrder & { storeName: string | null };

export type ProfileQuote = {
  id: string;
  number: number;
  validUntil: string;
  totalAmount: number;
  currency: string;
  status: (typeof quotes.$inferSelect)['status'];
};

export type ShowroomCustomerProfile = {
  profileId: string;
  hasAccount: boolean;
  customerNumber: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  /** The latest choice per purpose; a purpose never asked is missing. */
  consents: ConsentState[];
  orders: ProfileOrder[];
  pickups: ProfilePickup[];
  quotes: ProfileQuote[];
};

/** Statuses after which nothing waits at the counter. */
const PICKUP_DONE = ['collected', 'cancelled', 'returned'] as const;

/**
 * What staff see of the customer in context: details, the current consent per purpose, orders from every
 * channel (by their account or their e-mail, as guests order by e-mail), open pickups and saved quotes.
 */
export async function getShowroomCustomerProfile(
  db: Executor,
  actor: Actor | null,
  storeId: string,
  profileId: string,
): Promise<ShowroomCustomerProfile | null> {
  requirePermission(actor, 'showroom:sell', { store: storeId });
  const [profile] = await db
    .select({ ...hitColumns, userId: customerProfiles.userId })
    .from(customerProfiles)
    .where(eq(customerProfiles.id, profileId));
  if (!profile) return null;
  const theirs = profile.userId
    ? or(eq(orders.userId, profile.userId), eq(orders.email, profile.email))!
    : eq(orders.email, profile.email);
  const [consents, orderRows, pickups, quoteRows] = await Promise.all([
    listConsents(db, profileId),
    listOrders(db, theirs),
    listOpenPickups(db, theirs),
    listQuotes(db, profileId),
  ]);
  const { userId, ...details } = profile;
  return { ...details, hasAccount: userId !== null, consents, orders: orderRows, pickups, quotes: quoteRows };
}

function listConsents(db: Executor, profileId: string): Promise<ConsentState[]> {
  return db
    .selectDistinctOn([consentRecords.purpose], {
      purpose: consentRecords.purpose,
      granted: consentRecords.granted,
      recordedAt: consentRecords.recordedAt,
      locationName: locations.name,
      recordedByName: users.name,
    })
    .from(consentRecords)
    .leftJoin(locations, eq(locations.id, consentRecords.locationId))
    .leftJoin(users, eq(users.id, consentRecords.recordedById))
    .where(eq(consentRecords.profileId, profileId))
    .orderBy(consentRecords.purpose, desc(consentRecords.recordedAt), desc(consentRecords.id));
}

const orderColumns = {
  id: orders.id,
  number: orders.number,
  placedAt: orders.placedAt,
  channelName: channels.name,
  status: orders.status,
  totalAmount: orders.totalAmount,
  currency: orders.currency,
};

function listOrders(db: Executor, theirs: SQL): Promise<ProfileOrder[]> {
  return db
    .select(orderColumns)
    .from(orders)
    .innerJoin(channels, eq(channels.id, orders.channelId))
    .where(theirs)
    .orderBy(desc(orders.placedAt), desc(orders.number))
    .limit(CUSTOMER_LIST_LIMIT);
}

function listOpenPickups(db: Executor, theirs: SQL): Promise<ProfilePickup[]> {
  return db
    .select({ ...orderColumns, storeName: locations.name })
    .from(orders)
    .innerJoin(channels, eq(channels.id, orders.channelId))
    .leftJoin(locations, eq(locations.id, orders.pickupLocationId))
    .where(
      and(theirs, inArray(orders.fulfilment, ['pickup', 'ship_to_store']), notInArray(orders.status, [...PICKUP_DONE])),
    )
    .orderBy(asc(orders.placedAt), asc(orders.number))
    .limit(CUSTOMER_LIST_LIMIT);
}

function listQuotes(db: Executor, profileId: string): Promise<ProfileQuote[]> {
  return db
    .select({
      id: quotes.id,
      number: quotes.number,
      validUntil: quotes.validUntil,
      totalAmount: quotes.totalAmount,
      currency: quotes.currency,
      status: quotes.status,
    })
    .from(quotes)
    .where(eq(quotes.profileId, profileId))
    .orderBy(desc(quotes.createdAt), desc(quotes.number))
    .limit(CUSTOMER_LIST_LIMIT);
}
