// Demo assortment: product tags, a few rules per channel and one publishable key per channel, then
// the materialised decisions. Every product stays on web; marketplace drops bulky goods, b2b drops
// consumer clothing except rain jackets for Globex (a company catalogue), the showroom spare parts.
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { assortmentRules, categories, channels, companies, publishableKeys } from '../schema';
import { rebuildAssortment } from '../../lib/assortment/assortment-decisions.writes';

/** The documented demo keys (README): one per channel. */
export const DEMO_PUBLISHABLE_KEYS = {
  web: 'pk_demo_web',
  showroom: 'pk_demo_showroom',
  b2b: 'pk_demo_b2b',
  marketplace: 'pk_demo_marketplace',
} as const;

type DemoRule = { channel: string; company?: string; effect: 'include' | 'exclude' } & (
  { category: string } | { tag: string }
);

const DEMO_RULES: DemoRule[] = [
  { channel: 'marketplace', effect: 'exclude', tag: 'bulky' },
  { channel: 'b2b', effect: 'exclude', category: 'clothing' },
  { channel: 'b2b', company: 'K-10002', effect: 'include', category: 'clothing/cycling-clothing/cycling-rain-jackets' },
  { channel: 'showroom', effect: 'exclude', category: 'parts-accessories/parts-wear' },
];

export async function seedDemoAssortment(tx: Executor): Promise<{ rules: number; decisions: number }> {
  // Tags: cargo bikes are bulky; a deterministic few are bestsellers or on clearance.
  await tx.execute(sql`update products p set tags = array_remove(array[
      case when c.path like 'e-bikes/e-city-cargo/e-cargo-bikes%' then 'bulky' end,
      case when abs(hashtext(p.slug)) % 10 = 0 then 'bestseller' end,
      case when abs(hashtext(p.slug || ':clearance')) % 25 = 0 then 'clearance' end], null)
    from categories c where c.id = p.category_id`);
  const channelRows = await tx.select({ id: channels.id, code: channels.code }).from(channels);
  const channelId = (code: string) => channelRows.find((c) => c.code === code)!.id;
  for (const rule of DEMO_RULES) {
    const [company] = rule.company
      ? await tx.select({ id: companies.id }).from(companies).where(eq(companies.customerNumber, rule.company))
      : [];
    const [category] =
      'category' in rule
        ? await tx.select({ id: categories.id }).from(categories).where(eq(categories.path, rule.category))
        : [];
    await tx.insert(assortmentRules).values({
      channelId: channelId(rule.channel),
      companyId: company?.id ?? null,
      effect: rule.effect,
      ...('category' in rule
        ? { targetKind: 'category' as const, categoryId: category!.id }
        : { targetKind: 'tag' as const, tag: rule.tag }),
    });
  }
  await tx.insert(publishableKeys).values(
    Object.entries(DEMO_PUBLISHABLE_KEYS).map(([code, token]) => ({
      channelId: channelId(code),
      name: 'Demo key',
      token,
    })),
  );
  return { rules: DEMO_RULES.length, decisions: await rebuildAssortment(tx) };
}
