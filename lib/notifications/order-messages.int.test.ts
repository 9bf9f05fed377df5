// A customer message is e-mailed in the language the order was placed in, and shown in the account in
// the language the customer reads it in.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationOutbox } from '@/db/schema';
import { listAccountMessages } from '@/lib/orders/account-orders.reads';
import { transitionOrder } from '@/lib/orders/orders.writes';
import { translatorFor } from '@/lib/platform/i18n/messages';
import { actorOf, makeAdmin, makeChannel, makeCustomer, makeOrder, makeStore } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { wordOrderMessage } from './order-messages.rules';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe('order messages', () => {
  it('are worded in the order language for the e-mail and in the reader language in the account', async () => {
    const [channel, store, customer, admin] = await Promise.all([
      makeChannel(t.db),
      makeStore(t.db, { name: 'Laden Mitte' }),
      makeCustomer(t.db),
      makeAdmin(t.db),
    ]);
    const order = await makeOrder(t.db, {
      channelId: channel.id,
      userId: customer.id,
      email: customer.email,
      locale: 'de',
      status: 'picking',
      fulfilment: 'pickup',
      pickupLocationId: store.id,
      pickupCode: '482913',
    });
    await transitionOrder(t.db, await actorOf(t.db, admin), order.id, 'ready_for_pickup');

    const [mail] = await t.db.select().from(notificationOutbox).where(eq(notificationOutbox.orderId, order.id));
    expect(mail!.subject).toBe(`Ihre Bestellung #${order.number} liegt zur Abholung bereit: Laden Mitte`);
    expect(mail!.body).toContain('Zeigen Sie an der Theke Ihren Abholcode 482913.');

    const [shown] = await listAccountMessages(t.db, customer.id);
    expect(shown!.message).toMatchObject({ kind: 'readyForPickup', number: order.number, pickupCode: '482913' });
    const english = wordOrderMessage(translatorFor('en'), shown!.message!);
    expect(english.subject).toBe(`Your order #${order.number} is ready for pickup at Laden Mitte`);
    expect(english.body).toContain('Show your pickup code 482913 at the desk.');
  });

  it('shows a stored message it cannot read as it was worded', async () => {
    const customer = await makeCustomer(t.db);
    await t.db.insert(notificationOutbox).values({
      userId: customer.id,
      email: customer.email,
      subject: 'Old subject',
      body: 'Old body',
      message: { kind: 'somethingNew' },
    });
    const [shown] = await listAccountMessages(t.db, customer.id);
    expect(shown).toMatchObject({ subject: 'Old subject', body: 'Old body', message: null });
  });
});
