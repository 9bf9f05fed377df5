import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { findPricingContext } from '@/lib/pricing/prices.reads';
import { buyerContextKey, hasSessionCookie, readCookies } from './page-cache';
import type { VisitorOf } from './page-cache-middleware';
import { sessionUserId } from './session-user';

/**
 * The page cache's visitor context: "anonymous" without a session cookie; for a valid session of an
 * active account its buyer context (the same findPricingContext the storefront prices with); null,
 * so the page renders, for anything else (expired or forged session, deactivated account).
 */
export function createVisitorOf(db: Executor, authSecret: string): VisitorOf {
  return async (req: IncomingMessage) => {
    const cookies = readCookies(req.headers.cookie);
    if (!hasSessionCookie(cookies)) return 'anonymous';
    const userId = await sessionUserId(cookies, authSecret);
    if (!userId || !z.uuid().safeParse(userId).success) return null;
    const context = await findPricingContext(db, userId);
    return context?.active ? buyerContextKey(context) : null;
  };
}
