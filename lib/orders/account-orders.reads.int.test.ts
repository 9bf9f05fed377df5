// The account page's orders and messages: the customer's own only, newest first; guest orders by their cart.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carts, channels, notificationOutbox, orders, users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findGuestOrderId, listAccountMessages, listAccountOrders } from './account-orders.reads';

let t: TestDatabase;
let web: string;
let customer: string;
let other: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const [channel] = await t.db.select({ id: channels.id }).from(channels).where(eq(channels.code, 'web'));
  web = channel!.id;
  const ids = async (email: string) =>
    (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  customer = await ids('customer@example.com');
  other = await ids('ben@acme.example');
});
afterAll(() => t.drop());

const order = (userId: string | null, placedAt: Date, extra: Partial<typeof orders.$inferInsert> = {}) =>
  t.db
    .insert(orders)
    .values({
      channelId: web,
      userId,
      email: 'x@example.com',
      currency: 'EUR',
      pricesIncludeVat: true,
      totalAmount: 4200,
      placedAt,
      ...extra,
    })
    .returning({ id: orders.id, number: orders.number })
    .then((rows) => rows[0]!);

describe('listAccountOrders', () => {
  it('lists the customer’s own orders, newest first, at most the limit', async () => {
    const before = (await listAccountOrders(t.db, customer, 100)).length;
    const older = await order(customer, new Date('2030-02-01T10:00:00Z'));
    const newer = await order(customer, new Date('2030-02-02T10:00:00Z'), { status: 'ready_for_pickup' });
    const foreign = await order(other, new Date('2030-02-03T10:00:00Z'));
    const mine = await listAccountOrders(t.db, customer);
    expect(mine.slice(0, 2)).toEqual([
      {
        id: newer.id,
        number: newer.number,
        placedAt: new Date('2030-02-02T10:00:00Z'),
        status: 'ready_for_pickup',
        totalAmount: 4200,
        currency: 'EUR',
      },
      {
        id: older.id,
        number: older.number,
        placedAt: new Date('2030-02-01T10:00:00Z'),
        status: 'placed',
        totalAmount: 4200,
        currency: 'EUR',
      },
    ]);
    expect(mine.map((o) => o.id)).not.toContain(foreign.id);
    expect((await listAccountOrders(t.db, customer, 100)).length).toBe(before + 2);
    for (let i = 0; i < 21; i++) await order(customer, new Date(Date.UTC(2030, 2, 1, i)));
    expect(await listAccountOrders(t.db, customer)).toHaveLength(20);
  });
});

describe('listAccountMessages', () => {
  it('lists the customer’s own messages, newest first', async () => {
    await t.db.insert(notificationOutbox).values([
      {
        userId: customer,
        email: 'customer@example.com',
        subject: 'First',
        body: 'one',
        createdAt: new Date('2030-01-01T10:00:00Z'),
      },
      {
        userId: customer,
        email: 'customer@example.com',
        subject: 'Second',
        body: 'two',
        createdAt: new Date('2030-01-02T10:00:00Z'),
      },
      {
        userId: other,
        email: 'ben@acme.example',
        subject: 'Not yours',
        body: 'three',
        createdAt: new Date('2030-01-03T10:00:00Z'),
      },
    ]);
    const messages = await listAccountMessages(t.db, customer);
    expect(messages.map((m) => m.subject).filter((s) => ['First', 'Second', 'Not yours'].includes(s))).toEqual([
      'Second',
      'First',
    ]);
    expect(messages[0]).toMatchObject({ subject: 'Second', body: 'two', createdAt: new Date('2030-01-02T10:00:00Z') });
  });
});

describe('findGuestOrderId', () => {
  it('finds a guest order only by the cart it was placed from', async () => {
    const [cart] = await t.db.insert(carts).values({ channelId: web }).returning({ id: carts.id });
    const [otherCart] = await t.db.insert(carts).values({ channelId: web }).returning({ id: carts.id });
    const guest = await order(null, new Date(), { cartId: cart!.id });
    const owned = await order(customer, new Date(), { cartId: cart!.id });
    expect(await findGuestOrderId(t.db, guest.id, cart!.id)).toBe(guest.id);
    expect(await findGuestOrderId(t.db, guest.id, otherCart!.id)).toBeNull();
    expect(await findGuestOrderId(t.db, owned.id, cart!.id)).toBeNull(); // a customer's order needs their sign-in
  });
});
