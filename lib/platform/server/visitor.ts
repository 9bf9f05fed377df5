import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { chooseChannel, SHOWROOM_COOKIE, type ChannelRouting } from '@/lib/channels/channel-routing.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { findPricingContext } from '@/lib/pricing/prices.reads';
import { SESSION_COOKIE } from '@/lib/platform/auth/session-cookie';
import { buyerContextKey, hasSessionCookie, readCookies } from './page-cache';
import type { VisitorOf } from './page-cache-middleware';
import { sessionUser } from './session-user';
import { ASSISTED_CART_COOKIE } from '@/lib/showroom/assisted-selling.rules';

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
    // A handed-off or quoted cart makes the visitor shop another channel: the page renders for them.
    if (cookies.has(ASSISTED_CART_COOKIE)) return null;
    if (!hasSessionCookie(cookies)) return `${chooseChannel(routing, { host, companyMember: false }).code}|anonymous`;
    if (cookies.has(SHOWROOM_COOKIE)) return null;
    // Two session cookies (repeated, or plain and __Secure-, or whole and chunked): Auth.js and this
    // reader might pick different ones, so the page would be keyed for one person and rendered for another.
    if (!hasOneSessionCookie(req.headers.cookie)) return null;
    const session = await sessionUser(cookies, authSecret);
    if (!session || !z.uuid().safeParse(session.userId).success) return null;
    const context = await findPricingContext(db, session.userId, session.sessionId);
    // A signed-out (revoked) session renders like any other invalid one: the page then sees no one.
    if (!context?.active || context.sessionVersion !== session.sessionVersion || context.sessionRevoked) return null;
    const channel = chooseChannel(routing, { host, companyMember: context.audience.companyId !== null });
    return `${channel.code}|${buyerContextKey(context)}`;
  };
}

/** Whether the Cookie header sends exactly one session cookie (one name, whole or as numbered chunks). */
export function hasOneSessionCookie(header: string | undefined): boolean {
  const names = (header ?? '')
    .split(';')
    .map((part) => part.split('=', 1)[0]!.trim())
    .filter((name) => SESSION_COOKIE.test(name));
  if (new Set(names).size !== names.length) return false;
  const bases = new Set(names.map((name) => name.replace(/\.\d+$/, '')));
  const whole = names.some((name) => !/\.\d+$/.test(name));
  const chunked = names.some((name) => /\.\d+$/.test(name));
  return bases.size === 1 && !(whole && chunked);
}
