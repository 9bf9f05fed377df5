import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can, type Actor } from '@/lib/platform/auth/permissions.rules';
import { getAssortmentScope, getCachedCategoryTree, getCachedChannel } from '@/lib/catalog/cached-catalog.reads';
import { ANONYMOUS_AUDIENCE, findPricingContext, type PricingAudience } from '@/lib/pricing/prices.reads';
import { chooseChannel, SHOWROOM_COOKIE, type ChannelAudience } from '@/lib/channels/channel-routing.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { getDb } from '@/lib/platform/db';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/platform/i18n/locales';

/**
 * Everything a storefront request depends on besides its URL and language, resolved once per request:
 * who is signed in, whose prices apply, and which channel they shop (lib/channels/channel-routing.rules.ts):
 * the storefront channel by default, b2b for company members and b2b hosts, showroom for staff in
 * showroom mode. Pages, actions, the cart, the checkout and the page-cache key (lib/platform/server/visitor.ts)
 * all follow the same rules.
 */
export const getRequestContext = cache(async () => {
  const [actor, requestHeaders, jar] = await Promise.all([getCurrentActor(), headers(), cookies()]);
  const pricing = actor ? await findPricingContext(getDb(), actor.userId) : null;
  const audience: PricingAudience = pricing?.audience ?? ANONYMOUS_AUDIENCE;
  const choice = chooseChannel(channelRouting(), {
    host: requestHeaders.get('host'),
    companyMember: audience.companyId !== null,
    showroomStoreId: showroomStoreOf(actor, jar.get(SHOWROOM_COOKIE)?.value),
  });
  const channel = await getCachedChannel(choice.code);
  if (!channel) notFound();
  const audienceKind: ChannelAudience = choice.audience;
  return { actor, audience, channel, audienceKind, showroomStoreId: choice.showroomStoreId };
});

/**
 * The channel and prices a person shops with once signed in, by the same rules: the sign-in action
 * moves the guest cart there before the session exists. Null when that channel is not active.
 */
export async function resolveShopperContext(userId: string) {
  const [pricing, requestHeaders] = await Promise.all([findPricingContext(getDb(), userId), headers()]);
  const audience: PricingAudience = pricing?.audience ?? ANONYMOUS_AUDIENCE;
  const choice = chooseChannel(channelRouting(), {
    host: requestHeaders.get('host'),
    companyMember: audience.companyId !== null,
  });
  const channel = await getCachedChannel(choice.code);
  return channel ? { channel, audience } : null;
}

function showroomStoreOf(actor: Actor | null, storeId: string | undefined): string | null {
  return storeId && can(actor, 'showroom:sell', { store: storeId }) ? storeId : null;
}

/** The channel this visitor shops. */
export const getStorefrontChannel = async () => (await getRequestContext()).channel;

/** Whose prices the storefront shows: everyone's, or a signed-in buyer's groups and company contract. */
export const getStorefrontAudience = async () => (await getRequestContext()).audience;

/** Where the visitor's listings look: their channel, narrowed to their audiences with rules. */
export const getStorefrontAssortment = cache(async () => {
  const { channel, audience } = await getRequestContext();
  return getAssortmentScope(channel.id, audience);
});

/** The navigation: the channel's categories that hold products listed for this visitor. */
export const getCategoryTree = cache(async () =>
  getCachedCategoryTree(await getStorefrontAssortment(), await getVisitorLocale()),
);

/** The visitor's language (the locale cookie, else Accept-Language: lib/platform/i18n/request.ts). */
export const getVisitorLocale = cache(async (): Promise<Locale> => {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
});
