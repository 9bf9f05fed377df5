// The messages customers get about an order, as data: the e-mail is worded once in the order's language
// when it is queued; the account shows the same message in the language the customer reads it in.
import { z } from 'zod';
import type { Translate } from '@/lib/platform/i18n/messages';

export const orderMessage = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('readyForPickup'),
    number: z.number().int(),
    store: z.string().nullable(),
    address: z.string(),
    pickupCode: z.string().nullable(),
  }),
  z.object({ kind: z.literal('uncollected'), number: z.number().int(), store: z.string(), days: z.number().int() }),
]);

export type OrderMessage = z.infer<typeof orderMessage>;

/** The stored message, or null for one this version does not know (it is shown as it was worded). */
export function parseOrderMessage(value: unknown): OrderMessage | null {
  const parsed = orderMessage.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Subject and plain-text body in the translator's language. */
export function wordOrderMessage(t: Translate, message: OrderMessage): { subject: string; body: string } {
  if (message.kind === 'uncollected') {
    const values = { number: message.number, store: message.store, days: message.days };
    return { subject: t('mail.uncollectedSubject', values), body: t('mail.uncollectedBody', values) };
  }
  const store = message.store ?? t('mail.theStore');
  const lines = [t('mail.readyBody', { number: message.number, store, address: message.address })];
  if (message.pickupCode) lines.push(t('mail.pickupCode', { code: message.pickupCode }));
  return { subject: t('mail.readySubject', { number: message.number, store }), body: lines.join('\n') };
}
