// The account page's orders and messages: the customer's own only, newest first; guest orders by their cart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationOutbox, orders } from '@/db/schema';
import { makeCart, makeChannel, makeCompany, makeCustomer, makeOrder, type MadeUser } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findGuestOrderId, listAccountMessages, listAccountOrders, listOrderMessages } from './account-orders.reads';

let t: TestDatabase;
let web: string;
let customer: string;
let other: string;
let customerUser: MadeUser;
let otherUser: MadeUser;

beforeAll(async () => {
  t = await createTestDatabase();
  web = (await makeChannel(t.db)).id;
  customerUser = await makeCustomer(t.db);
  otherUser = (await makeCompany(t.db, { members: [{ role: 'buyer' }] })).members[0]!;
  [customer, other] = [customerUser.id, otherUser.id];
});
afterAll(() => t.drop());

const order = (userId: string | null, placedAt: Date, extra: Partial<typeof orders.$inferInsert> = {}) =>
  makeOrder(t.db, { channelId: web, userId, email: 'x@example.com', totalAmount: 4200, placedAt, ...extra });

describe('listAccountOrders', () => {
  it('lists the customer’s own orders, newest first, at most the limit', async () => {
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
    expect((await listAccountOrders(t.db, customer, 100)).length).toBe(2);
    for (let i = 0; i < 21; i++) await order(customer, new Date(Date.UTC(2030, 2, 1, i)));
    expect(await listAccountOrders(t.db, customer)).toHaveLength(20);
  });
});

describe('listAccountMessages', () => {
  it('lists the customer’s own messages, newest first', async () => {
    await t.db.insert(notificationOutbox).values([
      {
        userId: customer,
        email: customerUser.email,
        subject: 'First',
        body: 'one',
        createdAt: new Date('2030-01-01T10:00:00Z'),
      },
      {
        userId: customer,
        email: customerUser.email,
        subject: 'Second',
        body: 'two',
        createdAt: new Date('2030-01-02T10:00:00Z'),
      },
      {
        userId: other,
        email: otherUser.email,
        subject: 'Not yours',
        body: 'three',
        createdAt: new Date('2030-01-03T10:00:00Z'),
      },
    ]);
    const messages = await listAccountMessages(t.db, customer);
    expect(messages.map((m) => m.subject)).toEqual(['Second', 'First']);
    expect(messages[0]).toMatchObject({ subject: 'Second', body: 'two', createdAt: new Date('2030-01-02T10:00:00Z') });
  });
});

describe('findGuestOrderId', () => {
  it('finds a guest order only by the cart it was placed from', async () => {
    const cart = await makeCart(t.db, { channelId: web });
    const otherCart = await makeCart(t.db, { channelId: web });
    const guest = await order(null, new Date(), { cartId: cart!.id });
    const owned = await order(customer, new Date(), { cartId: cart!.id });
    expect(await findGuestOrderId(t.db, guest.id, cart!.id)).toBe(guest.id);
    expect(await findGuestOrderId(t.db, guest.id, otherCart!.id)).toBeNull();
    expect(await findGuestOrderId(t.db, owned.id, cart!.id)).toBeNull(); // a customer's order needs their sign-in
  });
});

describe('listOrderMessages', () => {
  it('lists one order’s messages (a guest order’s too), newest first, with when each was e-mailed', async () => {
    const mine = await order(null, new Date('2030-02-01T10:00:00Z'));
    const another = await order(customer, new Date('2030-02-02T10:00:00Z'));
    const sentAt = new Date('2030-02-01T12:05:00Z');
    await t.db.insert(notificationOutbox).values([
      {
        orderId: mine.id,
        email: 'x@example.com',
        subject: 'Ready',
        body: 'r',
        createdAt: new Date('2030-02-01T12:00:00Z'),
        sentAt,
      },
      {
        orderId: mine.id,
        email: 'x@example.com',
        subject: 'Placed',
        body: 'p',
        createdAt: new Date('2030-02-01T10:00:00Z'),
      },
      { orderId: another.id, userId: customer, email: 'x@example.com', subject: 'Other order', body: 'o' },
    ]);
    const messages = await listOrderMessages(t.db, mine.id);
    expect(messages.map((m) => [m.subject, m.sentAt])).toEqual([
      ['Ready', sentAt],
      ['Placed', null],
    ]);
    expect(await listOrderMessages(t.db, (await order(null, new Date())).id)).toEqual([]);
  });
});
