// Which channel a visitor shops: pure rules over the configured channel codes and what is known about
// the visitor. The request context (lib/platform/request-context.ts), the API (lib/platform/api/channel.ts)
// and the page cache (lib/platform/server/visitor.ts) all ask here, so a page, its data and its cache key
// always agree.

/** The configured channel codes per audience, and the hosts that serve the b2b channel to everyone. */
export type ChannelRouting = {
  /** Consumers and anyone not matched below. */
  storefront: string;
  /** Signed-in members of a company (and every visitor of a b2b host). */
  b2b: string;
  /** Staff selling in one of their stores with a customer (showroom mode). */
  showroom: string;
  /** Host names (lower case, without port) configured for the b2b channel. */
  b2bHosts: readonly string[];
};

/**
 * The cookie that names the store of a showroom session. It counts only for staff who may sell there
 * (`showroom:sell` at that store); the showroom issue sets it when staff open showroom mode.
 */
export const SHOWROOM_COOKIE = 'showroom_store';

export type ChannelAudience = 'storefront' | 'b2b' | 'showroom';

/** What the routing looks at. */
export type VisitorSignals = {
  /** The request's Host header (may carry a port). */
  host?: string | null;
  /** A signed-in, active member of a company. */
  companyMember: boolean;
  /** The store of a showroom session the visitor is allowed to run, else null. */
  showroomStoreId?: string | null;
};

export type ChannelChoice = { code: string; audience: ChannelAudience; showroomStoreId: string | null };

const CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** A host name as the routing compares it: lower case, without port and trailing dot. */
export function hostName(host: string | null | undefined): string {
  const name = (host ?? '').trim().toLowerCase();
  const withoutPort = name.startsWith('[') ? name.slice(0, name.indexOf(']') + 1) : name.split(':', 1)[0]!;
  return withoutPort.replace(/\.$/, '');
}

/**
 * The channel for a visitor: showroom mode first (staff chose it for a store they may sell in), then
 * company members and b2b hosts (b2b), else the storefront channel.
 */
export function chooseChannel(routing: ChannelRouting, visitor: VisitorSignals): ChannelChoice {
  if (visitor.showroomStoreId)
    return { code: routing.showroom, audience: 'showroom', showroomStoreId: visitor.showroomStoreId };
  if (visitor.companyMember || routing.b2bHosts.includes(hostName(visitor.host)))
    return { code: routing.b2b, audience: 'b2b', showroomStoreId: null };
  return { code: routing.storefront, audience: 'storefront', showroomStoreId: null };
}

/**
 * The channel an API call works in: the one its publishable key names; a company member calling with
 * the storefront's key shops the b2b channel there too, as on the storefront.
 */
export function apiChannelCode(routing: ChannelRouting, keyChannel: string, companyMember: boolean): string {
  return keyChannel === routing.storefront && companyMember ? routing.b2b : keyChannel;
}

/**
 * The routing from settings: STOREFRONT_CHANNEL (default web), B2B_CHANNEL (b2b), SHOWROOM_CHANNEL
 * (showroom) and B2B_HOSTS (comma-separated host names, default none). A malformed setting stops the start.
 */
export function channelRoutingFrom(env: Record<string, string | undefined>): ChannelRouting {
  const code = (name: string, fallback: string) => {
    const value = env[name]?.trim() || fallback;
    if (!CODE.test(value)) throw new Error(`${name} must be a channel code (a-z, 0-9, _ or -), got "${value}"`);
    return value;
  };
  const b2bHosts = (env.B2B_HOSTS ?? '')
    .split(',')
    .map(hostName)
    .filter((host) => host !== '');
  return {
    storefront: code('STOREFRONT_CHANNEL', 'web'),
    b2b: code('B2B_CHANNEL', 'b2b'),
    showroom: code('SHOWROOM_CHANNEL', 'showroom'),
    b2bHosts,
  };
}
