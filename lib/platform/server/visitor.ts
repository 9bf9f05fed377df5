import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { chooseChannel, SHOWROOM_COOKIE, type ChannelRouting } from '@/lib/channels/channel-routing.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { findPricingContext } from '@/lib/pricing/prices.reads';
import { buyerContextKey, hasSessionCookie, readCookies } from './page-cache';
import type { VisitorOf } from './page-cache-middleware';
import { sessionUser } from './session-user';

/**
 * The page cache's visitor context, led by the channel the visitor shops (the same rules as the request
 * context: lib/channels/channel-routing.rules.ts): "<channel>|anonymous" without a session cookie; for a
 * valid, not signed-out session of an active account "<channel>|" and its buyer context (the same
 * findPricingContext the storefront prices with); null, so the page renders, for anything else
 * (expired, forged or signed-out session, deactivated account, a showroom session).
 */
export function createVisitorOf(
  db: Executor,
  authSecret: string,
  routing: ChannelRouting = channelRouting(),
): VisitorOf {
  return async (req: IncomingMessage) => {
    const cookies = readCookies(req.headers.cookie);
    const host = req.headers.host;
    if (!hasSessionCookie(cookies)) return `${chooseChannel(routing, { host, companyMember: false }).code}|anonymous`;
    if (cookies.has(SHOWROOM_COOKIE)) return null;
    const session = await sessionUser(cookies, authSecret);
    if (!session || !z.uuid().safeParse(session.userId).success) return null;
    const context = await findPricingContext(db, session.userId, session.sessionId);
    // A signed-out (revoked) session renders like any other invalid one: the page then sees no one.
    if (!context?.active || context.sessionVersion !== session.sessionVersion || context.sessionRevoked) return null;
    const channel = chooseChannel(routing, { host, companyMember: context.audience.companyId !== null });
    return `${channel.code}|${buyerContextKey(context)}`;
  };
}
