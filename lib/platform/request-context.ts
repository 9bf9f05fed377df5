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
import { z } from 'zod';
import { isCartId } from '@/lib/cart/cart.schemas';
import { ASSISTED_CART_COOKIE, SHOWROOM_CUSTOMER_COOKIE } from '@/lib/showroom/assisted-selling.rules';
import { findAssistedCart, findShowroomCustomer, type ShowroomCustomer } from '@/lib/showroom/assisted-context.reads';
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
  const showroomStoreId = showroomStoreOf(actor, jar.get(SHOWROOM_COOKIE)?.value);
  const choice = chooseChannel(channelRouting(), {
    host: requestHeaders.get('host'),
    companyMember: pricing?.audience.companyId != null,
    showroomStoreId,
  });
  // Showroom: the customer in context's prices (a walk-in's are everyone's), never the staff member's own.
  const showroomCustomer = showroomStoreId ? await customerInContext(jar.get(SHOWROOM_CUSTOMER_COOKIE)?.value) : null;
  const audience: PricingAudience = showroomStoreId
    ? await audienceOfCustomer(showroomCustomer)
    : (pricing?.audience ?? ANONYMOUS_AUDIENCE);
  // The customer's own device holding a handed-off or quoted cart shops in that cart's channel.
  const assistedCart = showroomStoreId ? null : await assistedCartOf(actor, jar.get(ASSISTED_CART_COOKIE)?.value);
  const channel = await getCachedChannel(assistedCart?.channelCode ?? choice.code);
  if (!channel) notFound();
  const audienceKind: ChannelAudience = choice.audience;
  return {
    actor,
    audience,
    channel,
    audienceKind,
    showroomStoreId: choice.showroomStoreId,
    showroomCustomer,
    assistedCartId: assistedCart?.id ?? null,
    /** The e-mail of the customer a handed-off or quoted cart was made for (prefilled at checkout). */
    assistedCustomerEmail: assistedCart?.customerEmail ?? null,
  };
});

async function customerInContext(profileId: string | undefined): Promise<ShowroomCustomer | null> {
  return profileId && z.uuid().safeParse(profileId).success ? findShowroomCustomer(getDb(), profileId) : null;
}

async function audienceOfCustomer(customer: ShowroomCustomer | null): Promise<PricingAudience> {
  if (!customer?.userId) return ANONYMOUS_AUDIENCE;
  return (await findPricingContext(getDb(), customer.userId))?.audience ?? ANONYMOUS_AUDIENCE;
}

async function assistedCartOf(actor: Actor | null, cartId: string | undefined) {
  return isCartId(cartId) ? findAssistedCart(getDb(), cartId, actor?.userId ?? null) : null;
}

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
