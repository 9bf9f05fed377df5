// Sales channels with their supplying locations and a publishable key; the assortment decisions of a new
// channel are materialised at once, as the admin's createChannel does.
import type { Executor } from '@/db/client';
import { channelLocations, channels, publishableKeys } from '@/db/schema';
import { rebuildAssortment } from '@/lib/assortment/assortment-decisions.writes';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { BASE_CURRENCY } from '@/lib/platform/money.rules';
import { uniqueSuffix } from './unique';

const KIND_NAMES: Record<ChannelContext['kind'], string> = {
  online: 'Online shop',
  showroom: 'Showroom',
  b2b: 'B2B portal',
  marketplace: 'Marketplace',
};

export type ChannelOverrides = {
  code?: string;
  name?: string;
  kind?: ChannelContext['kind'];
  currency?: string;
  /** Default: gross prices everywhere but b2b. */
  pricesIncludeVat?: boolean;
  active?: boolean;
  assortmentMode?: 'all' | 'selected';
  /** The channel's language (feeds, API calls without one); default en. */
  locale?: 'en' | 'de';
  locationIds?: string[];
  /** The publishable key's token; null: no key. Default: a random one. */
  key?: string | null;
};

/** A channel as the read functions see it (ChannelContext), plus its key. */
export type MadeChannel = ChannelContext & {
  active: boolean;
  assortmentMode: 'all' | 'selected';
  key: string | null;
  keyId: string | null;
};

export async function makeChannel(db: Executor, overrides: ChannelOverrides = {}): Promise<MadeChannel> {
  const suffix = uniqueSuffix();
  const kind = overrides.kind ?? 'online';
  const [row] = await db
    .insert(channels)
    .values({
      code: overrides.code ?? `${kind}-${suffix}`,
      name: overrides.name ?? `${KIND_NAMES[kind]} ${suffix}`,
      kind,
      currency: overrides.currency ?? BASE_CURRENCY,
      pricesIncludeVat: overrides.pricesIncludeVat ?? kind !== 'b2b',
      active: overrides.active ?? true,
      assortmentMode: overrides.assortmentMode ?? 'all',
      locale: overrides.locale ?? 'en',
    })
    .returning();
  const locationIds = overrides.locationIds ?? [];
  if (locationIds.length)
    await db.insert(channelLocations).values(locationIds.map((locationId) => ({ channelId: row!.id, locationId })));
  const key =
    overrides.key === null ? null : await makePublishableKey(db, { channelId: row!.id, token: overrides.key });
  await rebuildAssortment(db, [row!.id]);
  return {
    id: row!.id,
    code: row!.code,
    name: row!.name,
    kind: row!.kind,
    currency: row!.currency,
    pricesIncludeVat: row!.pricesIncludeVat,
    locale: row!.locale === 'de' ? 'de' : 'en',
    active: row!.active,
    assortmentMode: row!.assortmentMode,
    locationIds,
    key: key?.token ?? null,
    keyId: key?.id ?? null,
  };
}

export async function makePublishableKey(
  db: Executor,
  input: { channelId: string; token?: string; name?: string },
): Promise<{ id: string; token: string; name: string }> {
  const [key] = await db
    .insert(publishableKeys)
    .values({
      channelId: input.channelId,
      name: input.name ?? 'Test key',
      token: input.token ?? `pk_test_${uniqueSuffix()}`,
    })
    .returning({ id: publishableKeys.id, token: publishableKeys.token, name: publishableKeys.name });
  return key!;
}
