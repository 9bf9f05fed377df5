// Demo orders: a few recent purchases (so the price-regret guard has something to warn about) and
// one older than its window. Bought at the base price, before the demo price lists started.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  categories,
  channels,
  companies,
  orderLines,
  orders,
  products,
  taxClasses,
  users,
  variantPrices,
  variants,
} from '../schema';
import { BASE_CURRENCY, grossToNet } from '../../lib/platform/money.rules';

const DAY_MS = 24 * 60 * 60 * 1000;

type DemoOrder = {
  email: string;
  account: boolean;
  channel: string;
  daysAgo: number;
  lines: Array<{ category: string; quantity: number }>;
};

// The categories are chosen apart from those the e2e price tests change.
const DEMO_ORDERS: DemoOrder[] = [
  {
    email: 'customer@example.com',
    account: true,
    channel: 'web',
    daysAgo: 3,
    lines: [
      { category: 'parts-accessories/bags-transport/pannier-bags', quantity: 1 },
      { category: 'parts-accessories/safety-security/bike-locks', quantity: 1 },
    ],
  },
  {
    email: 'guest.buyer@example.net',
    account: false,
    channel: 'web',
    daysAgo: 9,
    lines: [{ category: 'parts-accessories/bags-transport/pannier-bags', quantity: 2 }],
  },
  {
    email: 'carla@globex.example',
    account: true,
    channel: 'b2b',
    daysAgo: 6,
    lines: [{ category: 'parts-accessories/parts-wear/chains', quantity: 4 }],
  },
  {
    email: 'customer@example.com',
    account: true,
    channel: 'web',
    daysAgo: 40,
    lines: [{ category: 'parts-accessories/bags-transport/bottles-cages', quantity: 2 }],
  },
];

/** The first variant (by product slug, then SKU) of a category, with its base price. */
async function firstVariantOf(tx: Executor, categoryPath: string) {
  const [row] = await tx
    .select({
      variantId: variants.id,
      sku: variants.sku,
      productName: products.name,
      gross: variantPrices.amount,
      vatRateBp: taxClasses.rateBp,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(taxClasses, eq(taxClasses.code, products.taxClassCode))
    .innerJoin(variantPrices, and(eq(variantPrices.variantId, variants.id), eq(variantPrices.currency, BASE_CURRENCY)))
    .where(and(eq(categories.path, categoryPath), eq(products.status, 'active'), eq(variants.active, true)))
    .orderBy(asc(products.slug), asc(variants.sku))
    .limit(1);
  if (!row) throw new Error(`Demo orders: no variant in ${categoryPath}`);
  return row;
}

export async function seedDemoOrders(tx: Executor, now: Date): Promise<number> {
  for (const spec of DEMO_ORDERS) {
    const [channel] = await tx.select().from(channels).where(eq(channels.code, spec.channel));
    if (!channel) throw new Error(`Demo orders: no channel ${spec.channel}`);
    const [user] = spec.account ? await tx.select({ id: users.id }).from(users).where(eq(users.email, spec.email)) : [];
    const [company] =
      spec.channel === 'b2b'
        ? await tx
            .select({ id: companies.id })
            .from(companies)
            .where(sql`${companies.customerNumber} = 'K-10002'`)
        : [];
    const lines = await Promise.all(
      spec.lines.map(async (line) => {
        const variant = await firstVariantOf(tx, line.category);
        const unitAmount = channel.pricesIncludeVat ? variant.gross : grossToNet(variant.gross, variant.vatRateBp);
        return { ...variant, quantity: line.quantity, unitAmount, lineAmount: unitAmount * line.quantity };
      }),
    );
    const [order] = await tx
      .insert(orders)
      .values({
        channelId: channel.id,
        userId: user?.id ?? null,
        companyId: company?.id ?? null,
        email: spec.email,
        status: spec.daysAgo > 14 ? 'collected' : 'confirmed',
        currency: channel.currency,
        pricesIncludeVat: channel.pricesIncludeVat,
        totalAmount: lines.reduce((sum, l) => sum + l.lineAmount, 0),
        placedAt: new Date(now.getTime() - spec.daysAgo * DAY_MS),
      })
      .returning({ id: orders.id });
    await tx.insert(orderLines).values(
      lines.map((l) => ({
        orderId: order!.id,
        variantId: l.variantId,
        sku: l.sku,
        productName: l.productName,
        quantity: l.quantity,
        unitAmount: l.unitAmount,
        vatRateBp: l.vatRateBp,
        lineAmount: l.lineAmount,
      })),
    );
  }
  return DEMO_ORDERS.length;
}
