// Inputs of the quote actions (docs/showroom.md).
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';

export const saveQuoteInput = z.object({
  validUntil: z.iso.date({ error: fieldMessage('quote_date') }),
});
export type SaveQuoteInput = z.output<typeof saveQuoteInput>;

export const quoteIdInput = z.object({ quoteId: z.uuid({ error: fieldMessage('unknown_quote') }) });
export type QuoteIdInput = z.output<typeof quoteIdInput>;

/** The link's token: 43 base64url characters (256 bits). */
export const quoteTokenInput = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: fieldMessage('unknown_quote') }),
});
export type QuoteTokenInput = z.output<typeof quoteTokenInput>;
