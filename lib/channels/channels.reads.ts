import 'server-only';
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { channelLocations, channels, publishableKeys } from '@/db/schema';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/platform/i18n/locales';

export type ChannelContext = {
  id: string;
  code: string;
  name: string;
  kind: 'online' | 'showroom' | 'b2b' | 'marketplace';
  currency: string;
  pricesIncludeVat: boolean;
  /** The channel's language: feeds use it, and API calls that ask for none (docs/i18n.md). */
  locale: Locale;
  /** Locations whose stock this channel sells. */
  locationIds: string[];
};

/** An active channel by code, with its supplying locations; null when unknown or inactive. */
export function findActiveChannel(db: Executor, code: string): Promise<ChannelContext | null> {
  return findActive(db, eq(channels.code, code));
}

/** The same by id (e.g. a cart's channel). */
export function findActiveChannelById(db: Executor, id: string): Promise<ChannelContext | null> {
  return findActive(db, eq(channels.id, id));
}

async function findActive(db: Executor, condition: SQL): Promise<ChannelContext | null> {
  const rows = await db
    .select({
      id: channels.id,
      code: channels.code,
      name: channels.name,
      kind: channels.kind,
      currency: channels.currency,
      pricesIncludeVat: channels.pricesIncludeVat,
      locale: channels.locale,
      active: channels.active,
      locationId: channelLocations.locationId,
    })
    .from(channels)
    .leftJoin(channelLocations, eq(channelLocations.channelId, channels.id))
    .where(condition);
  const first = rows[0];
  if (!first || !first.active) return null;
  return {
    id: first.id,
    code: first.code,
    name: first.name,
    kind: first.kind,
    currency: first.currency,
    pricesIncludeVat: first.pricesIncludeVat,
    locale: isLocale(first.locale) ? first.locale : DEFAULT_LOCALE,
    locationIds: rows.flatMap((r) => (r.locationId ? [r.locationId] : [])),
  };
}

export type ChannelSummary = {
  code: string;
  name: string;
  kind: ChannelContext['kind'];
  currency: string;
  pricesIncludeVat: boolean;
};

export async function listActiveChannels(db: Executor): Promise<ChannelSummary[]> {
  return db
    .select({
      code: channels.code,
      name: channels.name,
      kind: channels.kind,
      currency: channels.currency,
      pricesIncludeVat: channels.pricesIncludeVat,
    })
    .from(channels)
    .where(eq(channels.active, true))
    .orderBy(asc(channels.code));
}

/** Channels by id (active or not), for pricing in the back office; without their locations. */
export async function findChannelsByIds(
  db: Executor,
  ids: string[],
): Promise<Array<ChannelContext & { active: boolean }>> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: channels.id,
      code: channels.code,
      name: channels.name,
      kind: channels.kind,
      currency: channels.currency,
      pricesIncludeVat: channels.pricesIncludeVat,
      locale: channels.locale,
      active: channels.active,
    })
    .from(channels)
    .where(inArray(channels.id, ids))
    .orderBy(asc(channels.code));
  return rows.map((row) => ({ ...row, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE, locationIds: [] }));
}

/** The channel a publishable key names, and whether the key was revoked; null when unknown. */
export async function findPublishableKey(
  db: Executor,
  token: string,
): Promise<{ channelCode: string; revoked: boolean } | null> {
  const [row] = await db
    .select({ channelCode: channels.code, revokedAt: publishableKeys.revokedAt })
    .from(publishableKeys)
    .innerJoin(channels, eq(channels.id, publishableKeys.channelId))
    .where(eq(publishableKeys.token, token));
  return row ? { channelCode: row.channelCode, revoked: row.revokedAt !== null } : null;
}
