// The scoped permission walk (docs/security.md): every server action and every route handler is listed
// with the scope it acts in, and each scoped one is called by an actor inside and one outside that
// scope — staff of Berlin vs staff of Hamburg for a Berlin order, a member of ACME vs a member of
// Globex for ACME's cart, order and contract prices. The outsider is refused and nothing changes.
// A new action or handler without a row here fails the first test.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { placePickupOrder } from '@/lib/testing/pickup-orders';
import { cartLines, carts as cartsTable, consentRecords, customerProfiles, orders, quotes } from '@/db/schema';
import { saveQuote } from '@/lib/quotes/quotes.writes';
import { getAccountQuote, getStaffQuote, listAccountQuotes } from '@/lib/quotes/quotes.reads';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import { ASSISTED_CART_COOKIE, SHOWROOM_CUSTOMER_COOKIE } from '@/lib/showroom/assisted-selling.rules';
import { jar } from '@/lib/testing/cookie-jar';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeAdmin,
  makeCart,
  makeChannel,
  makeCustomer,
  makeCompany,
  makePriceList,
  makeProduct,
  makeStaff,
  makeStock,
  makeStore,
  makeWarehouse,
  uniqueSuffix,
  type MadeChannel,
  type MadeLocation,
} from '@/lib/testing/factories';
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
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

type Scope =
  | { store: string }
  | { company: string }
  | { owner: string }
  /** Acts for no store or company: open to everyone, or by a role that reaches everywhere (the role walk covers it). */
  | { unscoped: string };

const GLOBAL_ROLE = {
  unscoped: 'back-office role that acts everywhere; app/server-actions.int.test.ts walks the roles',
};
const PUBLIC_CHANNEL_DATA = {
  unscoped: 'public channel data behind the publishable key (lib/platform/api/channel.ts)',
};
const OWN_CART = { owner: "the caller's own cart only (cookie or user id); walked below as ACME vs Globex" };

/** Every server action and route handler, by file and export, with its scope. */
const SCOPES: Record<string, Record<string, Scope>> = {
  'app/(storefront)/auth-actions.ts': {
    signInAction: { unscoped: 'anonymous visitors sign in' },
    signUpAction: { unscoped: 'consumer self-registration' },
    signOutAction: { owner: "ends the caller's own session" },
    confirmEmailAction: { unscoped: 'follows the link mailed at sign-up; the secret token is the proof' },
  },
  'app/(storefront)/locale-actions.ts': { setLocaleAction: { owner: "the caller's own language cookie" } },
  'app/(storefront)/store-actions.ts': {
    setPreferredStoreAction: { owner: "the caller's own preferred-store cookie" },
  },
  'app/(storefront)/cart/actions.ts': {
    addToCartAction: OWN_CART,
    setLineQuantityAction: OWN_CART,
    removeLineAction: OWN_CART,
  },
  'app/(storefront)/checkout/actions.ts': { placeOrderAction: OWN_CART },
  'app/(storefront)/showroom/find/route.ts': {
    GET: { store: 'looks up in the showroom channel only inside a session at a store the staff member may sell in' },
  },
  'app/(storefront)/cart/assisted-actions.ts': {
    leaveAssistedCartAction: { owner: "the caller's own assisted-cart cookie" },
  },
  'app/store-desk/[code]/actions.ts': {
    advanceOrderAction: { store: 'orders collected at the staff member’s own stores' },
    cancelOrderAction: { store: 'orders collected at the staff member’s own stores' },
    handOverAction: { store: 'orders collected at the staff member’s own stores' },
    recordPaymentAction: { store: 'orders collected at the staff member’s own stores' },
  },
  'app/(storefront)/showroom/actions.ts': {
    enterShowroomAction: { store: 'showroom mode only at a store the staff member may sell in' },
    endShowroomAction: { owner: "the caller's own showroom cookie" },
  },
  'app/(storefront)/showroom/handoff-actions.ts': {
    handOffCartAction: { store: 'only in a showroom session at a store the staff member may sell in' },
  },
  'app/(storefront)/h/[token]/actions.ts': {
    openHandoffAction: {
      unscoped: 'the customer’s phone: the one-time, expiring token is the proof and opens only its cart',
    },
  },
  'app/(storefront)/showroom/customer/actions.ts': {
    findCustomersAction: { store: 'only in a showroom session at a store the staff member may sell in' },
    chooseCustomerAction: { store: 'only in a showroom session at a store the staff member may sell in' },
    createCustomerAction: { store: 'only in a showroom session at a store the staff member may sell in' },
    clearCustomerAction: { owner: "the caller's own customer-in-context cookie" },
  },
  'app/(storefront)/showroom/quotes/actions.ts': {
    saveQuoteAction: { store: 'saves only in a showroom session at a store the staff member may sell in' },
    withdrawQuoteAction: { store: 'quotes of a store the staff member may sell in' },
  },
  'app/(storefront)/account/quotes/actions.ts': {
    orderQuoteAction: { owner: "a quote of the caller's own customer profile; walked below" },
    orderQuoteByLinkAction: { unscoped: "the quote link's secret token is the proof (256 bits, stored as sha256)" },
  },
  'app/store-desk/actions.ts': {
    cancelUncollectedNowAction: { unscoped: 'admins only, for every store (pickup:settings)' },
    updatePickupSettingsAction: { unscoped: 'admins only, for every store (pickup:settings)' },
  },
  'app/admin/products/[id]/actions.ts': {
    setProductStatusAction: GLOBAL_ROLE,
    saveProductTranslationAction: GLOBAL_ROLE,
  },
  'app/admin/categories/actions.ts': { saveCategoryTranslationAction: GLOBAL_ROLE },
  'app/admin/translations/actions.ts': { importTranslationsAction: GLOBAL_ROLE },
  'app/admin/price-lists/actions.ts': {
    createPriceListAction: GLOBAL_ROLE,
    updatePriceListAction: GLOBAL_ROLE,
    deletePriceListAction: GLOBAL_ROLE,
    addPriceEntryAction: GLOBAL_ROLE,
    deletePriceEntryAction: GLOBAL_ROLE,
    importPriceEntriesAction: GLOBAL_ROLE,
  },
  'app/admin/settings/actions.ts': { updatePricingSettingsAction: GLOBAL_ROLE },
  'app/admin/shipping/actions.ts': { saveShippingRateAction: GLOBAL_ROLE },
  'app/admin/content/actions.ts': { saveContentPageAction: GLOBAL_ROLE },
  'app/admin/search/synonyms/actions.ts': {
    createSynonymGroupAction: GLOBAL_ROLE,
    updateSynonymGroupAction: GLOBAL_ROLE,
    deleteSynonymGroupAction: GLOBAL_ROLE,
  },
  'app/admin/channels/actions.ts': {
    createChannelAction: GLOBAL_ROLE,
    updateChannelAction: GLOBAL_ROLE,
    createPublishableKeyAction: GLOBAL_ROLE,
    revokePublishableKeyAction: GLOBAL_ROLE,
  },
  'app/admin/assortment/actions.ts': {
    addAssortmentRuleAction: GLOBAL_ROLE,
    deleteAssortmentRuleAction: GLOBAL_ROLE,
    setProductsInChannelAction: GLOBAL_ROLE,
  },
  // Route handlers, by method.
  'app/admin/lookup/[kind]/route.ts': { GET: GLOBAL_ROLE },
  'app/admin/price-lists/[id]/entries.csv/route.ts': { GET: GLOBAL_ROLE },
  'app/admin/translations/[locale]/translations.csv/route.ts': { GET: GLOBAL_ROLE },
  'app/api/auth/[...nextauth]/route.ts': {
    GET: { unscoped: 'Auth.js: the caller’s own session' },
    POST: { unscoped: 'Auth.js: the caller’s own session' },
  },
  'app/api/cart/route.ts': { GET: OWN_CART },
  'app/api/health/route.ts': { GET: { unscoped: 'liveness, no data' } },
  'app/media/generated/[kind]/[file]/route.ts': { GET: { unscoped: 'generated demo images, no data' } },
  'app/api/v1/carts/route.ts': { POST: OWN_CART },
  'app/api/v1/carts/[id]/route.ts': { GET: OWN_CART },
  'app/api/v1/carts/[id]/lines/route.ts': { POST: OWN_CART },
  'app/api/v1/carts/[id]/lines/[lineId]/route.ts': { PATCH: OWN_CART, DELETE: OWN_CART },
  'app/api/v1/carts/[id]/checkout/route.ts': { POST: OWN_CART },
  'app/api/v1/carts/[id]/shipping/route.ts': { GET: OWN_CART },
  'app/api/v1/orders/[id]/route.ts': {
    GET: { store: 'its owner, or staff of the store that works it (both walked below)' },
  },
  'app/api/v1/prices/route.ts': { GET: { company: 'contract prices of `company` only for its members' } },
  'app/api/v1/categories/route.ts': { GET: PUBLIC_CHANNEL_DATA },
  'app/api/v1/channels/route.ts': { GET: PUBLIC_CHANNEL_DATA },
  'app/api/v1/feeds/[file]/route.ts': { GET: PUBLIC_CHANNEL_DATA },
  'app/api/v1/openapi.json/route.ts': { GET: { unscoped: 'the API description' } },
  'app/api/v1/pages/[slug]/route.ts': { GET: PUBLIC_CHANNEL_DATA },
  'app/api/v1/products/route.ts': { GET: PUBLIC_CHANNEL_DATA },
  'app/api/v1/products/[slug]/route.ts': { GET: PUBLIC_CHANNEL_DATA },
  'app/api/v1/products/[slug]/stock/route.ts': {
    GET: { unscoped: "public channel data: the publishable key's channel, or the storefront visitor's own" },
  },
  'app/api/v1/search/suggestions/route.ts': {
    GET: { unscoped: "public channel data: the publishable key's channel, or the storefront visitor's own" },
  },
  'app/api/v1/stores/route.ts': { GET: PUBLIC_CHANNEL_DATA },
  'app/api/v1/stores/[id]/pickup-slots/route.ts': { GET: PUBLIC_CHANNEL_DATA },
};

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) && !entry.includes('.test.') ? [full] : [];
  });
}

/** The endpoints in the code: exported functions of 'use server' modules and HTTP methods of route files. */
function endpointsInCode(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of sourceFiles(path.join(root, 'app'))) {
    const source = readFileSync(file, 'utf8');
    const relative = path.relative(root, file);
    if (/^['"]use server['"]/.test(source.trimStart()))
      found[relative] = [...source.matchAll(/export (?:const|async function|function) (\w+)/g)].map((m) => m[1]!);
    else if (path.basename(file) === 'route.ts')
      found[relative] = [
        ...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g),
        ...[...source.matchAll(/export \{([^}]+)\} from/g)].flatMap((m) =>
          m[1]!.split(',').map((name) => [null, name.trim()] as const),
        ),
      ].map((m) => m[1]!);
  }
  return found;
}

// The walk places several guest orders paid at pickup; the guest limits have their own test.
vi.stubEnv('GUEST_ORDERS_PER_IP', '0');
vi.stubEnv('GUEST_ORDERS_PER_EMAIL', '0');

let t: TestDatabase;
let ber: MadeLocation;
let ham: MadeLocation;
let web: { id: string; key: string | null };
let sku: string;
let variantId: string;
let actors: Record<'berStaff' | 'hamStaff' | 'acme' | 'globex' | 'admin', Actor>;
let acmeId: string;
let showroomChannelId: string;
let showroomChannel: MadeChannel;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  ber = await makeStore(t.db, { pickupSlotCapacity: 1000 });
  ham = await makeStore(t.db);
  const warehouse = await makeWarehouse(t.db);
  const locationIds = [ber.id, ham.id, warehouse.id];
  web = await makeChannel(t.db, { code: channelRouting().storefront, key: `pk_test_${uniqueSuffix()}`, locationIds });
  const b2b = await makeChannel(t.db, { code: channelRouting().b2b, kind: 'b2b', key: null, locationIds });
  showroomChannel = await makeChannel(t.db, {
    code: channelRouting().showroom,
    kind: 'showroom',
    key: null,
    locationIds,
  });
  showroomChannelId = showroomChannel.id;
  const variant = (await makeProduct(t.db, { variants: [{ price: 11_900 }] })).variants[0]!;
  [sku, variantId] = [variant.sku, variant.id];
  for (const id of locationIds) await makeStock(t.db, { variantId, locationId: id, onHand: 500 });
  const acme = await makeCompany(t.db, { members: [{ role: 'buyer' }] });
  const globex = await makeCompany(t.db, { members: [{ role: 'admin' }] });
  acmeId = acme.id;
  await makePriceList(t.db, {
    channelIds: [b2b.id],
    companyId: acme.id,
    amountsIncludeVat: false,
    entries: [{ variantId, kind: 'fixed', value: 8_000 }],
  });
  actors = {
    berStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] })),
    hamStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ham.id] })),
    acme: await actorOf(t.db, acme.members[0]!),
    globex: await actorOf(t.db, globex.members[0]!),
    admin: await actorOf(t.db, await makeAdmin(t.db)),
  };
});
afterAll(() => t.drop());

/** A pay-at-pickup order at Berlin, moved on to `until` by an admin. */
const berlinPickupOrder = (until: 'placed' | 'ready_for_pickup', paid = false) =>
  placePickupOrder(t.db, {
    channelId: web.id,
    store: ber,
    variantId,
    until,
    paid,
    by: actors.admin,
    email: 'walk@example.com',
  });

const statusOf = async (id: string) =>
  (await t.db.select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0]!.status;

const paymentOf = async (id: string) =>
  (
    await t.db
      .select({ status: orders.paymentStatus, reference: orders.paymentReference })
      .from(orders)
      .where(eq(orders.id, id))
  )[0]!;

type Action = (state: null, form: FormData) => Promise<{ ok: boolean } | null>;
async function callAction(file: string, name: string, fields: Record<string, string>) {
  const actions = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, Action>;
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return actions[name]!(null, form);
}

const API = 'http://localhost/api/v1';
const keyed = (init: RequestInit = {}) => ({
  ...init,
  headers: { 'x-publishable-key': web.key!, 'content-type': 'application/json', ...init.headers },
});
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

describe('scoped permission walk', () => {
  it('lists every server action and route handler with its scope', () => {
    const inCode = endpointsInCode();
    const listed = Object.fromEntries(Object.entries(SCOPES).map(([file, rows]) => [file, Object.keys(rows).sort()]));
    expect(Object.fromEntries(Object.entries(inCode).map(([file, names]) => [file, names.sort()]))).toEqual(listed);
  });

  describe('store scope: Berlin staff work Berlin orders, Hamburg staff cannot', () => {
    const desk = 'app/store-desk/[code]/actions.ts';
    const showroom = 'app/(storefront)/showroom/actions.ts';

    it('advanceOrderAction', async () => {
      const order = await berlinPickupOrder('placed');
      state.actor = actors.hamStaff;
      expect(await callAction(desk, 'advanceOrderAction', { orderId: order.id, to: 'confirmed' })).toMatchObject({
        ok: false,
      });
      expect(await statusOf(order.id)).toBe('placed');
      state.actor = actors.berStaff;
      expect(await callAction(desk, 'advanceOrderAction', { orderId: order.id, to: 'confirmed' })).toMatchObject({
        ok: true,
      });
      expect(await statusOf(order.id)).toBe('confirmed');
    });

    it('cancelOrderAction', async () => {
      const order = await berlinPickupOrder('placed');
      state.actor = actors.hamStaff;
      expect(await callAction(desk, 'cancelOrderAction', { orderId: order.id })).toMatchObject({ ok: false });
      expect(await statusOf(order.id)).toBe('placed');
      state.actor = actors.berStaff;
      expect(await callAction(desk, 'cancelOrderAction', { orderId: order.id })).toMatchObject({ ok: true });
      expect(await statusOf(order.id)).toBe('cancelled');
    });

    it('recordPaymentAction', async () => {
      const order = await berlinPickupOrder('ready_for_pickup');
      const fields = { orderId: order.id, reference: 'TID-0815' };
      state.actor = actors.hamStaff;
      expect(await callAction(desk, 'recordPaymentAction', fields)).toMatchObject({ ok: false });
      expect(await paymentOf(order.id)).toEqual({ status: 'pending', reference: null });
      state.actor = actors.berStaff;
      expect(await callAction(desk, 'recordPaymentAction', fields)).toMatchObject({ ok: true });
      expect(await paymentOf(order.id)).toEqual({ status: 'paid', reference: 'TID-0815' });
    });

    it('handOverAction', async () => {
      const order = await berlinPickupOrder('ready_for_pickup', true);
      const fields = { orderId: order.id, code: order.pickupCode! };
      state.actor = actors.hamStaff;
      expect(await callAction(desk, 'handOverAction', fields)).toMatchObject({ ok: false });
      expect(await statusOf(order.id)).toBe('ready_for_pickup');
      state.actor = actors.berStaff;
      expect(await callAction(desk, 'handOverAction', fields)).toMatchObject({ ok: true });
      expect(await statusOf(order.id)).toBe('collected');
    });

    it('enterShowroomAction', async () => {
      jar.clear();
      state.actor = actors.hamStaff;
      expect(await callAction(showroom, 'enterShowroomAction', { storeId: ber.id })).toMatchObject({ ok: false });
      expect(jar.has(SHOWROOM_COOKIE)).toBe(false);
      state.actor = actors.berStaff;
      // Success ends in a redirect to /showroom.
      await expect(callAction(showroom, 'enterShowroomAction', { storeId: ber.id })).rejects.toMatchObject({
        digest: expect.stringContaining('/showroom'),
      });
      expect(jar.get(SHOWROOM_COOKIE)?.value).toBe(ber.id);
    });

    it('GET /showroom/find', async () => {
      const { GET } = await import('@/app/(storefront)/showroom/find/route');
      const find = async () =>
        (await GET(new Request(`http://localhost/showroom/find?q=${sku}`))).headers.get('location');
      jar.clear();
      jar.set(SHOWROOM_COOKIE, { value: ber.id });
      state.actor = actors.hamStaff;
      expect(await find()).toBe('/showroom');
      state.actor = actors.berStaff;
      expect(await find()).toMatch(new RegExp(`^/p/.+\\?variant=${sku}$`));
      jar.clear();
    });

    it('handOffCartAction', async () => {
      const handoff = 'app/(storefront)/showroom/handoff-actions.ts';
      const lines = [{ variantId, quantity: 1 }];
      const berCart = await makeCart(t.db, { channelId: showroomChannelId, userId: actors.berStaff.userId, lines });
      await makeCart(t.db, { channelId: showroomChannelId, userId: actors.hamStaff.userId, lines });
      const linesOf = async (cartId: string) =>
        (await t.db.select().from(cartLines).where(eq(cartLines.cartId, cartId))).length;
      // Hamburg staff with Berlin's showroom cookie are not in a showroom session at all.
      jar.clear();
      jar.set(SHOWROOM_COOKIE, { value: ber.id });
      state.actor = actors.hamStaff;
      expect(await callAction(handoff, 'handOffCartAction', {})).toMatchObject({ ok: false });
      state.actor = actors.berStaff;
      expect(await callAction(handoff, 'handOffCartAction', {})).toMatchObject({
        ok: true,
        data: { path: expect.stringMatching(/^\/h\/[A-Za-z0-9_-]{32}$/) },
      });
      expect(await linesOf(berCart.id)).toBe(0);
      jar.clear();
    });

    describe('the customer in context: Hamburg staff holding a Berlin session cookie act in no session', () => {
      const customerActions = 'app/(storefront)/showroom/customer/actions.ts';
      const redirected = { digest: expect.stringContaining('/showroom/customer') };
      const inBerlin = (actor: Actor) => {
        jar.clear();
        jar.set(SHOWROOM_COOKIE, { value: ber.id });
        state.actor = actor;
      };
      const profileOf = async (email: string) =>
        (await t.db.select().from(customerProfiles).where(eq(customerProfiles.email, email)))[0];

      it('findCustomersAction', async () => {
        const fields = { q: 'walk@example.com' };
        inBerlin(actors.hamStaff);
        expect(await callAction(customerActions, 'findCustomersAction', fields)).toMatchObject({ ok: false });
        inBerlin(actors.berStaff);
        expect(await callAction(customerActions, 'findCustomersAction', fields)).toMatchObject({ ok: true });
      });

      it('createCustomerAction and chooseCustomerAction', async () => {
        const email = `scope-${uniqueSuffix()}@example.com`;
        const fields = { firstName: 'Scope', lastName: 'Walk', email, marketing_email: 'on' };
        inBerlin(actors.hamStaff);
        expect(await callAction(customerActions, 'createCustomerAction', fields)).toMatchObject({ ok: false });
        expect(await profileOf(email)).toBeUndefined();
        inBerlin(actors.berStaff);
        await expect(callAction(customerActions, 'createCustomerAction', fields)).rejects.toMatchObject(redirected);
        const profile = (await profileOf(email))!;
        expect(await t.db.select().from(consentRecords).where(eq(consentRecords.profileId, profile.id))).toHaveLength(
          3,
        );

        inBerlin(actors.hamStaff);
        expect(await callAction(customerActions, 'chooseCustomerAction', { profileId: profile.id })).toMatchObject({
          ok: false,
        });
        expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
        inBerlin(actors.berStaff);
        await expect(
          callAction(customerActions, 'chooseCustomerAction', { profileId: profile.id }),
        ).rejects.toMatchObject(redirected);
        expect(jar.get(SHOWROOM_CUSTOMER_COOKIE)?.value).toBe(profile.id);
      });
    });

    it('GET /api/v1/orders/{id}', async () => {
      const order = await berlinPickupOrder('placed');
      const { GET } = await import('@/app/api/v1/orders/[id]/route');
      const get = () => GET(new Request(`${API}/orders/${order.id}`), params({ id: order.id }));
      state.actor = actors.hamStaff;
      expect((await get()).status).toBe(404);
      state.actor = actors.berStaff;
      expect((await get()).status).toBe(200);
    });
  });

  describe("quotes: Berlin staff work Berlin's quotes, Hamburg staff cannot; a customer reaches only their own", () => {
    const quoteActions = 'app/(storefront)/showroom/quotes/actions.ts';
    let showroom: Awaited<ReturnType<typeof makeChannel>>;
    let customer: Actor;
    let stranger: Actor;
    let profileId: string;
    const validUntil = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const quoteCount = async () => (await t.db.select({ id: quotes.id }).from(quotes)).length;
    const berlinQuote = async () => {
      const cart = await makeCart(t.db, {
        channelId: showroom.id,
        userId: actors.berStaff.userId,
        lines: [{ variantId, quantity: 1 }],
      });
      return saveQuote(t.db, actors.berStaff, {
        storeId: ber.id,
        customer: { profileId },
        cartId: cart.id,
        channel: showroom,
        audience: { customerGroupIds: [], companyId: null },
        validUntil: validUntil(),
        locale: 'en',
      });
    };
    beforeAll(async () => {
      // The walk's showroom channel (one per code).
      showroom = showroomChannel;
      const made = await makeCustomer(t.db);
      customer = await actorOf(t.db, made);
      stranger = await actorOf(t.db, await makeCustomer(t.db));
      [{ id: profileId }] = (await t.db
        .select({ id: customerProfiles.id })
        .from(customerProfiles)
        .where(eq(customerProfiles.userId, made.id))) as [{ id: string }];
    });

    it('saveQuoteAction in a Berlin session', async () => {
      for (const staff of [actors.hamStaff, actors.berStaff])
        await makeCart(t.db, { channelId: showroom.id, userId: staff.userId, lines: [{ variantId, quantity: 1 }] });
      const before = await quoteCount();
      jar.clear();
      jar.set(SHOWROOM_COOKIE, { value: ber.id });
      jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: profileId });
      state.actor = actors.hamStaff;
      expect(await callAction(quoteActions, 'saveQuoteAction', { validUntil: validUntil() })).toMatchObject({
        ok: false,
      });
      expect(await quoteCount()).toBe(before);
      state.actor = actors.berStaff;
      await expect(callAction(quoteActions, 'saveQuoteAction', { validUntil: validUntil() })).rejects.toMatchObject({
        digest: expect.stringContaining('/showroom/quotes/'),
      });
      expect(await quoteCount()).toBe(before + 1);
    });

    it('withdrawQuoteAction and the staff quote page (getStaffQuote)', async () => {
      const quote = await berlinQuote();
      const status = async () =>
        (await t.db.select({ status: quotes.status }).from(quotes).where(eq(quotes.id, quote.id)))[0]!.status;
      expect(await getStaffQuote(t.db, actors.hamStaff, quote.id)).toBeNull();
      expect(await getStaffQuote(t.db, actors.berStaff, quote.id)).toMatchObject({ id: quote.id });
      state.actor = actors.hamStaff;
      expect(await callAction(quoteActions, 'withdrawQuoteAction', { quoteId: quote.id })).toMatchObject({ ok: false });
      expect(await status()).toBe('open');
      state.actor = actors.berStaff;
      expect(await callAction(quoteActions, 'withdrawQuoteAction', { quoteId: quote.id })).toMatchObject({ ok: true });
      expect(await status()).toBe('withdrawn');
    });

    it('orderQuoteAction and the account quote pages (getAccountQuote, listAccountQuotes)', async () => {
      const quote = await berlinQuote();
      const carts = async () =>
        t.db.select({ id: cartsTable.id }).from(cartsTable).where(eq(cartsTable.quoteId, quote.id));
      expect(await getAccountQuote(t.db, stranger, quote.id)).toBeNull();
      expect(await listAccountQuotes(t.db, stranger)).toEqual([]);
      expect(await getAccountQuote(t.db, customer, quote.id)).toMatchObject({ id: quote.id });
      jar.clear();
      state.actor = stranger;
      expect(
        await callAction('app/(storefront)/account/quotes/actions.ts', 'orderQuoteAction', { quoteId: quote.id }),
      ).toMatchObject({ ok: false });
      expect(await carts()).toEqual([]);
      state.actor = customer;
      await expect(
        callAction('app/(storefront)/account/quotes/actions.ts', 'orderQuoteAction', { quoteId: quote.id }),
      ).rejects.toMatchObject({ digest: expect.stringContaining('/checkout') });
      expect(await carts()).toHaveLength(1);
      expect(jar.get(ASSISTED_CART_COOKIE)?.value).toBe((await carts())[0]!.id);
    });
  });

  describe("company and owner scope: ACME's member reaches ACME's things, Globex's member does not", () => {
    async function acmeCartWithLine() {
      state.actor = actors.acme;
      const { POST: create } = await import('@/app/api/v1/carts/route');
      const { id } = (await (await create(new Request(`${API}/carts`, keyed({ method: 'POST' })))).json()) as {
        id: string;
      };
      const { POST: add } = await import('@/app/api/v1/carts/[id]/lines/route');
      const body = JSON.stringify({ sku, quantity: 2 });
      const added = await add(new Request(`${API}/carts/${id}/lines`, keyed({ method: 'POST', body })), params({ id }));
      expect(added.status).toBe(201);
      const [line] = await t.db.select({ id: cartLines.id }).from(cartLines).where(eq(cartLines.cartId, id));
      return { id, lineId: line!.id };
    }
    const quantities = async (cartId: string) =>
      (await t.db.select({ quantity: cartLines.quantity }).from(cartLines).where(eq(cartLines.cartId, cartId))).map(
        (l) => l.quantity,
      );

    it('GET /api/v1/prices with company', async () => {
      const { GET } = await import('@/app/api/v1/prices/route');
      const get = () => GET(new Request(`${API}/prices?sku=${encodeURIComponent(sku)}&company=${acmeId}`, keyed()));
      state.actor = actors.globex;
      expect((await get()).status).toBe(403);
      state.actor = actors.acme;
      const answer = await get();
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ unitPrice: { amount: 8_000 }, pricesIncludeVat: false });
    });

    it('GET /api/v1/carts/{id}/shipping', async () => {
      const cart = await acmeCartWithLine();
      const { GET } = await import('@/app/api/v1/carts/[id]/shipping/route');
      const request = () => new Request(`${API}/carts/${cart.id}/shipping`, keyed());
      state.actor = actors.globex;
      expect((await GET(request(), params({ id: cart.id }))).status).toBe(404);
      state.actor = actors.acme;
      const own = await GET(request(), params({ id: cart.id }));
      expect(own.status).toBe(200);
      expect(((await own.json()) as { options: unknown[] }).options).toHaveLength(3);
    });

    it('the cart API: GET, POST lines, PATCH and DELETE a line, checkout', async () => {
      const cart = await acmeCartWithLine();
      const before = await quantities(cart.id);
      const { GET } = await import('@/app/api/v1/carts/[id]/route');
      const { POST: add } = await import('@/app/api/v1/carts/[id]/lines/route');
      const { PATCH, DELETE } = await import('@/app/api/v1/carts/[id]/lines/[lineId]/route');
      const { POST: checkout } = await import('@/app/api/v1/carts/[id]/checkout/route');
      const line = params({ id: cart.id, lineId: cart.lineId });
      const url = `${API}/carts/${cart.id}`;

      state.actor = actors.globex;
      expect((await GET(new Request(url, keyed()), params({ id: cart.id }))).status).toBe(404);
      const more = JSON.stringify({ sku, quantity: 1 });
      expect((await add(new Request(`${url}/lines`, keyed({ method: 'POST', body: more })), params(cart))).status).toBe(
        404,
      );
      const nine = JSON.stringify({ quantity: 9 });
      expect((await PATCH(new Request(`${url}/lines/x`, keyed({ method: 'PATCH', body: nine })), line)).status).toBe(
        404,
      );
      expect((await DELETE(new Request(`${url}/lines/x`, keyed({ method: 'DELETE' })), line)).status).toBe(404);
      const order = JSON.stringify({
        email: 'globex@example.com',
        fulfilment: 'delivery',
        shippingAddress: {
          name: 'Gina Globex',
          street: 'Street 1',
          postalCode: '10115',
          city: 'Berlin',
          country: 'DE',
        },
        payment: { method: 'invoice' },
      });
      const placed = await checkout(
        new Request(
          `${url}/checkout`,
          keyed({ method: 'POST', body: order, headers: { 'idempotency-key': randomUUID() } }),
        ),
        params({ id: cart.id }),
      );
      expect(placed.status).toBe(404);
      expect(await quantities(cart.id)).toEqual(before);

      state.actor = actors.acme;
      expect((await GET(new Request(url, keyed()), params({ id: cart.id }))).status).toBe(200);
      expect((await PATCH(new Request(`${url}/lines/x`, keyed({ method: 'PATCH', body: nine })), line)).status).toBe(
        200,
      );
      expect(await quantities(cart.id)).toEqual([9]);
    });

    it('the cart actions: setLineQuantityAction and removeLineAction', async () => {
      const cart = await acmeCartWithLine();
      const actions = 'app/(storefront)/cart/actions.ts';
      const before = await quantities(cart.id);
      state.actor = actors.globex;
      expect(await callAction(actions, 'setLineQuantityAction', { lineId: cart.lineId, quantity: '7' })).toMatchObject({
        ok: false,
      });
      expect(await callAction(actions, 'removeLineAction', { lineId: cart.lineId })).toMatchObject({ ok: false });
      expect(await quantities(cart.id)).toEqual(before);
      state.actor = actors.acme;
      expect(await callAction(actions, 'setLineQuantityAction', { lineId: cart.lineId, quantity: '7' })).toMatchObject({
        ok: true,
      });
      expect(await quantities(cart.id)).toEqual([7]);
    });

    it('GET /api/v1/orders/{id} of a member', async () => {
      const cart = await acmeCartWithLine();
      const { POST: checkout } = await import('@/app/api/v1/carts/[id]/checkout/route');
      const body = JSON.stringify({
        email: 'ben@acme.example',
        fulfilment: 'delivery',
        shippingAddress: { name: 'Ben', street: 'Street 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
        payment: { method: 'invoice' },
      });
      const placed = await checkout(
        new Request(
          `${API}/carts/${cart.id}/checkout`,
          keyed({ method: 'POST', body, headers: { 'idempotency-key': randomUUID() } }),
        ),
        params({ id: cart.id }),
      );
      expect(placed.status).toBe(201);
      const { id } = (await placed.json()) as { id: string };
      const { GET } = await import('@/app/api/v1/orders/[id]/route');
      const get = () => GET(new Request(`${API}/orders/${id}`), params({ id }));
      state.actor = actors.globex;
      expect((await get()).status).toBe(404);
      state.actor = actors.berStaff; // a delivery order is no store's to work
      expect((await get()).status).toBe(404);
      state.actor = actors.acme;
      expect((await get()).status).toBe(200);
    });
  });
});
