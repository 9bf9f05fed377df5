// A company member who signs in moves from the storefront channel to the b2b channel: their guest
// cart's lines follow at the member's b2b prices, lines the company catalogue lacks stay behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cartLines, carts } from '@/db/schema';
import {
  actorOf,
  makeAssortmentRule,
  makeCategory,
  makeChannel,
  makeCart,
  makeCompany,
  makePriceList,
  makeProduct,
  makeStock,
  makeWarehouse,
  type MadeChannel,
  type MadeProduct,
} from '@/lib/testing/factories';
import { findPricingAudience } from '@/lib/pricing/prices.reads';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { moveGuestCart } from './cart-transfer.writes';

let t: TestDatabase;
let web: MadeChannel;
let b2b: MadeChannel;
let tool: MadeProduct;
let jacket: MadeProduct;
let buyer: { id: string };

beforeAll(async () => {
  t = await createTestDatabase();
  const warehouse = await makeWarehouse(t.db);
  web = await makeChannel(t.db, { locationIds: [warehouse.id] });
  b2b = await makeChannel(t.db, { kind: 'b2b', locationIds: [warehouse.id] });
  const clothing = await makeCategory(t.db);
  tool = await makeProduct(t.db, { category: await makeCategory(t.db), variants: [{ price: 11_900 }] });
  jacket = await makeProduct(t.db, { category: clothing, variants: [{ price: 5_950 }] });
  for (const product of [tool, jacket])
    await makeStock(t.db, { variantId: product.variants[0]!.id, locationId: warehouse.id, onHand: 20 });
  await makeAssortmentRule(t.db, { channelId: b2b.id, effect: 'exclude', target: { categoryId: clothing.id } });
  const company = await makeCompany(t.db, { members: [{ role: 'buyer' }] });
  buyer = company.members[0]!;
  await makePriceList(t.db, {
    channelIds: [b2b.id],
    companyId: company.id,
    amountsIncludeVat: false,
    entries: [{ variantId: tool.variants[0]!.id, kind: 'fixed', value: 8_000 }],
  });
});
afterAll(() => t.drop());

describe('moveGuestCart', () => {
  it("re-adds the guest's lines in the member's channel at their prices and deletes the guest cart", async () => {
    const guest = await makeCart(t.db, {
      channelId: web.id,
      lines: [
        { variantId: tool.variants[0]!.id, quantity: 2, unitAmountAtAdd: 11_900 },
        { variantId: jacket.variants[0]!.id, quantity: 1, unitAmountAtAdd: 5_950 },
      ],
    });
    const audience = await findPricingAudience(t.db, await actorOf(t.db, buyer));
    const result = await moveGuestCart(t.db, guest.id, web.id, { channel: b2b, audience, userId: buyer.id });
    expect(result).toMatchObject({ moved: 1, left: 1 });

    const lines = await t.db
      .select({ variantId: cartLines.variantId, quantity: cartLines.quantity, unit: cartLines.unitAmountAtAdd })
      .from(cartLines)
      .where(eq(cartLines.cartId, result!.cartId));
    expect(lines).toEqual([{ variantId: tool.variants[0]!.id, quantity: 2, unit: 8_000 }]);
    const [target] = await t.db.select().from(carts).where(eq(carts.id, result!.cartId));
    expect(target).toMatchObject({ channelId: b2b.id, userId: buyer.id });
    expect(await t.db.select().from(carts).where(eq(carts.id, guest.id))).toEqual([]);
  });

  it("leaves another channel's cart and a customer's cart alone", async () => {
    const audience = await findPricingAudience(t.db, await actorOf(t.db, buyer));
    const other = await makeCart(t.db, {
      channelId: b2b.id,
      lines: [{ variantId: tool.variants[0]!.id, quantity: 1 }],
    });
    expect(await moveGuestCart(t.db, other.id, web.id, { channel: b2b, audience, userId: buyer.id })).toBeNull();
    expect(await t.db.select().from(carts).where(eq(carts.id, other.id))).toHaveLength(1);
    expect(await moveGuestCart(t.db, 'not-a-cart', web.id, { channel: b2b, audience, userId: buyer.id })).toBeNull();
  });
});
