// Walks the pickup-desk actions with each role: staff of the store and admins may work orders,
// only admins may change the pickup settings or run the expiry job; everyone else is refused and
// nothing changes.
import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { placePickupOrder } from '@/lib/testing/pickup-orders';
import { locations, orders, settings } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { makeChannel, makeProduct, makeStock, makeStore } from '@/lib/testing/factories';
import { makeRoleActors, ROLES } from '@/lib/testing/role-actors';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <F>(fn: F) => fn,
}));

const WORK_ORDERS = ['staff', 'admin'];
const ADMINS = ['admin'];

// These tests place several guest orders paid at pickup; the guest limits have their own test.
vi.stubEnv('GUEST_ORDERS_PER_IP', '0');
vi.stubEnv('GUEST_ORDERS_PER_EMAIL', '0');

let t: TestDatabase;
let web: { id: string };
let ber: typeof locations.$inferSelect;
let ham: { id: string };
let variant: { id: string };
let actors: Record<string, Actor | null>;

type Action = (state: null, form: FormData) => Promise<unknown>;
async function call(module: 'desk' | 'store', name: string, fields: Record<string, string>) {
  const mod = (module === 'desk'
    ? await import('@/app/store-desk/actions')
    : await import('@/app/store-desk/[code]/actions')) as unknown as Record<string, Action>;
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return mod[name]!(null, form);
}

/** A guest pickup order at BER, moved on to `until` by the admin. */
const pickupOrder = (until: 'placed' | 'ready_for_pickup', paid = false) =>
  placePickupOrder(t.db, { channelId: web.id, store: ber, variantId: variant.id, until, paid, by: actors.admin! });
const statusOf = async (id: string) =>
  (await t.db.select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0]!.status;
const pickupSetting = async () =>
  (await t.db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'pickup')))[0]?.value ?? null;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  // Room for every order of the file in one slot: only the stock may limit them.
  ber = await makeStore(t.db, { pickupSlotCapacity: 1000 });
  ham = await makeStore(t.db);
  web = await makeChannel(t.db, { locationIds: [ber.id, ham.id] });
  ({ actors } = await makeRoleActors(t.db, { staffLocationIds: [ber.id] }));
  variant = (await makeProduct(t.db)).variants[0]!;
  await makeStock(t.db, { variantId: variant.id, locationId: ber.id, onHand: 200 });
});
afterAll(() => t.drop());

describe('pickup desk actions', () => {
  for (const role of ROLES) {
    it(`as ${role}`, async () => {
      const [placed, ready, toCancel] = [
        await pickupOrder('placed'),
        await pickupOrder('ready_for_pickup'),
        await pickupOrder('placed'),
      ];
      state.actor = actors[role] ?? null;
      vi.mocked(revalidatePath).mockClear();
      const denied = {
        ok: false,
        formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
      };
      const settingBefore = await pickupSetting();

      const advanced = await call('store', 'advanceOrderAction', { orderId: placed.id, to: 'confirmed' });
      const paid = await call('store', 'recordPaymentAction', { orderId: ready.id, reference: 'TID-4711' });
      const handedOver = await call('store', 'handOverAction', { orderId: ready.id, code: ready.pickupCode! });
      const cancelled = await call('store', 'cancelOrderAction', { orderId: toCancel.id });
      const saved = await call('desk', 'updatePickupSettingsAction', { uncollectedDays: '9' });
      const ran = await call('desk', 'cancelUncollectedNowAction', {});

      if (WORK_ORDERS.includes(role)) {
        expect(advanced).toMatchObject({ ok: true });
        expect(paid).toMatchObject({ ok: true });
        expect(handedOver).toMatchObject({ ok: true });
        expect(cancelled).toMatchObject({ ok: true });
        expect([await statusOf(placed.id), await statusOf(ready.id), await statusOf(toCancel.id)]).toEqual([
          'confirmed',
          'collected',
          'cancelled',
        ]);
        expect(revalidatePath).toHaveBeenCalledWith('/store-desk', 'layout');
      } else {
        for (const result of [advanced, paid, handedOver, cancelled]) expect(result).toMatchObject(denied);
        expect([await statusOf(placed.id), await statusOf(ready.id), await statusOf(toCancel.id)]).toEqual([
          'placed',
          'ready_for_pickup',
          'placed',
        ]);
      }
      if (ADMINS.includes(role)) {
        expect(saved).toMatchObject({ ok: true });
        expect(await pickupSetting()).toEqual({ uncollectedDays: 9 });
        expect(ran).toMatchObject({ ok: true, message: JSON.stringify({ cancelled: 0, failed: 0, skipped: false }) });
      } else {
        expect(saved).toMatchObject(denied);
        expect(ran).toMatchObject(denied);
        expect(await pickupSetting()).toEqual(settingBefore);
      }
    });
  }

  it('refuses staff of another store and a wrong code, and changes nothing', async () => {
    const ready = await pickupOrder('ready_for_pickup', true);
    state.actor = { ...actors.staff!, staffLocationIds: [ham.id] };
    expect(await call('store', 'handOverAction', { orderId: ready.id, code: ready.pickupCode! })).toMatchObject({
      ok: false,
      formError: 'You can only work on orders collected at your own store.',
    });
    expect(await call('store', 'cancelOrderAction', { orderId: ready.id })).toMatchObject({
      ok: false,
      formError: 'You can only work on orders collected at your own store.',
    });
    state.actor = actors.staff!;
    const wrong = ready.pickupCode === '000000' ? '111111' : '000000';
    expect(await call('store', 'handOverAction', { orderId: ready.id, code: wrong })).toMatchObject({
      ok: false,
      fieldErrors: { code: ['The pickup code does not match this order. Nothing was changed.'] },
    });
    expect(await call('store', 'handOverAction', { orderId: ready.id, code: '' })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.any(String)] },
    });
    expect(await call('store', 'advanceOrderAction', { orderId: ready.id, to: 'collected' })).toMatchObject({
      ok: false,
      fieldErrors: { to: [expect.any(String)] },
    });
    expect(await statusOf(ready.id)).toBe('ready_for_pickup');
  });
});
