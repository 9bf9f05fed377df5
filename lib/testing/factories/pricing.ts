// Customer groups and price lists (docs/pricing.md): lists with their channels, groups, company and entries.
import type { Executor } from '@/db/client';
import {
  customerGroupMembers,
  customerGroups,
  priceListChannels,
  priceListEntries,
  priceListGroups,
  priceLists,
} from '@/db/schema';
import { BASE_CURRENCY } from '@/lib/platform/money.rules';
import { uniqueSuffix } from './unique';

export async function makeCustomerGroup(
  db: Executor,
  overrides: { code?: string; name?: string; userIds?: string[]; companyIds?: string[] } = {},
): Promise<{ id: string; code: string; name: string }> {
  const suffix = uniqueSuffix();
  const [group] = await db
    .insert(customerGroups)
    .values({ code: overrides.code ?? `group-${suffix}`, name: overrides.name ?? `Group ${suffix}` })
    .returning({ id: customerGroups.id, code: customerGroups.code, name: customerGroups.name });
  const members = [
    ...(overrides.userIds ?? []).map((userId) => ({ groupId: group!.id, userId })),
    ...(overrides.companyIds ?? []).map((companyId) => ({ groupId: group!.id, companyId })),
  ];
  if (members.length) await db.insert(customerGroupMembers).values(members);
  return group!;
}

export type PriceEntrySpec = (
  { variantId: string } | { productId: string } | { categoryId: string } | { all: true }
) & {
  minQuantity?: number;
  kind: 'fixed' | 'percent' | 'amount';
  /** Cents for fixed and amount, basis points for percent. */
  value: number;
};

export type PriceListOverrides = {
  name?: string;
  channelIds: string[];
  priority?: number;
  active?: boolean;
  validFrom?: Date | null;
  validUntil?: Date | null;
  companyId?: string | null;
  groupIds?: string[];
  currency?: string;
  amountsIncludeVat?: boolean;
  entries?: PriceEntrySpec[];
};

export async function makePriceList(
  db: Executor,
  overrides: PriceListOverrides,
): Promise<{ id: string; name: string }> {
  const [list] = await db
    .insert(priceLists)
    .values({
      name: overrides.name ?? `Price list ${uniqueSuffix()}`,
      priority: overrides.priority ?? 0,
      active: overrides.active ?? true,
      validFrom: overrides.validFrom ?? null,
      validUntil: overrides.validUntil ?? null,
      companyId: overrides.companyId ?? null,
      currency: overrides.currency ?? BASE_CURRENCY,
      amountsIncludeVat: overrides.amountsIncludeVat ?? true,
    })
    .returning({ id: priceLists.id, name: priceLists.name });
  if (overrides.channelIds.length)
    await db
      .insert(priceListChannels)
      .values(overrides.channelIds.map((channelId) => ({ priceListId: list!.id, channelId })));
  if (overrides.groupIds?.length)
    await db.insert(priceListGroups).values(overrides.groupIds.map((groupId) => ({ priceListId: list!.id, groupId })));
  if (overrides.entries?.length) await makePriceEntries(db, list!.id, overrides.entries);
  return list!;
}

export async function makePriceEntries(db: Executor, priceListId: string, entries: PriceEntrySpec[]): Promise<void> {
  await db.insert(priceListEntries).values(
    entries.map((entry) => ({
      priceListId,
      ...('variantId' in entry
        ? { targetKind: 'variant' as const, variantId: entry.variantId }
        : 'productId' in entry
          ? { targetKind: 'product' as const, productId: entry.productId }
          : 'categoryId' in entry
            ? { targetKind: 'category' as const, categoryId: entry.categoryId }
            : { targetKind: 'all' as const }),
      minQuantity: entry.minQuantity ?? 1,
      adjustmentKind: entry.kind,
      value: entry.value,
    })),
  );
}
