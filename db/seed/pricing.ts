// Demo customer groups and price lists on top of the base prices (docs/pricing.md).
import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  categories,
  channels,
  companies,
  customerGroupMembers,
  customerGroups,
  priceListChannels,
  priceListEntries,
  priceListGroups,
  priceLists,
  users,
} from '../schema';
import { berlinLocalToInstant } from '../../lib/platform/business-time.rules';
import { BASE_CURRENCY } from '../../lib/platform/money.rules';

type EntrySpec = { category?: string; minQuantity?: number; kind: 'fixed' | 'percent' | 'amount'; value: number };
type ListSpec = {
  name: string;
  channels: string[];
  priority: number;
  groups?: string[];
  company?: string;
  amountsIncludeVat?: boolean;
  validFrom?: string;
  validUntil?: string;
  entries: EntrySpec[];
};

const GROUPS = [
  { code: 'regulars', name: 'Regular customers' },
  { code: 'trade', name: 'Trade customers' },
] as const;

/** Who is in which group: people by email, companies by customer number. */
const MEMBERS = [
  { group: 'regulars', email: 'customer@example.com' },
  { group: 'trade', company: 'K-10002' },
] as const;

const DEMO_PRICE_LISTS: readonly ListSpec[] = [
  {
    name: 'Regular customers: 5 % off',
    channels: ['web', 'showroom'],
    priority: 10,
    groups: ['regulars'],
    entries: [{ kind: 'percent', value: 500 }],
  },
  {
    name: 'Helmet weeks: 15 % off helmets',
    channels: ['web', 'showroom', 'marketplace'],
    priority: 20,
    entries: [{ category: 'parts-accessories/safety-security/helmets', kind: 'percent', value: 1500 }],
  },
  {
    name: 'Winter sale: 20 % off clothing (scheduled)',
    channels: ['web', 'showroom'],
    priority: 20,
    validFrom: '2027-01-02',
    validUntil: '2027-02-01',
    entries: [{ category: 'clothing', kind: 'percent', value: 2000 }],
  },
  {
    name: 'B2B volume discount',
    channels: ['b2b'],
    priority: 10,
    entries: [
      { minQuantity: 10, kind: 'percent', value: 300 },
      { minQuantity: 50, kind: 'percent', value: 600 },
      { minQuantity: 100, kind: 'percent', value: 1000 },
    ],
  },
  {
    name: 'Trade customers: 7 % off parts',
    channels: ['b2b'],
    priority: 10,
    groups: ['trade'],
    entries: [{ category: 'parts-accessories', kind: 'percent', value: 700 }],
  },
  {
    name: 'ACME Facility GmbH contract',
    channels: ['b2b'],
    priority: 100,
    company: 'K-10001',
    amountsIncludeVat: false,
    entries: [
      { category: 'bikes', kind: 'percent', value: 1200 },
      { category: 'e-bikes', kind: 'percent', value: 1000 },
      { category: 'parts-accessories', kind: 'percent', value: 800 },
      { category: 'parts-accessories', minQuantity: 20, kind: 'percent', value: 1500 },
    ],
  },
];

export async function seedDemoPricing(
  tx: Executor,
  { scale }: { scale: number },
): Promise<{ lists: number; entries: number }> {
  const channelRows = await tx.select({ id: channels.id, code: channels.code }).from(channels);
  const channelId = new Map(channelRows.map((c) => [c.code, c.id]));
  const groupRows = await tx
    .insert(customerGroups)
    .values(GROUPS.map((g) => ({ ...g })))
    .returning({ id: customerGroups.id, code: customerGroups.code });
  const groupId = new Map(groupRows.map((g) => [g.code, g.id]));
  const companyRows = await tx.select({ id: companies.id, number: companies.customerNumber }).from(companies);
  const companyId = new Map(companyRows.map((c) => [c.number, c.id]));
  const emails = MEMBERS.flatMap((m) => ('email' in m ? [m.email] : []));
  const userRows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const userId = new Map(userRows.map((u) => [u.email, u.id]));
  await tx.insert(customerGroupMembers).values(
    MEMBERS.map((m) => ({
      groupId: groupId.get(m.group)!,
      userId: 'email' in m ? (userId.get(m.email) ?? null) : null,
      companyId: 'company' in m ? (companyId.get(m.company) ?? null) : null,
    })),
  );
  const categoryRows = await tx.select({ id: categories.id, path: categories.path }).from(categories);
  const categoryId = new Map(categoryRows.map((c) => [c.path, c.id]));

  let entryCount = 0;
  for (const spec of DEMO_PRICE_LISTS) {
    const [list] = await tx
      .insert(priceLists)
      .values({
        name: spec.name,
        priority: spec.priority,
        companyId: spec.company ? companyId.get(spec.company) : null,
        currency: BASE_CURRENCY,
        amountsIncludeVat: spec.amountsIncludeVat ?? true,
        validFrom: spec.validFrom ? berlinLocalToInstant(spec.validFrom) : null,
        validUntil: spec.validUntil ? berlinLocalToInstant(spec.validUntil) : null,
      })
      .returning({ id: priceLists.id });
    await tx
      .insert(priceListChannels)
      .values(spec.channels.map((code) => ({ priceListId: list!.id, channelId: channelId.get(code)! })));
    if (spec.groups?.length)
      await tx
        .insert(priceListGroups)
        .values(spec.groups.map((code) => ({ priceListId: list!.id, groupId: groupId.get(code)! })));
    await tx.insert(priceListEntries).values(
      spec.entries.map((e) => {
        const category = e.category ? categoryId.get(e.category) : undefined;
        if (e.category && !category) throw new Error(`Demo price list "${spec.name}": unknown category ${e.category}`);
        return {
          priceListId: list!.id,
          targetKind: category ? ('category' as const) : ('all' as const),
          categoryId: category ?? null,
          minQuantity: e.minQuantity ?? 1,
          adjustmentKind: e.kind,
          value: e.value,
        };
      }),
    );
    entryCount += spec.entries.length;
  }

  // The scaled seed also gets per-variant lists (at scale 20 about 225,000 entries) so that the
  // benchmark resolves prices against a realistic number of candidates.
  let scaledLists = 0;
  if (scale > 1) {
    const variantLists = [
      {
        name: 'Marketplace prices (+3 %)',
        channels: ['marketplace'],
        company: null,
        value: sql`(vp.amount * 103 + 50) / 100`,
        kind: 'fixed' as const,
      },
      {
        name: 'Showroom price match',
        channels: ['showroom'],
        company: null,
        value: sql`(vp.amount * 98 + 50) / 100`,
        kind: 'fixed' as const,
      },
      {
        name: 'ACME Facility GmbH article prices',
        channels: ['b2b'],
        company: 'K-10001',
        value: sql`500 + abs(hashtext(v.sku)) % 1000`,
        kind: 'percent' as const,
      },
      {
        name: 'Globex Logistik AG article prices',
        channels: ['b2b'],
        company: 'K-10002',
        value: sql`300 + abs(hashtext(v.sku || 'g')) % 900`,
        kind: 'percent' as const,
      },
    ];
    for (const spec of variantLists) {
      const [list] = await tx
        .insert(priceLists)
        .values({
          name: spec.name,
          priority: spec.company ? 90 : 30,
          companyId: spec.company ? companyId.get(spec.company) : null,
          currency: BASE_CURRENCY,
        })
        .returning({ id: priceLists.id });
      await tx
        .insert(priceListChannels)
        .values(spec.channels.map((code) => ({ priceListId: list!.id, channelId: channelId.get(code)! })));
      const inserted = await tx.execute(sql`
        insert into price_list_entries (price_list_id, target_kind, variant_id, adjustment_kind, value)
        select ${list!.id}::uuid, 'variant', v.id, ${spec.kind}::price_adjustment, ${spec.value}
        from variants v join variant_prices vp on vp.variant_id = v.id and vp.currency = ${BASE_CURRENCY}`);
      entryCount += inserted.count;
      scaledLists++;
    }
  }
  return { lists: DEMO_PRICE_LISTS.length + scaledLists, entries: entryCount };
}
