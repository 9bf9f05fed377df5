import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english, fieldIssueOf, issueText } from '@/lib/platform/error-text';
import { cartLines, carts, variants } from '@/db/schema';
import { getCartItemCount, getCartView, findUserCartId } from '@/lib/cart/cart.reads';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { ANONYMOUS_AUDIENCE, findPricingContext, type PricingAudience } from '@/lib/pricing/prices.reads';
import {
  makeAssortmentRule,
  makeCategory,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeCustomerGroup,
  makePriceList,
  makeProducts,
  makeStock,
  makeStore,
  makeWarehouse,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { quantity } from '@/lib/cart/cart.schemas';
import { addToCart, createCart, mergeCarts, removeLine, setLineQuantity } from './cart.writes';

let t: TestDatabase;
let web: ChannelContext;
let b2b: ChannelContext;
let customerId: string;
let otherUserId: string;
let customerAudience: PricingAudience;
/** Active, priced SKUs listed for everyone in web and b2b. */
let skus: string[];
let jacketSku: string;

const linesOf = async (cartId: string) =>
  t.db
    .select({
      variantId: cartLines.variantId,
      quantity: cartLines.quantity,
      unitAmountAtAdd: cartLines.unitAmountAtAdd,
    })
    .from(cartLines)
    .where(eq(cartLines.cartId, cartId))
    .orderBy(cartLines.variantId);

beforeAll(async () => {
  t = await createTestDatabase();
  const store = await makeStore(t.db);
  const webChannel = await makeChannel(t.db, { locationIds: [store.id] });
  const b2bChannel = await makeChannel(t.db, { kind: 'b2b', locationIds: [store.id] });
  web = (await findActiveChannel(t.db, webChannel.code))!;
  b2b = (await findActiveChannel(t.db, b2bChannel.code))!;
  // Eight items both channels sell, and a jacket: b2b sells no clothing.
  const items = await makeProducts(t.db, 8, (i) => ({ variants: [{ price: 1_990 + 1_000 * i }] }));
  const clothing = await makeCategory(t.db);
  const [jacket] = await makeProducts(t.db, 1, () => ({ category: clothing, variants: [{ price: 12_990 }] }));
  await makeAssortmentRule(t.db, { channelId: b2b.id, effect: 'exclude', target: { categoryId: clothing.id } });
  for (const variant of [...items, jacket!].flatMap((p) => p.variants))
    await makeStock(t.db, { variantId: variant.id, locationId: store.id, onHand: 5_000 });
  skus = items.map((p) => p.variants[0]!.sku);
  jacketSku = jacket!.variants[0]!.sku;
  // A customer in a group with its own list (so pricing their cart reads lists), and a company buyer.
  const customer = await makeCustomer(t.db);
  customerId = customer.id;
  otherUserId = (await makeCompany(t.db, { members: [{ role: 'buyer' }] })).members[0]!.id;
  const regulars = await makeCustomerGroup(t.db, { userIds: [customerId] });
  await makePriceList(t.db, {
    channelIds: [web.id],
    groupIds: [regulars.id],
    entries: [{ all: true, kind: 'percent', value: 500 }],
  });
  await makePriceList(t.db, {
    name: 'B2B volume discount',
    channelIds: [b2b.id],
    entries: [
      { all: true, minQuantity: 10, kind: 'percent', value: 300 },
      { all: true, minQuantity: 50, kind: 'percent', value: 600 },
    ],
  });
  customerAudience = (await findPricingContext(t.db, customerId))!.audience;
  expect(customerAudience.customerGroupIds).toEqual([regulars.id]);
});
afterAll(() => t.drop());

/** A quantity refused by the schema: 400 with the field's message key. */
const invalidQuantity = (code: string) => ({
  status: 400,
  code: 'request.invalid',
  fieldErrors: { quantity: [{ code }] },
});

describe('quantity validation', () => {
  it.each([
    ['0', 'The quantity must be at least 1; remove the line instead.'],
    ['-1', 'The quantity must be at least 1; remove the line instead.'],
    ['1.5', 'Quantities are whole items, e.g. 2 (not 1.5).'],
    ['1000', 'At most 999 of one item fit in a cart line.'],
    ['abc', 'Enter a whole number of items, e.g. 1.'],
    ['', 'Enter a whole number of items, e.g. 1.'],
    [undefined, 'Enter a whole number of items, e.g. 1.'],
  ])('%j is refused: %s', (input, message) => {
    const result = quantity.safeParse(input);
    expect(result.success).toBe(false);
    expect(issueText(english, fieldIssueOf(result.error!.issues[0]!))).toBe(message);
  });

  it.each([
    ['1', 1],
    [' 12 ', 12],
    [999, 999],
  ])('%j is accepted', (input, expected) => {
    expect(quantity.parse(input)).toBe(expected);
  });
});

describe('guest cart', () => {
  it('adds items, sums repeated adds of a SKU and prices them with the engine', async () => {
    const { id, created } = await createCart(t.db, web.id, null);
    expect(created).toBe(true);
    await addToCart(t.db, {
      cartId: id,
      sku: skus[0]!,
      quantity: 1,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    const again = await addToCart(t.db, {
      cartId: id,
      sku: skus[0]!,
      quantity: 2,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    await addToCart(t.db, {
      cartId: id,
      sku: skus[1]!,
      quantity: 1,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    expect(again.quantity).toBe(3);
    const view = (await getCartView(t.db, id, ANONYMOUS_AUDIENCE, web))!;
    expect(view.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [skus[0], 3],
      [skus[1], 1],
    ]);
    for (const line of view.lines) {
      expect(line.available).toBe(true);
      expect(line.priceChanged).toBeNull();
      expect(line.lineTotal!.amount).toBe(line.unitPrice!.amount * line.quantity);
      expect(line.productName).not.toBe('');
    }
    expect(view.subtotal).toEqual({ amount: view.lines.reduce((s, l) => s + l.lineTotal!.amount, 0), currency: 'EUR' });
    expect(view.itemCount).toBe(4);
    expect(view.pricesIncludeVat).toBe(true);
    expect(await getCartItemCount(t.db, id, web.id, null)).toBe(4);
  });

  it('changes a quantity and removes a line', async () => {
    const { id } = await createCart(t.db, web.id, null);
    const { lineId } = await addToCart(t.db, {
      cartId: id,
      sku: skus[2]!,
      quantity: 2,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    await setLineQuantity(t.db, {
      cartId: id,
      lineId,
      quantity: 5,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    expect((await linesOf(id))[0]!.quantity).toBe(5);
    await removeLine(t.db, { cartId: id, lineId, channel: web, userId: null });
    expect(await linesOf(id)).toEqual([]);
    await expect(removeLine(t.db, { cartId: id, lineId, channel: web, userId: null })).rejects.toMatchObject({
      status: 404,
      code: 'cart.line_not_found',
    });
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const { id } = await createCart(t.db, b2b.id, null);
    const { lineId } = await addToCart(t.db, {
      cartId: id,
      sku: skus[3]!,
      quantity: 998,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: null,
    });
    const before = await linesOf(id);
    const add = (sku: string, quantity: unknown, cartId = id) =>
      addToCart(t.db, {
        cartId,
        sku,
        quantity: quantity as number,
        audience: ANONYMOUS_AUDIENCE,
        channel: b2b,
        userId: null,
      });
    const cases: Array<[() => Promise<unknown>, object]> = [
      [() => add(skus[4]!, 0), invalidQuantity('field.quantity_min')],
      [() => add(skus[4]!, -1), invalidQuantity('field.quantity_min')],
      [() => add(skus[4]!, 1.5), invalidQuantity('field.quantity_whole')],
      [() => add(skus[4]!, 1000), invalidQuantity('field.quantity_max')],
      [() => add(skus[4]!, 'abc'), invalidQuantity('field.quantity_type')],
      [
        () => add('NO-SUCH-SKU', 1),
        { status: 422, code: 'product.unknown_sku', field: 'sku', params: { sku: 'NO-SUCH-SKU' } },
      ],
      // The b2b channel does not sell clothing.
      [() => add(jacketSku, 1), { status: 422, code: 'product.not_sold_here', field: 'sku' }],
      // 998 + 2 would exceed one line's maximum.
      [
        () => add(skus[3]!, 2),
        { status: 422, code: 'cart.quantity_limit', field: 'quantity', params: { inCart: 998, max: 999 } },
      ],
      [() => add(skus[4]!, 1, 'not-a-cart'), { status: 404, code: 'cart.not_found' }],
      [() => add(skus[4]!, 1, '00000000-0000-4000-8000-000000000000'), { status: 404, code: 'cart.not_found' }],
      [
        () =>
          setLineQuantity(t.db, {
            cartId: id,
            lineId,
            quantity: 0,
            audience: ANONYMOUS_AUDIENCE,
            channel: b2b,
            userId: null,
          }),
        { status: 400 },
      ],
      [
        () =>
          setLineQuantity(t.db, {
            cartId: id,
            lineId: 'tampered',
            quantity: 1,
            audience: ANONYMOUS_AUDIENCE,
            channel: b2b,
            userId: null,
          }),
        { status: 404 },
      ],
      [
        () => removeLine(t.db, { cartId: id, lineId: crypto.randomUUID(), channel: b2b, userId: null }),
        { status: 404 },
      ],
    ];
    for (const [call, error] of cases) await expect(call()).rejects.toMatchObject(error);
    // A cart of another channel is "not found" there.
    await expect(
      addToCart(t.db, {
        cartId: id,
        sku: skus[4]!,
        quantity: 1,
        audience: ANONYMOUS_AUDIENCE,
        channel: web,
        userId: null,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await getCartView(t.db, id, ANONYMOUS_AUDIENCE, web)).toBeNull();
    expect(await getCartView(t.db, 'tampered', ANONYMOUS_AUDIENCE, b2b)).toBeNull();
    expect(await linesOf(id)).toEqual(before);
  });

  it('rejects a jacket in the b2b channel but accepts it on the web', async () => {
    const b2bCart = await createCart(t.db, b2b.id, null);
    await expect(
      addToCart(t.db, {
        cartId: b2bCart.id,
        sku: jacketSku,
        quantity: 1,
        audience: ANONYMOUS_AUDIENCE,
        channel: b2b,
        userId: null,
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(await linesOf(b2bCart.id)).toEqual([]);
    const webCart = await createCart(t.db, web.id, null);
    await addToCart(t.db, {
      cartId: webCart.id,
      sku: jacketSku,
      quantity: 1,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    expect(await linesOf(webCart.id)).toHaveLength(1);
  });
});

describe('what can be fulfilled', () => {
  it('caps a quantity at the most one location of the channel holds, says so, and refuses an item none is left of', async () => {
    const warehouse = await makeWarehouse(t.db);
    const store = await makeStore(t.db);
    const channel = (await findActiveChannel(
      t.db,
      (await makeChannel(t.db, { locationIds: [store.id, warehouse.id] })).code,
    ))!;
    const [nine, gone] = await makeProducts(t.db, 2, () => ({ variants: [{ price: 2_500 }] }));
    const variant = nine!.variants[0]!;
    await makeStock(t.db, { variantId: variant.id, locationId: store.id, onHand: 4 });
    await makeStock(t.db, { variantId: variant.id, locationId: warehouse.id, onHand: 12, reserved: 3 });
    await makeStock(t.db, { variantId: gone!.variants[0]!.id, locationId: warehouse.id, onHand: 2, reserved: 2 });
    const { id } = await createCart(t.db, channel.id, null);
    const base = { cartId: id, audience: ANONYMOUS_AUDIENCE, channel, userId: null };

    // 10 asked, 9 free in the warehouse (a line is never split across locations): 9 in the cart.
    const added = await addToCart(t.db, { ...base, sku: variant.sku, quantity: 10 });
    expect(added).toMatchObject({ quantity: 9, capped: { requested: 10, available: 9 } });
    // Another one: still 9, and it says so again.
    expect(await addToCart(t.db, { ...base, sku: variant.sku, quantity: 1 })).toMatchObject({
      quantity: 9,
      capped: { requested: 10, available: 9 },
    });
    expect(await setLineQuantity(t.db, { ...base, lineId: added.lineId, quantity: 3 })).toMatchObject({
      quantity: 3,
      capped: null,
    });
    expect(await setLineQuantity(t.db, { ...base, lineId: added.lineId, quantity: 25 })).toMatchObject({
      quantity: 9,
      capped: { requested: 25, available: 9 },
    });
    await expect(addToCart(t.db, { ...base, sku: gone!.variants[0]!.sku, quantity: 1 })).rejects.toMatchObject({
      status: 409,
      code: 'stock.sold_out',
      params: { product: gone!.name, sku: gone!.variants[0]!.sku },
    });

    // Sold meanwhile: the cart shows how many can still be fulfilled.
    await makeStock(t.db, { variantId: variant.id, locationId: warehouse.id, onHand: 12, reserved: 10 });
    const view = (await getCartView(t.db, id, ANONYMOUS_AUDIENCE, channel))!;
    expect(view.lines.map((l) => [l.sku, l.quantity, l.fulfillable])).toEqual([[variant.sku, 9, 4]]);
  });
});

describe('prices', () => {
  it('prices a line at its quantity: 10 units on the b2b volume tier cost less per unit than 1', async () => {
    const one = await createCart(t.db, b2b.id, null);
    const ten = await createCart(t.db, b2b.id, null);
    await addToCart(t.db, {
      cartId: one.id,
      sku: skus[5]!,
      quantity: 1,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: null,
    });
    await addToCart(t.db, {
      cartId: ten.id,
      sku: skus[5]!,
      quantity: 10,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: null,
    });
    const [single] = (await getCartView(t.db, one.id, ANONYMOUS_AUDIENCE, b2b))!.lines;
    const [bulk] = (await getCartView(t.db, ten.id, ANONYMOUS_AUDIENCE, b2b))!.lines;
    expect(bulk!.unitPrice!.amount).toBeLessThan(single!.unitPrice!.amount);
    // 3 % off from 10 units (B2B volume discount).
    expect(bulk!.unitPrice!.amount).toBe(Math.round(single!.unitPrice!.amount * 0.97));
    expect(bulk!.priceChanged).toBeNull();
    expect((await linesOf(ten.id))[0]!.unitAmountAtAdd).toBe(bulk!.unitPrice!.amount);
    expect((await getCartView(t.db, one.id, ANONYMOUS_AUDIENCE, b2b))!.pricesIncludeVat).toBe(false);

    // Raising the quantity to the tier records the tier price; it is not reported as a price change.
    const lineId = (await t.db.select({ id: cartLines.id }).from(cartLines).where(eq(cartLines.cartId, one.id)))[0]!.id;
    await setLineQuantity(t.db, {
      cartId: one.id,
      lineId,
      quantity: 10,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: null,
    });
    const [raised] = (await getCartView(t.db, one.id, ANONYMOUS_AUDIENCE, b2b))!.lines;
    expect(raised!.unitPrice).toEqual(bulk!.unitPrice);
    expect(raised!.priceChanged).toBeNull();
  });

  it('reports a price that changed since the line was added, and lines that can no longer be bought', async () => {
    const { id } = await createCart(t.db, web.id, null);
    await addToCart(t.db, {
      cartId: id,
      sku: skus[6]!,
      quantity: 1,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    await addToCart(t.db, {
      cartId: id,
      sku: skus[7]!,
      quantity: 2,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    const [first] = await t.db
      .select({ id: cartLines.id, unit: cartLines.unitAmountAtAdd })
      .from(cartLines)
      .innerJoin(variants, eq(variants.id, cartLines.variantId))
      .where(and(eq(cartLines.cartId, id), eq(variants.sku, skus[6]!)));
    await t.db
      .update(cartLines)
      .set({ unitAmountAtAdd: first!.unit + 500 })
      .where(eq(cartLines.id, first!.id));
    await t.db.update(variants).set({ active: false }).where(eq(variants.sku, skus[7]!));
    try {
      const view = (await getCartView(t.db, id, ANONYMOUS_AUDIENCE, web))!;
      const changed = view.lines.find((l) => l.sku === skus[6])!;
      expect(changed.priceChanged).toEqual({
        from: { amount: first!.unit + 500, currency: 'EUR' },
        to: { amount: first!.unit, currency: 'EUR' },
      });
      const gone = view.lines.find((l) => l.sku === skus[7])!;
      expect(gone).toMatchObject({ available: false, unitPrice: null, lineTotal: null, quantity: 2 });
      expect(view.subtotal.amount).toBe(changed.lineTotal!.amount);
      expect(view.itemCount).toBe(1);
      const goneLine = (
        await t.db
          .select({ id: cartLines.id })
          .from(cartLines)
          .where(and(eq(cartLines.cartId, id), eq(cartLines.variantId, gone.variantId)))
      )[0]!;
      await expect(
        setLineQuantity(t.db, {
          cartId: id,
          lineId: goneLine.id,
          quantity: 3,
          audience: ANONYMOUS_AUDIENCE,
          channel: web,
          userId: null,
        }),
      ).rejects.toMatchObject({ status: 422, code: 'product.unavailable' });
      await removeLine(t.db, { cartId: id, lineId: goneLine.id, channel: web, userId: null });
    } finally {
      await t.db.update(variants).set({ active: true }).where(eq(variants.sku, skus[7]!));
    }
  });

  it('reads a cart in a fixed number of queries, however many lines it has', async () => {
    const small = await createCart(t.db, web.id, null);
    const large = await createCart(t.db, web.id, null);
    await addToCart(t.db, {
      cartId: small.id,
      sku: skus[0]!,
      quantity: 1,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    for (const sku of skus)
      await addToCart(t.db, {
        cartId: large.id,
        sku,
        quantity: 2,
        audience: customerAudience,
        channel: web,
        userId: null,
      });
    const count = async (cartId: string) => {
      const before = t.queries.length;
      const view = await getCartView(t.db, cartId, customerAudience, web);
      return { queries: t.queries.length - before, lines: view!.lines.length };
    };
    const one = await count(small.id);
    const eight = await count(large.id);
    expect(one.lines).toBe(1);
    expect(eight.lines).toBe(8);
    expect(eight.queries).toBe(one.queries);
    expect(eight.queries).toBeLessThanOrEqual(5);
  });
});

describe('customer carts', () => {
  it('belong to their user only', async () => {
    const first = await createCart(t.db, web.id, customerId);
    const second = await createCart(t.db, web.id, customerId);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await findUserCartId(t.db, customerId, web.id)).toBe(first.id);
    const { lineId } = await addToCart(t.db, {
      cartId: first.id,
      sku: skus[0]!,
      quantity: 1,
      audience: customerAudience,
      channel: web,
      userId: customerId,
    });
    for (const userId of [null, otherUserId]) {
      await expect(
        addToCart(t.db, {
          cartId: first.id,
          sku: skus[1]!,
          quantity: 1,
          audience: ANONYMOUS_AUDIENCE,
          channel: web,
          userId,
        }),
      ).rejects.toMatchObject({ status: 404 });
      await expect(
        setLineQuantity(t.db, {
          cartId: first.id,
          lineId,
          quantity: 4,
          audience: ANONYMOUS_AUDIENCE,
          channel: web,
          userId,
        }),
      ).rejects.toMatchObject({ status: 404 });
      await expect(removeLine(t.db, { cartId: first.id, lineId, channel: web, userId })).rejects.toMatchObject({
        status: 404,
      });
      expect(await getCartView(t.db, first.id, ANONYMOUS_AUDIENCE, web, userId)).toBeNull();
      expect(await getCartItemCount(t.db, first.id, web.id, userId)).toBe(0);
    }
    expect(await linesOf(first.id)).toHaveLength(1);
    expect((await linesOf(first.id))[0]!.quantity).toBe(1);
    expect((await getCartView(t.db, first.id, customerAudience, web, customerId))!.lines).toHaveLength(1);
  });

  it('merges a guest cart on sign-in: lines move over, quantities summed and capped, the guest cart deleted', async () => {
    const own = (await createCart(t.db, b2b.id, otherUserId)).id;
    await addToCart(t.db, {
      cartId: own,
      sku: skus[0]!,
      quantity: 998,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: otherUserId,
    });
    await addToCart(t.db, {
      cartId: own,
      sku: skus[1]!,
      quantity: 1,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: otherUserId,
    });
    const guest = (await createCart(t.db, b2b.id, null)).id;
    await addToCart(t.db, {
      cartId: guest,
      sku: skus[0]!,
      quantity: 5,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: null,
    });
    await addToCart(t.db, {
      cartId: guest,
      sku: skus[1]!,
      quantity: 2,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: null,
    });
    await addToCart(t.db, {
      cartId: guest,
      sku: skus[2]!,
      quantity: 3,
      audience: ANONYMOUS_AUDIENCE,
      channel: b2b,
      userId: null,
    });

    expect(await mergeCarts(t.db, guest, otherUserId, b2b.id)).toEqual({ cartId: own });
    const bySku = Object.fromEntries(
      (await getCartView(t.db, own, ANONYMOUS_AUDIENCE, b2b, otherUserId))!.lines.map((l) => [l.sku, l.quantity]),
    );
    expect(bySku).toEqual({ [skus[0]!]: 999, [skus[1]!]: 3, [skus[2]!]: 3 });
    expect(await t.db.select().from(carts).where(eq(carts.id, guest))).toEqual([]);
    // Merging again (a replayed cookie) or a cart of another channel does nothing.
    expect(await mergeCarts(t.db, guest, otherUserId, b2b.id)).toBeNull();
    const webGuest = (await createCart(t.db, web.id, null)).id;
    expect(await mergeCarts(t.db, webGuest, otherUserId, b2b.id)).toBeNull();
    expect(await mergeCarts(t.db, 'tampered', otherUserId, b2b.id)).toBeNull();
  });

  it('creates the customer cart when the customer had none', async () => {
    const fresh = await makeCustomer(t.db, { name: 'Fresh' });
    const guest = (await createCart(t.db, web.id, null)).id;
    await addToCart(t.db, {
      cartId: guest,
      sku: skus[0]!,
      quantity: 2,
      audience: ANONYMOUS_AUDIENCE,
      channel: web,
      userId: null,
    });
    const merged = await mergeCarts(t.db, guest, fresh.id, web.id);
    expect(merged!.cartId).not.toBe(guest);
    expect(await findUserCartId(t.db, fresh.id, web.id)).toBe(merged!.cartId);
    expect((await linesOf(merged!.cartId)).map((l) => l.quantity)).toEqual([2]);
  });

  it('gives two concurrent sign-ins one customer cart', async () => {
    const fresh = await makeCustomer(t.db, { name: 'Twice' });
    const guests = [(await createCart(t.db, web.id, null)).id, (await createCart(t.db, web.id, null)).id];
    for (const guest of guests)
      await addToCart(t.db, {
        cartId: guest,
        sku: skus[0]!,
        quantity: 1,
        audience: ANONYMOUS_AUDIENCE,
        channel: web,
        userId: null,
      });
    const results = await Promise.all(guests.map((guest) => mergeCarts(t.db, guest, fresh.id, web.id)));
    expect(results[0]!.cartId).toBe(results[1]!.cartId);
    expect((await linesOf(results[0]!.cartId))[0]!.quantity).toBe(2);
  });
});
