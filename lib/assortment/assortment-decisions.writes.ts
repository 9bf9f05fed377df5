// The materialised assortment decisions (channel_products) and how they are rebuilt from the rules.
// Not marked server-only: the demo seed rebuilds them too.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { assortmentRules, categories, channelProducts, channels, products } from '@/db/schema';
import { materialiseAssortment, type AssortmentRule } from '@/lib/assortment/assortment.rules';

/** The rules of some channels in the engine's shape, by channel id. */
export async function loadAssortmentRules(db: Executor, channelIds?: string[]): Promise<Map<string, AssortmentRule[]>> {
  const rows = await db
    .select({
      id: assortmentRules.id,
      channelId: assortmentRules.channelId,
      groupId: assortmentRules.customerGroupId,
      companyId: assortmentRules.companyId,
      targetKind: assortmentRules.targetKind,
      categoryPath: categories.path,
      brandId: assortmentRules.brandId,
      productId: assortmentRules.productId,
      tag: assortmentRules.tag,
      effect: assortmentRules.effect,
    })
    .from(assortmentRules)
    .leftJoin(categories, eq(categories.id, assortmentRules.categoryId))
    .where(channelIds ? inArray(assortmentRules.channelId, channelIds) : undefined);
  const byChannel = new Map<string, AssortmentRule[]>();
  for (const r of rows) {
    const rule: AssortmentRule = {
      id: r.id,
      effect: r.effect,
      audience: r.groupId
        ? { kind: 'group', groupId: r.groupId }
        : r.companyId
          ? { kind: 'company', companyId: r.companyId }
          : { kind: 'everyone' },
      target:
        r.targetKind === 'category'
          ? { kind: 'category', path: r.categoryPath! }
          : r.targetKind === 'brand'
            ? { kind: 'brand', brandId: r.brandId! }
            : r.targetKind === 'tag'
              ? { kind: 'tag', tag: r.tag! }
              : r.targetKind === 'product'
                ? { kind: 'product', productId: r.productId! }
                : { kind: 'all' },
    };
    byChannel.set(r.channelId, [...(byChannel.get(r.channelId) ?? []), rule]);
  }
  return byChannel;
}

/**
 * Recomputes the stored decisions of the channels (all when none given) from their rules and mode.
 * Call it in the transaction of every rule, mode or product change that can move a product in or out.
 */
export async function rebuildAssortment(tx: Executor, channelIds?: string[]): Promise<number> {
  const channelRows = await tx
    .select({ id: channels.id, mode: channels.assortmentMode })
    .from(channels)
    .where(channelIds ? inArray(channels.id, channelIds) : undefined);
  if (channelRows.length === 0) return 0;
  const [productRows, rules] = await Promise.all([
    tx
      .select({ productId: products.id, categoryPath: categories.path, brandId: products.brandId, tags: products.tags })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId)),
    loadAssortmentRules(
      tx,
      channelRows.map((c) => c.id),
    ),
  ]);
  await tx.delete(channelProducts).where(
    inArray(
      channelProducts.channelId,
      channelRows.map((c) => c.id),
    ),
  );
  let written = 0;
  for (const channel of channelRows) {
    const rows = materialiseAssortment(productRows, rules.get(channel.id) ?? [], channel.mode).map((d) => ({
      channelId: channel.id,
      ...d,
    }));
    for (let i = 0; i < rows.length; i += 5000) await tx.insert(channelProducts).values(rows.slice(i, i + 5000));
    written += rows.length;
  }
  // The read model on products: which channels list each product for everyone.
  await tx.execute(sql`
    update products p set listed_channel_ids = l.ids
    from (select p2.id, coalesce(array(select cp.channel_id from channel_products cp where cp.product_id = p2.id and cp.audience_key = '' and cp.listed order by cp.channel_id), '{}') as ids from products p2) l
    where l.id = p.id and p.listed_channel_ids is distinct from l.ids`);
  return written;
}
