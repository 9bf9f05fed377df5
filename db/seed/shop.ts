// Demo shipping rates per channel and the legal content pages (docs/shipping.md).
import type { Executor } from '../client';
import { channels, contentPages, shippingRates } from '../schema';
import { DEMO_CONTENT_PAGES } from './content-pages';

/** Consumer channels charge gross amounts, B2B net ones (each in its channel's basis). */
const DEMO_RATES: Record<string, { flatAmount: number; freeFromAmount: number; bulkySurchargeAmount: number }> = {
  web: { flatAmount: 495, freeFromAmount: 5_000, bulkySurchargeAmount: 3_900 },
  showroom: { flatAmount: 495, freeFromAmount: 5_000, bulkySurchargeAmount: 3_900 },
  marketplace: { flatAmount: 495, freeFromAmount: 5_000, bulkySurchargeAmount: 3_900 },
  b2b: { flatAmount: 900, freeFromAmount: 25_000, bulkySurchargeAmount: 4_900 },
};

export async function seedDemoShop(tx: Executor): Promise<{ rates: number; pages: number }> {
  const rows = await tx.select({ id: channels.id, code: channels.code }).from(channels);
  const rates = rows.flatMap((channel) => {
    const rate = DEMO_RATES[channel.code];
    return rate ? [{ channelId: channel.id, method: 'delivery' as const, bulkyTag: 'bulky', ...rate }] : [];
  });
  if (rates.length) await tx.insert(shippingRates).values(rates);
  const pages = Object.entries(DEMO_CONTENT_PAGES).flatMap(([slug, texts]) =>
    Object.entries(texts).map(([locale, text]) => ({ slug, locale, ...text })),
  );
  await tx.insert(contentPages).values(pages);
  return { rates: rates.length, pages: pages.length };
}
