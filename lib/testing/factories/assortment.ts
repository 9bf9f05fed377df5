// Assortment rules, materialised into the channel's decisions as every rule write does.
import type { Executor } from '@/db/client';
import { assortmentRules } from '@/db/schema';
import { rebuildAssortment } from '@/lib/assortment/assortment-decisions.writes';

export type AssortmentTargetSpec =
  { all: true } | { categoryId: string } | { brandId: string } | { productId: string } | { tag: string };

export async function makeAssortmentRule(
  db: Executor,
  input: {
    channelId: string;
    effect: 'include' | 'exclude';
    target: AssortmentTargetSpec;
    customerGroupId?: string | null;
    companyId?: string | null;
  },
): Promise<typeof assortmentRules.$inferSelect> {
  const { target } = input;
  const [rule] = await db
    .insert(assortmentRules)
    .values({
      channelId: input.channelId,
      customerGroupId: input.customerGroupId ?? null,
      companyId: input.companyId ?? null,
      effect: input.effect,
      ...('categoryId' in target
        ? { targetKind: 'category' as const, categoryId: target.categoryId }
        : 'brandId' in target
          ? { targetKind: 'brand' as const, brandId: target.brandId }
          : 'productId' in target
            ? { targetKind: 'product' as const, productId: target.productId }
            : 'tag' in target
              ? { targetKind: 'tag' as const, tag: target.tag }
              : { targetKind: 'all' as const }),
    })
    .returning();
  await rebuildAssortment(db, [input.channelId]);
  return rule!;
}
