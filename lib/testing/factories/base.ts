// The minimal base every catalogue needs: the tax classes, the currency, and the channels a test asks for.
import type { Executor } from '@/db/client';
import { taxClasses } from '@/db/schema';
import { BASE_CURRENCY } from '@/lib/platform/money.rules';
import { makeChannel, type ChannelOverrides, type MadeChannel } from './channels';

/** VAT rates in basis points by tax class code. */
export const TAX_RATES = { standard: 1900, reduced: 700 } as const;
export type TaxClassCode = keyof typeof TAX_RATES;

/** Writes the tax classes once per database (products reference them by code). */
export async function makeTaxClasses(db: Executor): Promise<typeof TAX_RATES> {
  await db
    .insert(taxClasses)
    .values([
      { code: 'standard', name: 'Standard rate 19%', rateBp: TAX_RATES.standard },
      { code: 'reduced', name: 'Reduced rate 7%', rateBp: TAX_RATES.reduced },
    ])
    .onConflictDoNothing();
  return TAX_RATES;
}

/**
 * Tax classes plus one channel per key of `channels` (each made by makeChannel with those overrides):
 * `makeBase(db, { channels: { web: { code: 'web' }, b2b: { kind: 'b2b' } } })`.
 */
export async function makeBase<K extends string = never>(
  db: Executor,
  options: { channels?: Record<K, ChannelOverrides> } = {},
): Promise<{ currency: string; taxRates: typeof TAX_RATES; channels: Record<K, MadeChannel> }> {
  const taxRates = await makeTaxClasses(db);
  const channels = {} as Record<K, MadeChannel>;
  for (const [name, overrides] of Object.entries(options.channels ?? {}) as Array<[K, ChannelOverrides]>)
    channels[name] = await makeChannel(db, overrides);
  return { currency: BASE_CURRENCY, taxRates, channels };
}
