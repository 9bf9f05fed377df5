// Walks every server action (every export of every 'use server' module under app/) with each role
// and asserts that those who must be denied are denied and nothing changes for them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { and, eq, like, or } from 'drizzle-orm';
import { updateTag } from 'next/cache';
import { after } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  assortmentRules,
  auditLog,
  cartLines,
  carts,
  categories,
  channelLocations,
  channelProducts,
  channels,
  contentPages,
  consentRecords,
  customerCredits,
  customerProfiles,
  loginThrottle,
  notificationOutbox,
  orderLines,
  orders,
  priceListChannels,
  priceListEntries,
  priceLists,
  products,
  publishableKeys,
  quotes,
  searchSynonymGroups,
  settings,
  shippingRates,
} from '@/db/schema';
import type { Actor, Permission } from '@/lib/platform/auth/permissions.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import {
  makeAssortmentRule,
  makeCart,
  makeCategory,
  makeChannel,
  makeCompany,
  makeCustomerGroup,
  makeOrder,
  makePriceList,
  makeProduct,
  makeProducts,
  makeStock,
  makeStore,
  makeWarehouse,
  type MadeChannel,
  type MadeCompany,
  type MadeLocation,
} from '@/lib/testing/factories';
import { makeRoleActors, ROLES, type RoleActors } from '@/lib/testing/role-actors';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import { ASSISTED_CART_COOKIE, SHOWROOM_CUSTOMER_COOKIE } from '@/lib/showroom/assisted-selling.rules';
import { saveQuote } from '@/lib/quotes/quotes.writes';
import { jar } from '@/lib/testing/cookie-jar';
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
// Work scheduled after the response (the price-history run) has its own integration test.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

/** Every action and who may call it. Public ones say why. A new action without a row fails the test. */
const ACCESS: Record<string, Record<string, Permission | { public: string }>> = {
  'app/(storefront)/auth-actions.ts': {
    signInAction: { public: 'signing in is for anonymous visitors' },
    signUpAction: { public: 'consumer self-registration' },
    signOutAction: { public: 'ends the caller’s own session only' },
    confirmEmailAction: { public: 'follows the link mailed at sign-up; the secret token is the proof' },
  },
  'app/store-desk/[code]/actions.ts': {
    advanceOrderAction: 'orders:manage',
    cancelOrderAction: 'orders:manage',
    handOverAction: 'orders:manage',
    recordPaymentAction: 'orders:manage',
  },
  // Only admins run the job and change the setting for every store (app/store-desk/actions.int.test.ts).
  'app/store-desk/actions.ts': {
    cancelUncollectedNowAction: 'pickup:settings',
    updatePickupSettingsAction: 'pickup:settings',
  },
  'app/(storefront)/store-actions.ts': {
    setPreferredStoreAction: {
      public:
        'sets the caller’s own preferred-store cookie only; the code must be a click & collect store of the channel',
    },
  },
  // Scoped to the store: app/(storefront)/showroom/actions.int.test.ts and the scope walk.
  'app/(storefront)/showroom/actions.ts': {
    enterShowroomAction: 'showroom:sell',
    endShowroomAction: { public: 'clears the caller’s own showroom cookie only' },
  },
  // Scoped to the session's store: lib/showroom/assisted-order.int.test.ts.
  'app/(storefront)/showroom/handoff-actions.ts': { handOffCartAction: 'showroom:sell' },
  'app/(storefront)/h/[token]/actions.ts': {
    openHandoffAction: {
      public:
        'the customer’s phone needs no account: the one-time, expiring 192-bit token opens only its cart (lib/showroom/assisted-order.int.test.ts)',
    },
  },
  // Each checks the showroom session and `showroom:sell` at its store: app/(storefront)/showroom/customer/actions.int.test.ts.
  'app/(storefront)/showroom/customer/actions.ts': {
    findCustomersAction: 'showroom:sell',
    chooseCustomerAction: 'showroom:sell',
    createCustomerAction: 'showroom:sell',
    clearCustomerAction: { public: 'clears the caller’s own customer-in-context cookie only' },
  },
  // Scoped to the quote's store: lib/quotes/quotes.writes.int.test.ts and the scope walk.
  'app/(storefront)/showroom/quotes/actions.ts': {
    saveQuoteAction: 'showroom:sell',
    withdrawQuoteAction: 'showroom:sell',
  },
  'app/(storefront)/account/quotes/actions.ts': {
    orderQuoteAction: {
      public:
        'signed-in customers (validatedAction “signed-in”); only a quote their account owns, checked by the service',
    },
    orderQuoteByLinkAction: { public: 'the quote link’s secret token (256 bits, stored as sha256) is the proof' },
  },
  'app/(storefront)/locale-actions.ts': { setLocaleAction: { public: 'sets the caller’s own language cookie only' } },
  'app/(storefront)/cart/actions.ts': {
    addToCartAction: {
      public:
        'a guest cart is the caller’s own, identified by its httpOnly cookie; a customer’s is found by their user id',
    },
    setLineQuantityAction: {
      public: 'changes only a line of the caller’s own cart (cookie or user id); the service checks ownership again',
    },
    removeLineAction: {
      public: 'removes only a line of the caller’s own cart (cookie or user id); the service checks ownership again',
    },
  },
  'app/(storefront)/cart/assisted-actions.ts': {
    leaveAssistedCartAction: { public: 'deletes the caller’s own assisted-cart cookie only; the cart stays as it was' },
  },
  'app/(storefront)/checkout/actions.ts': {
    placeOrderAction: {
      public:
        'guests check out too; it orders only the caller’s own cart (cookie or user id), and placeOrder checks the cart’s owner and channel again',
    },
  },
  'app/admin/products/[id]/actions.ts': {
    setProductStatusAction: 'catalog:write',
    saveProductTranslationAction: 'catalog:write',
  },
  'app/admin/categories/actions.ts': { saveCategoryTranslationAction: 'catalog:write' },
  'app/admin/translations/actions.ts': { importTranslationsAction: 'catalog:write' },
  'app/admin/price-lists/actions.ts': {
    createPriceListAction: 'pricing:write',
    updatePriceListAction: 'pricing:write',
    deletePriceListAction: 'pricing:write',
    addPriceEntryAction: 'pricing:write',
    deletePriceEntryAction: 'pricing:write',
    importPriceEntriesAction: 'pricing:write',
  },
  'app/admin/settings/actions.ts': { updatePricingSettingsAction: 'pricing:write' },
  'app/admin/shipping/actions.ts': { saveShippingRateAction: 'shipping:write' },
  'app/admin/content/actions.ts': { saveContentPageAction: 'content:write' },
  'app/admin/search/synonyms/actions.ts': {
    createSynonymGroupAction: 'catalog:write',
    updateSynonymGroupAction: 'catalog:write',
    deleteSynonymGroupAction: 'catalog:write',
  },
  'app/admin/channels/actions.ts': {
    createChannelAction: 'channels:write',
    updateChannelAction: 'channels:write',
    createPublishableKeyAction: 'channels:write',
    revokePublishableKeyAction: 'channels:write',
  },
  'app/admin/assortment/actions.ts': {
    addAssortmentRuleAction: 'assortment:write',
    deleteAssortmentRuleAction: 'assortment:write',
    setProductsInChannelAction: 'assortment:write',
  },
};

const ALLOWED: Record<Permission, string[]> = {
  'backoffice:access': ['merchandiser', 'admin'],
  'catalog:read': ['merchandiser', 'admin'],
  'catalog:write': ['merchandiser', 'admin'],
  'audit:read': ['merchandiser', 'admin'],
  'pricing:read': ['merchandiser', 'admin'],
  'pricing:write': ['merchandiser', 'admin'],
  'credits:read': ['merchandiser', 'admin'],
  'channels:read': ['merchandiser', 'admin'],
  'channels:write': ['admin'],
  'assortment:write': ['merchandiser', 'admin'],
  'shipping:write': ['merchandiser', 'admin'],
  'content:write': ['merchandiser', 'admin'],
  'orders:manage': ['staff', 'admin'],
  'pickup:settings': ['admin'],
  'showroom:sell': ['staff', 'admin'],
  'company:shop': ['customer', 'companyMember'],
  'jobs:read': ['admin'],
};

function findServerActionModules(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return findServerActionModules(full);
    return /\.tsx?$/.test(entry) &&
      !entry.includes('.test.') &&
      /^['"]use server['"]/.test(readFileSync(full, 'utf8').trimStart())
      ? [full]
      : [];
  });
}

const root = path.resolve(import.meta.dirname, '..');
const DAY_MS = 24 * 60 * 60 * 1000;
let t: TestDatabase;
/** The showroom channel (one per code), made by the first block that needs it. */
let showroomMade: Promise<MadeChannel> | undefined;
const theShowroom = () =>
  (showroomMade ??= makeChannel(t.db, {
    code: channelRouting().showroom,
    kind: 'showroom',
    key: null,
    locationIds: [berlin.id],
  }));
let roles: RoleActors;
let actors: Record<string, Actor | null>;
let web: MadeChannel;
let webKeyToken: string;
let berlin: MadeLocation;
let globex: MadeCompany;
/** Category paths: bikes and clothing hold products; the price-list and assortment actions target them. */
const paths = { bikes: '', clothing: '' };
/** Two items of the web shop with stock in Berlin and in the warehouse (so a delivery can be placed). */
let shopSkus: string[];
let shopVariantIds: string[];
/** A guest who bought the pannier recently (with a customer), so lowering its price is reviewed. */
const guestEmail = 'guest.buyer@example.net';

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  berlin = await makeStore(t.db);
  const warehouse = await makeWarehouse(t.db);
  web = await makeChannel(t.db, { code: channelRouting().storefront, locationIds: [berlin.id, warehouse.id] });
  webKeyToken = web.key!;
  // Company members shop the b2b channel (lib/channels/channel-routing.rules.ts).
  await makeChannel(t.db, {
    code: channelRouting().b2b,
    kind: 'b2b',
    key: null,
    locationIds: [berlin.id, warehouse.id],
  });
  const marketplace = await makeChannel(t.db, { kind: 'marketplace', locationIds: [warehouse.id] });
  roles = await makeRoleActors(t.db, { staffLocationIds: [berlin.id] });
  actors = roles.actors;
  // Bikes, clothing (with a subcategory), a bulky cargo bike the marketplace leaves out, and shop items with stock.
  const bikes = await makeCategory(t.db);
  const clothing = await makeCategory(t.db);
  const jackets = await makeCategory(t.db, { parent: clothing });
  Object.assign(paths, { bikes: bikes.path, clothing: clothing.path });
  await makeProducts(t.db, 3, () => ({ category: bikes }));
  await makeProducts(t.db, 2, () => ({ category: clothing }));
  await makeProducts(t.db, 2, () => ({ category: jackets }));
  await makeProduct(t.db, { tags: ['bulky'] });
  await makeAssortmentRule(t.db, { channelId: marketplace.id, effect: 'exclude', target: { tag: 'bulky' } });
  const items = (await makeProducts(t.db, 2, () => ({ variants: [{ price: 3_990, floor: 2_195 }] }))).map(
    (p) => p.variants[0]!,
  );
  for (const variant of items)
    for (const location of [berlin, warehouse])
      await makeStock(t.db, { variantId: variant.id, locationId: location.id, onHand: 50 });
  shopSkus = items.map((v) => v.sku);
  shopVariantIds = items.map((v) => v.id);
  globex = await makeCompany(t.db, { name: 'Globex Logistik AG' });
  // A group list on web: the price-list actions find an existing list to try.
  const regulars = await makeCustomerGroup(t.db, { userIds: [roles.users.customer.id] });
  await makePriceList(t.db, {
    name: 'Regular customers: 5 % off',
    channelIds: [web.id],
    groupIds: [regulars.id],
    priority: 10,
    entries: [{ all: true, kind: 'percent', value: 500 }],
  });
  // The pannier: the customer bought one 3 days ago, a guest two 9 days ago, both at the base price.
  const pannier = (await makeProduct(t.db, { variants: [{ price: 6_000, floor: 3_300 }] })).variants[0]!;
  const customer = roles.users.customer;
  const bought = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS);
  await makeOrder(t.db, {
    channelId: web.id,
    userId: customer.id,
    email: customer.email,
    status: 'confirmed',
    placedAt: bought(3),
    lines: [{ variant: pannier, quantity: 1, unitAmount: 6_000 }],
  });
  await makeOrder(t.db, {
    channelId: web.id,
    email: guestEmail,
    status: 'confirmed',
    placedAt: bought(9),
    lines: [{ variant: pannier, quantity: 2, unitAmount: 6_000 }],
  });
});
afterAll(() => t.drop());

describe('server actions', () => {
  it('every action module and export is listed with its access rule', async () => {
    const modules = findServerActionModules(path.join(root, 'app')).map((f) => path.relative(root, f));
    expect(modules.sort()).toEqual(Object.keys(ACCESS).sort());
    for (const file of modules) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      const exported = Object.keys(mod).filter((k) => typeof mod[k] === 'function');
      expect(exported.sort(), file).toEqual(Object.keys(ACCESS[file]!).sort());
    }
  });

  it('answers arguments of the wrong shape with a form error, not a crash', async () => {
    state.actor = actors.admin ?? null;
    let tried = 0;
    for (const file of Object.keys(ACCESS)) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      for (const [name, action] of Object.entries(mod)) {
        // Form actions take (previous state, form data); signOutAction takes nothing and reads nothing.
        if (typeof action !== 'function' || action.length < 2) continue;
        for (const wrong of ['not a form', { sku: 'A' }, null]) {
          const state_ = await (action as (p: unknown, f: unknown) => Promise<unknown>)(undefined, wrong);
          expect(state_, `${file} ${name}`).toMatchObject({ ok: false, formError: expect.any(String) });
        }
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(20);
  });

  describe('setProductStatusAction', () => {
    // A product of its own, so toggling its status leaves the products other tests count alone.
    let toggledId: string;
    beforeAll(async () => {
      toggledId = (await makeProduct(t.db)).id;
    });
    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        const { setProductStatusAction } = await import('@/app/admin/products/[id]/actions');
        const [product] = await t.db
          .select({ id: products.id, status: products.status })
          .from(products)
          .where(eq(products.id, toggledId));
        state.actor = actors[role] ?? null;
        vi.mocked(updateTag).mockClear();
        const form = new FormData();
        form.set('productId', product!.id);
        form.set('status', product!.status === 'active' ? 'archived' : 'active');
        const result = await setProductStatusAction(null, form);
        const [after] = await t.db
          .select({ status: products.status })
          .from(products)
          .where(eq(products.id, product!.id));
        if (ALLOWED['catalog:write'].includes(role)) {
          expect(result).toMatchObject({ ok: true });
          expect(after!.status).not.toBe(product!.status);
          const [entry] = await t.db
            .select()
            .from(auditLog)
            .where(eq(auditLog.entityId, product!.id))
            .orderBy(auditLog.id);
          expect(entry).toBeDefined();
          expect(updateTag).toHaveBeenCalledWith('catalog'); // storefront and API caches see the change at once
        } else {
          expect(result).toMatchObject({
            ok: false,
            formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
          });
          expect(after!.status).toBe(product!.status);
          expect(updateTag).not.toHaveBeenCalled();
        }
      });
    }

    it('rejects malformed input with field errors and changes nothing', async () => {
      const { setProductStatusAction } = await import('@/app/admin/products/[id]/actions');
      state.actor = actors.admin!;
      const form = new FormData();
      form.set('productId', 'not-a-uuid');
      form.set('status', 'deleted');
      const result = await setProductStatusAction(null, form);
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { productId: [expect.any(String)], status: [expect.any(String)] },
      });
    });

    it('answers a clear error for an unknown product', async () => {
      const { setProductStatusAction } = await import('@/app/admin/products/[id]/actions');
      state.actor = actors.admin!;
      const form = new FormData();
      form.set('productId', '00000000-0000-4000-8000-000000000000');
      form.set('status', 'draft');
      expect(await setProductStatusAction(null, form)).toMatchObject({
        ok: false,
        formError: 'The product was not found.',
      });
    });
  });

  describe('translation actions', () => {
    // A product and a category of their own, so their translations leave other tests alone.
    let productId: string;
    let productSlug: string;
    let categoryId: string;
    beforeAll(async () => {
      const product = await makeProduct(t.db);
      productId = product.id;
      productSlug = product.slug;
      categoryId = (await makeCategory(t.db)).id;
    });

    const cases = [
      {
        name: 'saveProductTranslationAction',
        file: '@/app/admin/products/[id]/actions',
        fields: () => ({ productId, locale: 'de', name: 'Fahrrad', description: 'Ein Fahrrad.' }),
        read: async () =>
          (await t.db.select({ tr: products.translations }).from(products).where(eq(products.id, productId)))[0]!.tr,
      },
      {
        name: 'saveCategoryTranslationAction',
        file: '@/app/admin/categories/actions',
        fields: () => ({ categoryId, locale: 'de', name: 'Räder', description: 'Alle Räder.' }),
        read: async () =>
          (await t.db.select({ tr: categories.translations }).from(categories).where(eq(categories.id, categoryId)))[0]!
            .tr,
      },
      {
        name: 'importTranslationsAction',
        file: '@/app/admin/translations/actions',
        fields: () => ({
          locale: 'de',
          csv: `type,key,field,source,de\r\nproduct,${productSlug},description,,Importiert.\r\n`,
        }),
        read: async () =>
          (await t.db.select({ tr: products.translations }).from(products).where(eq(products.id, productId)))[0]!.tr,
      },
    ] as const;

    for (const c of cases)
      for (const role of ROLES) {
        it(`${c.name} as ${role}`, async () => {
          const mod = (await import(/* @vite-ignore */ c.file)) as Record<
            string,
            (previous: unknown, form: FormData) => Promise<unknown>
          >;
          // Start from no translation, so an allowed call always changes something.
          await t.db.update(products).set({ translations: {} }).where(eq(products.id, productId));
          await t.db.update(categories).set({ translations: {} }).where(eq(categories.id, categoryId));
          state.actor = actors[role] ?? null;
          vi.mocked(updateTag).mockClear();
          const form = new FormData();
          for (const [key, value] of Object.entries(c.fields())) form.set(key, value);
          const result = await mod[c.name]!(null, form);
          const after = await c.read();
          if (ALLOWED['catalog:write'].includes(role)) {
            expect(result).toMatchObject({ ok: true });
            expect(after).toHaveProperty('de');
            expect(updateTag).toHaveBeenCalledWith('catalog');
          } else {
            expect(result).toMatchObject({
              ok: false,
              formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
            });
            expect(after).toEqual({});
            expect(updateTag).not.toHaveBeenCalled();
          }
        });
      }

    it('refuses to translate into the catalogue language itself', async () => {
      const { saveProductTranslationAction } = await import('@/app/admin/products/[id]/actions');
      state.actor = actors.admin!;
      const form = new FormData();
      for (const [key, value] of Object.entries({ productId, locale: 'en', name: 'x', description: '' }))
        form.set(key, value);
      expect(await saveProductTranslationAction(null, form)).toMatchObject({
        ok: false,
        fieldErrors: { locale: [expect.any(String)] },
      });
    });
  });

  describe('price list actions', () => {
    /** Runs an action; a redirect (what create and delete end with) comes back as its target. */
    async function call(name: string, fields: Record<string, string | string[]>) {
      const mod = (await import('@/app/admin/price-lists/actions')) as unknown as Record<
        string,
        (s: null, f: FormData) => Promise<unknown>
      >;
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v);
      try {
        return await mod[name]!(null, form);
      } catch (error) {
        const digest = (error as { digest?: string }).digest;
        if (digest?.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
        throw error;
      }
    }
    const counts = async () => ({
      lists: (await t.db.select({ id: priceLists.id }).from(priceLists)).length,
      entries: (await t.db.select({ id: priceListEntries.id }).from(priceListEntries)).length,
    });

    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        state.actor = actors[role] ?? null;
        vi.mocked(updateTag).mockClear();
        const [web] = await t.db
          .select({ id: channels.id })
          .from(channels)
          .where(eq(channels.code, channelRouting().storefront));
        const [existing] = await t.db.select({ id: priceLists.id, name: priceLists.name }).from(priceLists).limit(1);
        const before = await counts();
        const list = {
          name: `Promo by ${role}`,
          priority: '5',
          channelIds: web!.id,
          active: 'on',
          amountsIncludeVat: 'on',
        };
        const entry = {
          targetKind: 'category',
          target: paths.bikes,
          minQuantity: '1',
          adjustmentKind: 'percent',
          value: '20',
        };
        if (!ALLOWED['pricing:write'].includes(role)) {
          const denied = {
            ok: false,
            formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
          };
          expect(await call('createPriceListAction', list)).toMatchObject(denied);
          expect(await call('updatePriceListAction', { ...list, priceListId: existing!.id })).toMatchObject(denied);
          expect(await call('addPriceEntryAction', { ...entry, priceListId: existing!.id })).toMatchObject(denied);
          expect(await call('deletePriceListAction', { priceListId: existing!.id })).toMatchObject(denied);
          expect(await counts()).toEqual(before);
          const [still] = await t.db
            .select({ name: priceLists.name })
            .from(priceLists)
            .where(eq(priceLists.id, existing!.id));
          expect(still!.name).toBe(existing!.name);
          expect(updateTag).not.toHaveBeenCalled();
          return;
        }
        const created = (await call('createPriceListAction', list)) as { redirect: string };
        const id = created.redirect.replace('/admin/price-lists/', '');
        expect(await call('addPriceEntryAction', { ...entry, priceListId: id })).toMatchObject({ ok: true });
        expect(
          await call('updatePriceListAction', { ...list, name: `Renamed by ${role}`, priceListId: id }),
        ).toMatchObject({ ok: true });
        const [entryRow] = await t.db
          .select({ id: priceListEntries.id, value: priceListEntries.value })
          .from(priceListEntries)
          .where(eq(priceListEntries.priceListId, id));
        expect(entryRow!.value).toBe(2000);
        expect(await call('deletePriceEntryAction', { priceListId: id, entryId: entryRow!.id })).toMatchObject({
          ok: true,
        });
        expect(await call('deletePriceListAction', { priceListId: id })).toEqual({
          redirect: '/admin/price-lists?deleted=1',
        });
        expect(await counts()).toEqual(before);
        const audit = await t.db
          .select({ action: auditLog.action })
          .from(auditLog)
          .where(eq(auditLog.entityId, id))
          .orderBy(auditLog.id);
        expect(audit.map((a) => a.action)).toEqual([
          'price_list.created',
          'price_list.entry_added',
          'price_list.updated',
          'price_list.entry_deleted',
          'price_list.deleted',
        ]);
        expect(updateTag).toHaveBeenCalledWith('catalog');
        expect(after).toHaveBeenCalled();
      });
    }

    it('rejects bad input with field errors and an unknown target with a clear message, changing nothing', async () => {
      state.actor = actors.merchandiser!;
      const before = await counts();
      const result = await call('createPriceListAction', {
        name: 'x',
        priority: 'high',
        validFrom: '2026-13-01T00:00',
      });
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: {
          name: [expect.any(String)],
          priority: [expect.any(String)],
          channelIds: [expect.any(String)],
          validFrom: [expect.any(String)],
        },
      });
      const [existing] = await t.db.select({ id: priceLists.id }).from(priceLists).limit(1);
      expect(
        await call('addPriceEntryAction', {
          priceListId: existing!.id,
          targetKind: 'category',
          target: 'no/such/category',
          minQuantity: '1',
          adjustmentKind: 'percent',
          value: '10',
        }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { target: ['No category with the path “no/such/category”.'] },
      });
      expect(
        await call('addPriceEntryAction', {
          priceListId: existing!.id,
          targetKind: 'all',
          minQuantity: '0',
          adjustmentKind: 'percent',
          value: '150',
        }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { minQuantity: [expect.any(String)] },
      });
      expect(await counts()).toEqual(before);
    });
  });

  describe('price-regret review through the entry action', () => {
    it('returns the impact instead of saving, then saves and grants credit when told to', async () => {
      const mod = await import('@/app/admin/price-lists/actions');
      state.actor = actors.merchandiser!;
      const [web] = await t.db
        .select({ id: channels.id })
        .from(channels)
        .where(eq(channels.code, channelRouting().storefront));
      const [line] = await t.db
        .select({ sku: orderLines.sku })
        .from(orderLines)
        .innerJoin(orders, eq(orders.id, orderLines.orderId))
        .where(eq(orders.email, guestEmail));
      const [list] = await t.db
        .insert(priceLists)
        .values({ name: 'Regret via action', priority: 999, currency: 'EUR', active: true })
        .returning({ id: priceLists.id });
      await t.db.insert(priceListChannels).values({ priceListId: list!.id, channelId: web!.id });
      const form = (decision?: string) => {
        const f = new FormData();
        for (const [k, v] of Object.entries({
          priceListId: list!.id,
          targetKind: 'variant',
          target: line!.sku,
          minQuantity: '1',
          adjustmentKind: 'percent',
          value: '30',
        }))
          f.set(k, v);
        if (decision) f.set('regretDecision', decision);
        return f;
      };
      vi.mocked(updateTag).mockClear();
      const review = await mod.addPriceEntryAction(null, form());
      expect(review).toMatchObject({
        ok: false,
        data: { regret: { orders: 2, customers: 2, creditCustomers: 1 } },
        values: { target: line!.sku, value: '30' },
      });
      expect(await t.db.select().from(priceListEntries).where(eq(priceListEntries.priceListId, list!.id))).toEqual([]);
      expect(updateTag).not.toHaveBeenCalled();
      // A tampered decision is treated as "review".
      expect(await mod.addPriceEntryAction(null, form('yes-please'))).toMatchObject({
        ok: false,
        data: { regret: { orders: 2 } },
      });
      const credited = await mod.addPriceEntryAction(null, form('credit'));
      const impact = (review as { data: { regret: { creditTotal: number } } }).data.regret;
      expect(credited).toEqual({
        ok: true,
        message: 'added',
        data: { credited: { amount: impact.creditTotal, currency: 'EUR' } },
      });
      expect(await t.db.select().from(customerCredits).where(eq(customerCredits.priceListId, list!.id))).toHaveLength(
        1,
      );
      expect(updateTag).toHaveBeenCalledWith('catalog');
    });
  });

  describe('synonym group actions', () => {
    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        const mod = await import('@/app/admin/search/synonyms/actions');
        state.actor = actors[role] ?? null;
        const allowed = ALLOWED['catalog:write'].includes(role);
        const terms = async () =>
          (await t.db.select({ terms: searchSynonymGroups.terms }).from(searchSynonymGroups)).map((r) => r.terms);
        await t.db.delete(searchSynonymGroups);
        const [seeded] = await t.db
          .insert(searchSynonymGroups)
          .values({ terms: ['tent', 'zelt'] })
          .returning({ id: searchSynonymGroups.id });
        const form = (fields: Record<string, string>) => {
          const data = new FormData();
          for (const [key, value] of Object.entries(fields)) data.set(key, value);
          return data;
        };
        const created = await mod.createSynonymGroupAction(null, form({ terms: 'Bicycle, bike,  Fahrrad' }));
        const updated = await mod.updateSynonymGroupAction(
          null,
          form({ groupId: seeded!.id, terms: 'tent, Zelt, Tunnelzelt' }),
        );
        if (allowed) {
          expect(created).toMatchObject({ ok: true });
          expect(updated).toMatchObject({ ok: true });
          expect((await terms()).sort()).toEqual([
            ['bicycle', 'bike', 'fahrrad'],
            ['tent', 'zelt', 'tunnelzelt'],
          ]);
          expect(await mod.deleteSynonymGroupAction(null, form({ groupId: seeded!.id }))).toMatchObject({ ok: true });
          expect(await terms()).toEqual([['bicycle', 'bike', 'fahrrad']]);
          expect(updateTag).toHaveBeenCalledWith('catalog');
        } else {
          const denied = {
            ok: false,
            formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
          };
          expect(created).toMatchObject(denied);
          expect(updated).toMatchObject(denied);
          expect(await mod.deleteSynonymGroupAction(null, form({ groupId: seeded!.id }))).toMatchObject(denied);
          expect(await terms()).toEqual([['tent', 'zelt']]);
        }
        await t.db.delete(searchSynonymGroups);
      });
    }

    it('rejects a group of one term and an unknown group with field errors', async () => {
      const mod = await import('@/app/admin/search/synonyms/actions');
      state.actor = actors.merchandiser!;
      const data = new FormData();
      data.set('terms', 'bike, ,Bike');
      expect(await mod.createSynonymGroupAction(null, data)).toMatchObject({
        ok: false,
        fieldErrors: { terms: ['Enter at least two terms, separated by commas.'] },
      });
      const missing = new FormData();
      missing.set('groupId', '00000000-0000-4000-8000-000000000000');
      expect(await mod.deleteSynonymGroupAction(null, missing)).toMatchObject({
        ok: false,
        formError: 'Unknown synonym group.',
      });
    });
  });

  describe('updatePricingSettingsAction', () => {
    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        const { updatePricingSettingsAction } = await import('@/app/admin/settings/actions');
        state.actor = actors[role] ?? null;
        await t.db.delete(settings);
        const form = new FormData();
        form.set('regretWindowDays', '21');
        form.set('regretThresholdPercent', '7,5');
        form.set('consistencySpreadPercent', '12');
        const result = await updatePricingSettingsAction(null, form);
        const rows = await t.db.select({ value: settings.value }).from(settings);
        if (ALLOWED['pricing:write'].includes(role)) {
          expect(result).toMatchObject({ ok: true });
          expect(rows).toEqual([
            { value: { regretWindowDays: 21, regretThresholdBp: 750, consistencySpreadBp: 1200 } },
          ]);
        } else {
          expect(result).toMatchObject({
            ok: false,
            formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
          });
          expect(rows).toEqual([]);
        }
        await t.db.delete(settings);
      });
    }

    it('rejects bad input with field errors and changes nothing', async () => {
      const { updatePricingSettingsAction } = await import('@/app/admin/settings/actions');
      state.actor = actors.admin!;
      const form = new FormData();
      form.set('regretWindowDays', '0');
      form.set('regretThresholdPercent', '120');
      form.set('consistencySpreadPercent', 'ten');
      expect(await updatePricingSettingsAction(null, form)).toMatchObject({
        ok: false,
        fieldErrors: {
          regretWindowDays: ['Enter at least 1.'],
          regretThresholdPercent: [expect.any(String)],
          consistencySpreadPercent: [expect.any(String)],
        },
      });
      expect(await t.db.select().from(settings)).toEqual([]);
    });
  });

  describe('saveShippingRateAction', () => {
    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        const { saveShippingRateAction } = await import('@/app/admin/shipping/actions');
        state.actor = actors[role] ?? null;
        await t.db.delete(shippingRates);
        vi.mocked(updateTag).mockClear();
        const form = new FormData();
        for (const [key, value] of Object.entries({
          channelId: web.id,
          method: 'delivery',
          flatAmount: '4,95',
          freeFromAmount: '50',
          bulkyTag: 'bulky',
          bulkySurchargeAmount: '39',
        }))
          form.set(key, value);
        const result = await saveShippingRateAction(null, form);
        const rows = await t.db
          .select({ flat: shippingRates.flatAmount, free: shippingRates.freeFromAmount })
          .from(shippingRates);
        if (ALLOWED['shipping:write'].includes(role)) {
          expect(result).toMatchObject({ ok: true });
          expect(rows).toEqual([{ flat: 495, free: 5_000 }]);
          expect(updateTag).toHaveBeenCalledWith('shipping'); // product pages' cached notes
        } else {
          expect(result).toMatchObject({ ok: false });
          expect(rows).toEqual([]);
          expect(updateTag).not.toHaveBeenCalled();
        }
        await t.db.delete(shippingRates);
      });
    }

    it('rejects bad input with field errors and changes nothing', async () => {
      const { saveShippingRateAction } = await import('@/app/admin/shipping/actions');
      state.actor = actors.admin!;
      const form = new FormData();
      form.set('channelId', web.id);
      form.set('method', 'pickup');
      form.set('flatAmount', '-3');
      form.set('bulkySurchargeAmount', '5');
      expect(await saveShippingRateAction(null, form)).toMatchObject({
        ok: false,
        fieldErrors: {
          method: [expect.any(String)],
          flatAmount: ['Enter an amount such as 12.50.'],
        },
      });
      expect(await t.db.select().from(shippingRates)).toEqual([]);
    });
  });

  describe('saveContentPageAction', () => {
    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        const { saveContentPageAction } = await import('@/app/admin/content/actions');
        state.actor = actors[role] ?? null;
        await t.db.delete(contentPages);
        vi.mocked(updateTag).mockClear();
        const form = new FormData();
        form.set('slug', 'imprint');
        form.set('locale', 'de');
        form.set('title', 'Impressum');
        form.set('body', '## Anbieter\nVelo & Outdoor GmbH');
        const result = await saveContentPageAction(null, form);
        const rows = await t.db.select({ slug: contentPages.slug, title: contentPages.title }).from(contentPages);
        if (ALLOWED['content:write'].includes(role)) {
          expect(result).toMatchObject({ ok: true });
          expect(rows).toEqual([{ slug: 'imprint', title: 'Impressum' }]);
          expect(updateTag).toHaveBeenCalledWith('content-pages');
        } else {
          expect(result).toMatchObject({ ok: false });
          expect(rows).toEqual([]);
          expect(updateTag).not.toHaveBeenCalled();
        }
        await t.db.delete(contentPages);
      });
    }

    it('rejects an unknown page, an unknown language and an empty text', async () => {
      const { saveContentPageAction } = await import('@/app/admin/content/actions');
      state.actor = actors.admin!;
      const form = new FormData();
      form.set('slug', 'about-us');
      form.set('locale', 'fr');
      form.set('title', 'À propos');
      form.set('body', ' ');
      expect(await saveContentPageAction(null, form)).toMatchObject({
        ok: false,
        fieldErrors: { slug: [expect.any(String)], locale: [expect.any(String)], body: ['Fill in this field.'] },
      });
      expect(await t.db.select().from(contentPages)).toEqual([]);
    });
  });

  /** Submits a form to an action; a redirect comes back as its target. */
  async function submit(load: () => Promise<unknown>, name: string, fields: Record<string, string | string[]>) {
    const mod = (await load()) as Record<string, (s: null, f: FormData) => Promise<unknown>>;
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v);
    try {
      return await mod[name]!(null, form);
    } catch (error) {
      const digest = (error as { digest?: string }).digest;
      if (digest?.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
      throw error;
    }
  }
  const channelAction = (name: string, fields: Record<string, string | string[]>) =>
    submit(() => import('@/app/admin/channels/actions'), name, fields);
  const assortmentAction = (name: string, fields: Record<string, string | string[]>) =>
    submit(() => import('@/app/admin/assortment/actions'), name, fields);
  const denial = (role: string) => ({
    ok: false,
    formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
  });
  const activeProductIds = async (path?: string) =>
    (
      await t.db
        .select({ id: products.id })
        .from(products)
        .innerJoin(categories, eq(categories.id, products.categoryId))
        .where(
          and(
            eq(products.status, 'active'),
            path ? or(eq(categories.path, path), like(categories.path, `${path}/%`)) : undefined,
          ),
        )
    ).map((p) => p.id);
  const listedFor = async (channelId: string) =>
    (
      await t.db
        .select({ id: channelProducts.productId })
        .from(channelProducts)
        .innerJoin(products, eq(products.id, channelProducts.productId))
        .where(
          and(
            eq(channelProducts.channelId, channelId),
            eq(channelProducts.audienceKey, ''),
            eq(channelProducts.listed, true),
            eq(products.status, 'active'),
          ),
        )
    ).length;
  /** A fresh channel (mode all, no rules) so each role's assortment changes start from the same state. */
  async function freshChannel(code: string) {
    const { createChannel } = await import('@/lib/channels/channels.writes');
    return createChannel(t.db, actors.admin!, {
      code,
      name: `Channel ${code}`,
      kind: 'online',
      currency: 'EUR',
      pricesIncludeVat: true,
      active: true,
      assortmentMode: 'all',
      locationIds: [],
    });
  }

  describe('channel and publishable key actions', () => {
    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        state.actor = actors[role] ?? null;
        vi.mocked(updateTag).mockClear();
        const [web] = await t.db.select().from(channels).where(eq(channels.code, channelRouting().storefront));
        const [webKey] = await t.db
          .select({ id: publishableKeys.id })
          .from(publishableKeys)
          .where(eq(publishableKeys.token, webKeyToken));
        const code = `it-${role.toLowerCase()}`;
        const fields = {
          code,
          name: `Channel by ${role}`,
          kind: 'marketplace',
          currency: 'EUR',
          pricesIncludeVat: 'on',
          active: 'on',
          assortmentMode: 'all',
          locationIds: [berlin.id],
        };
        if (!ALLOWED['channels:write'].includes(role)) {
          const channelCount = (await t.db.select({ id: channels.id }).from(channels)).length;
          const keyCount = (await t.db.select({ id: publishableKeys.id }).from(publishableKeys)).length;
          expect(await channelAction('createChannelAction', fields)).toMatchObject(denial(role));
          const webFields = {
            code: 'web',
            name: web!.name,
            kind: web!.kind,
            currency: web!.currency,
            pricesIncludeVat: 'on',
            active: 'on',
            assortmentMode: 'selected',
          };
          expect(
            await channelAction('updateChannelAction', { ...webFields, channelId: web!.id, confirmed: '1' }),
          ).toMatchObject(denial(role));
          expect(
            await channelAction('createPublishableKeyAction', { channelId: web!.id, name: 'Stolen key' }),
          ).toMatchObject(denial(role));
          expect(
            await channelAction('revokePublishableKeyAction', { channelId: web!.id, keyId: webKey!.id }),
          ).toMatchObject(denial(role));
          expect((await t.db.select({ id: channels.id }).from(channels)).length).toBe(channelCount);
          expect((await t.db.select({ id: publishableKeys.id }).from(publishableKeys)).length).toBe(keyCount);
          const [still] = await t.db
            .select({ mode: channels.assortmentMode })
            .from(channels)
            .where(eq(channels.id, web!.id));
          expect(still!.mode).toBe('all');
          const [key] = await t.db
            .select({ revokedAt: publishableKeys.revokedAt })
            .from(publishableKeys)
            .where(eq(publishableKeys.id, webKey!.id));
          expect(key!.revokedAt).toBeNull();
          expect(updateTag).not.toHaveBeenCalled();
          return;
        }
        const created = (await channelAction('createChannelAction', fields)) as { redirect: string };
        expect(created.redirect).toMatch(/^\/admin\/channels\/[0-9a-f-]{36}\?created=1$/);
        const id = created.redirect.slice('/admin/channels/'.length, -'?created=1'.length);
        expect(
          await t.db
            .select({ locationId: channelLocations.locationId })
            .from(channelLocations)
            .where(eq(channelLocations.channelId, id)),
        ).toEqual([{ locationId: berlin.id }]);
        const active = (await activeProductIds()).length;
        expect(await listedFor(id)).toBe(active);

        // A mode change is previewed first: nothing saved, the typed values come back.
        const selected = { ...fields, channelId: id, name: `Selected by ${role}`, assortmentMode: 'selected' };
        const preview = await channelAction('updateChannelAction', selected);
        expect(preview).toMatchObject({
          ok: false,
          data: { preview: [{ channelId: id, audienceKey: '', added: 0, removed: active }] },
          values: { name: `Selected by ${role}`, assortmentMode: 'selected' },
        });
        const [unchanged] = await t.db
          .select({ mode: channels.assortmentMode, name: channels.name })
          .from(channels)
          .where(eq(channels.id, id));
        expect(unchanged).toEqual({ mode: 'all', name: `Channel by ${role}` });
        expect(await listedFor(id)).toBe(active);
        expect(await channelAction('updateChannelAction', { ...selected, confirmed: '1' })).toEqual({
          ok: true,
          message: 'saved',
        });
        const [saved] = await t.db
          .select({ mode: channels.assortmentMode, name: channels.name })
          .from(channels)
          .where(eq(channels.id, id));
        expect(saved).toEqual({ mode: 'selected', name: `Selected by ${role}` });
        expect(await listedFor(id)).toBe(0);
        // Without a mode change there is nothing to preview.
        expect(
          await channelAction('updateChannelAction', { ...selected, name: `Renamed by ${role}`, pricesIncludeVat: [] }),
        ).toEqual({ ok: true, message: 'saved' });
        const [renamed] = await t.db
          .select({ name: channels.name, vat: channels.pricesIncludeVat })
          .from(channels)
          .where(eq(channels.id, id));
        expect(renamed).toEqual({ name: `Renamed by ${role}`, vat: false });

        const key = (await channelAction('createPublishableKeyAction', { channelId: id, name: 'Mobile app' })) as {
          ok: true;
          message: string;
        };
        expect(key).toMatchObject({
          ok: true,
          message: expect.stringMatching(new RegExp(`^pk_${code.replace(/-/g, '_')}_`)),
        });
        const [keyRow] = await t.db
          .select({ id: publishableKeys.id, token: publishableKeys.token })
          .from(publishableKeys)
          .where(eq(publishableKeys.channelId, id));
        expect(keyRow!.token).toBe(key.message);
        expect(await channelAction('revokePublishableKeyAction', { channelId: id, keyId: keyRow!.id })).toEqual({
          ok: true,
          message: 'revoked',
        });
        expect(await channelAction('revokePublishableKeyAction', { channelId: id, keyId: keyRow!.id })).toMatchObject({
          ok: false,
          formError: 'The active key was not found.',
        });
        const [revoked] = await t.db
          .select({ revokedAt: publishableKeys.revokedAt })
          .from(publishableKeys)
          .where(eq(publishableKeys.id, keyRow!.id));
        expect(revoked!.revokedAt).toBeInstanceOf(Date);

        const audit = await t.db
          .select({ action: auditLog.action })
          .from(auditLog)
          .where(eq(auditLog.entityId, id))
          .orderBy(auditLog.id);
        expect(audit.map((a) => a.action)).toEqual([
          'channel.created',
          'channel.updated',
          'channel.updated',
          'publishable_key.created',
          'publishable_key.revoked',
        ]);
        expect(updateTag).toHaveBeenCalledWith('catalog');
      });
    }

    it('rejects bad input with field errors and a taken code, changing nothing', async () => {
      state.actor = actors.admin!;
      const count = async () => (await t.db.select({ id: channels.id }).from(channels)).length;
      const before = await count();
      expect(
        await channelAction('createChannelAction', {
          code: 'Web Shop!',
          name: 'x',
          kind: 'tv',
          currency: 'euro',
          assortmentMode: 'some',
          locationIds: 'nowhere',
        }),
      ).toMatchObject({
        ok: false,
        fieldErrors: {
          code: [expect.any(String)],
          name: [expect.any(String)],
          kind: [expect.any(String)],
          currency: [expect.any(String)],
          assortmentMode: [expect.any(String)],
          locationIds: [expect.any(String)],
        },
        values: { code: 'Web Shop!', name: 'x' },
      });
      expect(
        await channelAction('createChannelAction', {
          code: 'web',
          name: 'Second web',
          kind: 'online',
          currency: 'EUR',
          assortmentMode: 'all',
        }),
      ).toMatchObject({ ok: false, fieldErrors: { code: ['Another channel has this code.'] } });
      const [web] = await t.db
        .select({ id: channels.id })
        .from(channels)
        .where(eq(channels.code, channelRouting().storefront));
      expect(await channelAction('createPublishableKeyAction', { channelId: web!.id, name: 'x' })).toMatchObject({
        ok: false,
        fieldErrors: { name: [expect.any(String)] },
      });
      expect(await count()).toBe(before);
      expect(
        await t.db
          .select({ id: publishableKeys.id })
          .from(publishableKeys)
          .where(eq(publishableKeys.channelId, web!.id)),
      ).toHaveLength(1);
    });
  });

  describe('assortment actions', () => {
    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        const channelId = await freshChannel(`it-assortment-${role.toLowerCase()}`);
        state.actor = actors[role] ?? null;
        vi.mocked(updateTag).mockClear();
        const active = (await activeProductIds()).length;
        const clothing = await activeProductIds(paths.clothing);
        const rule = { channelId, audience: '', targetKind: 'category', target: paths.clothing, effect: 'exclude' };
        const picked = (await activeProductIds(paths.bikes)).slice(0, 2);
        if (!ALLOWED['assortment:write'].includes(role)) {
          const [demoRule] = await t.db
            .select({ id: assortmentRules.id, channelId: assortmentRules.channelId })
            .from(assortmentRules)
            .where(eq(assortmentRules.tag, 'bulky'));
          const rulesBefore = (await t.db.select({ id: assortmentRules.id }).from(assortmentRules)).length;
          expect(await assortmentAction('addAssortmentRuleAction', { ...rule, confirmed: '1' })).toMatchObject(
            denial(role),
          );
          expect(
            await assortmentAction('deleteAssortmentRuleAction', {
              channelId: demoRule!.channelId,
              ruleId: demoRule!.id,
              confirmed: '1',
            }),
          ).toMatchObject(denial(role));
          expect(
            await assortmentAction('setProductsInChannelAction', {
              channelId,
              productIds: picked,
              effect: 'exclude',
              confirmed: '1',
            }),
          ).toMatchObject(denial(role));
          expect((await t.db.select({ id: assortmentRules.id }).from(assortmentRules)).length).toBe(rulesBefore);
          expect(await listedFor(channelId)).toBe(active);
          expect(updateTag).not.toHaveBeenCalled();
          return;
        }
        const rulesOf = () =>
          t.db
            .select({ id: assortmentRules.id, targetKind: assortmentRules.targetKind, effect: assortmentRules.effect })
            .from(assortmentRules)
            .where(eq(assortmentRules.channelId, channelId));

        // Add a rule: preview (nothing saved), then save.
        expect(await assortmentAction('addAssortmentRuleAction', rule)).toMatchObject({
          ok: false,
          data: { preview: [{ channelId, audienceKey: '', added: 0, removed: clothing.length }] },
          values: { audience: '', targetKind: 'category', target: paths.clothing, effect: 'exclude' },
        });
        expect(await assortmentAction('addAssortmentRuleAction', { ...rule, confirmed: 'yes' })).toMatchObject({
          ok: false,
          data: { preview: [{ removed: clothing.length }] },
        }); // only "1" confirms
        expect(await rulesOf()).toEqual([]);
        expect(updateTag).not.toHaveBeenCalled();
        expect(await assortmentAction('addAssortmentRuleAction', { ...rule, confirmed: '1' })).toEqual({
          ok: true,
          message: 'added',
        });
        const [added] = await rulesOf();
        expect(added).toMatchObject({ targetKind: 'category', effect: 'exclude' });
        expect(await listedFor(channelId)).toBe(active - clothing.length);
        expect(updateTag).toHaveBeenCalledWith('catalog');

        // Delete it: preview, then delete.
        vi.mocked(updateTag).mockClear();
        expect(await assortmentAction('deleteAssortmentRuleAction', { channelId, ruleId: added!.id })).toMatchObject({
          ok: false,
          data: { preview: [{ channelId, audienceKey: '', added: clothing.length, removed: 0 }] },
        });
        expect(await rulesOf()).toHaveLength(1);
        expect(updateTag).not.toHaveBeenCalled();
        expect(
          await assortmentAction('deleteAssortmentRuleAction', { channelId, ruleId: added!.id, confirmed: '1' }),
        ).toEqual({ ok: true, message: 'deleted' });
        expect(await rulesOf()).toEqual([]);
        expect(await listedFor(channelId)).toBe(active);

        // Bulk exclude: the preview echoes the ticked products so the boxes stay ticked.
        const bulk = { channelId, productIds: picked, effect: 'exclude' };
        expect(await assortmentAction('setProductsInChannelAction', bulk)).toMatchObject({
          ok: false,
          data: { preview: [{ channelId, audienceKey: '', added: 0, removed: 2 }] },
          choices: { productIds: picked },
        });
        expect(await rulesOf()).toEqual([]);
        expect(await assortmentAction('setProductsInChannelAction', { ...bulk, confirmed: '1' })).toEqual({
          ok: true,
          message: 'excluded',
        });
        expect(await rulesOf()).toEqual([
          expect.objectContaining({ targetKind: 'product', effect: 'exclude' }),
          expect.objectContaining({ targetKind: 'product', effect: 'exclude' }),
        ]);
        expect(await listedFor(channelId)).toBe(active - 2);

        const audit = await t.db
          .select({ action: auditLog.action })
          .from(auditLog)
          .where(and(eq(auditLog.entityId, channelId), like(auditLog.action, 'assortment.%')))
          .orderBy(auditLog.id);
        expect(audit.map((a) => a.action)).toEqual([
          'assortment.rule_added',
          'assortment.rule_deleted',
          'assortment.products_excluded',
        ]);
        expect(updateTag).toHaveBeenCalledWith('catalog');
      });
    }

    it('rejects bad input with field errors and unknown targets with a clear message, changing nothing', async () => {
      const channelId = await freshChannel('it-assortment-bad-input');
      state.actor = actors.merchandiser!;
      const rules = async () =>
        (
          await t.db
            .select({ id: assortmentRules.id })
            .from(assortmentRules)
            .where(eq(assortmentRules.channelId, channelId))
        ).length;
      expect(
        await assortmentAction('addAssortmentRuleAction', {
          channelId,
          audience: 'g:not-a-group',
          targetKind: 'shelf',
          target: '',
          confirmed: '1',
        }),
      ).toMatchObject({
        ok: false,
        fieldErrors: {
          customerGroupId: [expect.any(String)],
          targetKind: [expect.any(String)],
          effect: [expect.any(String)],
        },
      });
      expect(
        await assortmentAction('addAssortmentRuleAction', {
          channelId,
          audience: '',
          targetKind: 'category',
          target: 'no/such/category',
          effect: 'exclude',
          confirmed: '1',
        }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { target: ['No category with the path “no/such/category”.'] },
        values: { target: 'no/such/category' },
      });
      expect(
        await assortmentAction('addAssortmentRuleAction', {
          channelId,
          audience: 'c:00000000-0000-4000-8000-000000000000',
          targetKind: 'all',
          effect: 'include',
          confirmed: '1',
        }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { companyId: ['Unknown company.'] },
      });
      expect(
        await assortmentAction('setProductsInChannelAction', { channelId: '', effect: 'hide', confirmed: '1' }),
      ).toMatchObject({
        ok: false,
        fieldErrors: {
          channelId: [expect.any(String)],
          productIds: ['Select at least one product.'],
          effect: [expect.any(String)],
        },
      });
      expect(
        await assortmentAction('deleteAssortmentRuleAction', {
          channelId,
          ruleId: '00000000-0000-4000-8000-000000000000',
          confirmed: '1',
        }),
      ).toMatchObject({ ok: false, formError: 'The assortment rule was not found.' });
      expect(await rules()).toBe(0);
      expect(await listedFor(channelId)).toBe((await activeProductIds()).length);
    });

    it('previews a company rule for that company only', async () => {
      const channelId = await freshChannel('it-assortment-company');
      state.actor = actors.admin!;
      const clothing = await activeProductIds(paths.clothing);
      expect(
        await assortmentAction('addAssortmentRuleAction', {
          channelId,
          audience: `c:${globex.id}`,
          targetKind: 'category',
          target: paths.clothing,
          effect: 'exclude',
        }),
      ).toMatchObject({
        ok: false,
        data: {
          preview: [
            { channelId, audienceKey: '', added: 0, removed: 0 },
            { channelId, audienceKey: `c:${globex.id}`, audienceName: globex.name, added: 0, removed: clothing.length },
          ],
        },
      });
      expect(await t.db.select().from(assortmentRules).where(eq(assortmentRules.channelId, channelId))).toEqual([]);
    });
  });

  describe('cart actions', () => {
    type CartActions = typeof import('@/app/(storefront)/cart/actions');
    const cartAction = async (name: keyof CartActions, fields: Record<string, string>) => {
      const mod = await import('@/app/(storefront)/cart/actions');
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      return mod[name](null, form);
    };
    let skus: string[];
    beforeAll(() => {
      skus = shopSkus;
    });
    /** The cart the storefront would use for this caller, and its lines. */
    const cartOf = async (role: string) => {
      const actor = actors[role];
      // Company members shop the b2b channel, everyone else the storefront's.
      const code = role === 'companyMember' ? channelRouting().b2b : channelRouting().storefront;
      const [channel] = await t.db.select({ id: channels.id }).from(channels).where(eq(channels.code, code));
      const [cart] = actor
        ? await t.db
            .select({ id: carts.id })
            .from(carts)
            .where(and(eq(carts.userId, actor.userId), eq(carts.channelId, channel!.id)))
        : await t.db
            .select({ id: carts.id })
            .from(carts)
            .where(eq(carts.id, jar.get('cart_id')?.value ?? '00000000-0000-4000-8000-000000000000'));
      if (!cart) return { id: null, lines: [] };
      return {
        id: cart.id,
        lines: await t.db
          .select({ id: cartLines.id, quantity: cartLines.quantity })
          .from(cartLines)
          .where(eq(cartLines.cartId, cart.id)),
      };
    };

    for (const role of ROLES) {
      it(`as ${role}: adds, changes and removes lines of the caller's own cart only`, async () => {
        jar.clear();
        state.actor = actors[role] ?? null;
        expect(await cartAction('addToCartAction', { sku: skus[0]!, quantity: '2' })).toMatchObject({
          ok: true,
          message: expect.any(String),
        });
        expect(await cartAction('addToCartAction', { sku: skus[0]!, quantity: '1' })).toMatchObject({ ok: true });
        if (role === 'anonymous') {
          expect(jar.get('cart_id')).toMatchObject({
            options: { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 30 },
          });
        } else {
          expect(jar.has('cart_id')).toBe(false); // a customer's cart is found by their user id
        }
        const cart = await cartOf(role);
        expect(cart.lines).toEqual([{ id: expect.any(String), quantity: 3 }]);
        const lineId = cart.lines[0]!.id;
        expect(await cartAction('setLineQuantityAction', { lineId, quantity: '5' })).toMatchObject({ ok: true });
        expect((await cartOf(role)).lines[0]!.quantity).toBe(5);

        // Someone else (another guest without the cookie, or another customer) cannot touch the line.
        const owner = { actor: state.actor, cookie: jar.get('cart_id') };
        jar.clear();
        state.actor = role === 'customer' ? actors.admin! : role === 'anonymous' ? null : actors.customer!;
        const denied = await cartAction('setLineQuantityAction', { lineId, quantity: '9' });
        expect(denied).toMatchObject({ ok: false, formError: expect.stringMatching(/not (be )?found/) });
        expect(await cartAction('removeLineAction', { lineId })).toMatchObject({ ok: false });
        state.actor = owner.actor;
        if (owner.cookie) jar.set('cart_id', owner.cookie);
        expect((await cartOf(role)).lines).toEqual([{ id: lineId, quantity: 5 }]);

        expect(await cartAction('removeLineAction', { lineId })).toMatchObject({ ok: true });
        expect((await cartOf(role)).lines).toEqual([]);
      });
    }

    it('refuses bad input with a clear message and changes nothing', async () => {
      jar.clear();
      state.actor = null;
      expect(await cartAction('addToCartAction', { sku: skus[1]!, quantity: '1' })).toMatchObject({ ok: true });
      const before = await cartOf('anonymous');
      const lineId = before.lines[0]!.id;
      for (const [quantity, message] of [
        ['0', 'The quantity must be at least 1; remove the line instead.'],
        ['-1', 'The quantity must be at least 1; remove the line instead.'],
        ['1.5', 'Quantities are whole items, e.g. 2 (not 1.5).'],
        ['1000', 'At most 999 of one item fit in a cart line.'],
        ['abc', 'Enter a whole number of items, e.g. 1.'],
      ]) {
        expect(await cartAction('addToCartAction', { sku: skus[1]!, quantity: quantity! })).toMatchObject({
          ok: false,
          fieldErrors: { quantity: [message] },
          values: { quantity },
        });
        expect(await cartAction('setLineQuantityAction', { lineId, quantity: quantity! })).toMatchObject({
          ok: false,
          fieldErrors: { quantity: [message] },
        });
      }
      expect(await cartAction('addToCartAction', { sku: 'NO-SUCH-SKU', quantity: '1' })).toMatchObject({
        ok: false,
        formError: 'There is no item with SKU “NO-SUCH-SKU”.',
      });
      expect(await cartAction('setLineQuantityAction', { lineId: 'tampered', quantity: '2' })).toMatchObject({
        ok: false,
        fieldErrors: { lineId: [expect.any(String)] },
      });
      // A tampered cookie is no cart: changes answer "not found", an add starts a fresh cart.
      jar.set('cart_id', { value: 'tampered' });
      expect(await cartAction('setLineQuantityAction', { lineId, quantity: '2' })).toMatchObject({
        ok: false,
        formError: 'Your cart could not be found. Please reload the page.',
      });
      jar.set('cart_id', { value: before.id! });
      expect(await cartOf('anonymous')).toEqual(before);
    });

    it('merges the guest cart into the customer’s cart on sign-in and clears the cookie', async () => {
      const { signIn } = await import('@/lib/platform/auth/auth');
      const { signInAction } = await import('@/app/(storefront)/auth-actions');
      jar.clear();
      state.actor = null;
      expect(await cartAction('addToCartAction', { sku: skus[1]!, quantity: '4' })).toMatchObject({ ok: true });
      const guest = await cartOf('anonymous');
      // The customer's own cart holds nothing of this SKU yet (the walk above emptied it).
      expect((await cartOf('customer')).lines).toEqual([]);
      // Auth.js ends a successful sign-in with Next's redirect.
      vi.mocked(signIn).mockRejectedValueOnce(
        Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/account;307;' }),
      );
      const form = new FormData();
      form.set('email', roles.users.customer.email);
      form.set('password', 'irrelevant');
      await expect(signInAction(null, form)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
      expect(jar.has('cart_id')).toBe(false);
      expect(await t.db.select().from(carts).where(eq(carts.id, guest.id!))).toEqual([]);
      const merged = await cartOf('customer');
      expect(merged.lines.map((l) => l.quantity)).toEqual([4]);
    });

    it('a failed sign-in leaves the guest cart alone', async () => {
      const { signIn } = await import('@/lib/platform/auth/auth');
      const { signInAction } = await import('@/app/(storefront)/auth-actions');
      const { AuthError } = await import('next-auth');
      jar.clear();
      state.actor = null;
      expect(await cartAction('addToCartAction', { sku: skus[1]!, quantity: '1' })).toMatchObject({ ok: true });
      const guest = await cartOf('anonymous');
      const failure = Object.assign(new AuthError('bad'), { type: 'CredentialsSignin' });
      vi.mocked(signIn).mockRejectedValueOnce(failure);
      const form = new FormData();
      form.set('email', roles.users.customer.email);
      form.set('password', 'wrong');
      expect(await signInAction(null, form)).toMatchObject({ ok: false });
      expect(jar.get('cart_id')?.value).toBe(guest.id);
      expect(await cartOf('anonymous')).toEqual(guest);
    });
  });

  describe('sign-up action', () => {
    const signUp = async (fields: Record<string, string>) => {
      const { signUpAction } = await import('@/app/(storefront)/auth-actions');
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return signUpAction(null, form);
    };

    it('answers a new and a known address alike (no enumeration) and limits attempts per client address', async () => {
      state.actor = null;
      await t.db.delete(loginThrottle).where(eq(loginThrottle.key, 'sign-up-ip:unknown'));
      vi.stubEnv('SIGN_UPS_PER_IP', '2');
      vi.stubEnv('SIGN_UP_CONFIRMATION', 'email');
      try {
        const known = roles.users.customer.email;
        const fresh = `fresh-${Date.now()}@example.com`;
        const password = 'a-long-enough-password';
        const forKnown = await signUp({ name: 'Mallory Probe', email: known, password });
        const forFresh = await signUp({ name: 'Mallory Probe', email: fresh, password });
        expect(forKnown).toEqual({
          ok: true,
          message: `Thank you. We have sent an e-mail to ${known}. Follow the link in it to finish creating your account.`,
        });
        // The same answer but for the address it names.
        expect(forFresh).toEqual({
          ok: true,
          message: `Thank you. We have sent an e-mail to ${fresh}. Follow the link in it to finish creating your account.`,
        });
        expect(await signUp({ name: 'Mallory Probe', email: `other-${fresh}`, password })).toMatchObject({
          ok: false,
          formError: expect.stringMatching(
            /^Too many sign-ups from your network\. Please try again in (60|59) minutes\.$/,
          ),
        });
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it('without mail, sends a new and a known address alike to sign in, where only the new account opens', async () => {
      state.actor = null;
      await t.db.delete(loginThrottle).where(eq(loginThrottle.key, 'sign-up-ip:unknown'));
      vi.stubEnv('SIGN_UP_CONFIRMATION', 'none');
      const redirectOf = async (fields: Record<string, string>) => {
        try {
          await signUp(fields);
          return null;
        } catch (error) {
          return (error as { digest?: string }).digest?.split(';')[2] ?? null;
        }
      };
      try {
        const password = 'a-long-enough-password';
        const fresh = `ready-${Date.now()}@example.com`;
        const known = roles.users.customer.email;
        expect(await redirectOf({ name: 'Rita Ready', email: fresh, password })).toBe('/sign-in?signedUp=1');
        expect(await redirectOf({ name: 'Someone Else', email: known, password })).toBe('/sign-in?signedUp=1');
        // Where the visitor came from goes along to the sign-in, if it is a path of this shop.
        const from = (callbackUrl: string) =>
          redirectOf({
            name: 'Carl Cart',
            email: `cart-${Date.now()}-${callbackUrl.length}@example.com`,
            password,
            callbackUrl,
          });
        expect(await from('/cart')).toBe('/sign-in?callbackUrl=%2Fcart&signedUp=1');
        expect(await from('https://evil.example/x')).toBe('/sign-in?signedUp=1');
        expect(await from('//evil.example/x')).toBe('/sign-in?signedUp=1');
        const { authenticate } = await import('@/lib/platform/auth/authenticate.writes');
        expect(await authenticate(t.db, { email: fresh, password, ip: '10.9.0.1' })).toMatchObject({ ok: true });
        expect(await authenticate(t.db, { email: known, password, ip: '10.9.0.1' })).toMatchObject({ ok: false });
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it('confirming the mailed link sends to the sign-in that returns where the visitor signed up from', async () => {
      state.actor = null;
      const { confirmEmailAction } = await import('@/app/(storefront)/auth-actions');
      const { registerCustomer } = await import('@/lib/customers/register-customer.writes');
      const confirmedAt = async (callbackUrl?: string) => {
        const email = `confirm-${Date.now()}-${callbackUrl?.length ?? 0}@example.com`;
        const input = { name: 'Carla Confirm', email, password: 'a-long-enough-password', callbackUrl };
        await registerCustomer(t.db, input, { locale: 'en', baseUrl: 'http://x.test', confirmation: 'email' });
        const [mail] = await t.db
          .select({ body: notificationOutbox.body })
          .from(notificationOutbox)
          .where(eq(notificationOutbox.email, email));
        const link = new URL(/http:\/\/x\.test\/sign-up\/confirm\?\S+/.exec(mail!.body)![0]);
        const form = new FormData();
        form.set('token', link.searchParams.get('token')!);
        // What the confirmation page puts in its form; a forged value is checked again by the action.
        if (callbackUrl) form.set('callbackUrl', callbackUrl);
        try {
          return await confirmEmailAction(null, form);
        } catch (error) {
          return (error as { digest?: string }).digest?.split(';')[2] ?? null;
        }
      };
      expect(await confirmedAt('/checkout')).toBe('/sign-in?callbackUrl=%2Fcheckout&confirmed=1');
      expect(await confirmedAt()).toBe('/sign-in?confirmed=1');
      expect(await confirmedAt('//evil.example/x')).toBe('/sign-in?confirmed=1');
    });

    it('shows the password policy at the password field', async () => {
      state.actor = null;
      await t.db.delete(loginThrottle).where(eq(loginThrottle.key, 'sign-up-ip:unknown'));
      expect(
        await signUp({
          name: 'Paula Policy',
          email: `policy-${Date.now()}@example.com`,
          password: 'paula-policy-2026',
        }),
      ).toMatchObject({
        ok: false,
        formError: 'The password must not contain your name.',
        fieldErrors: { password: ['The password must not contain your name.'] },
      });
    });
  });

  describe('customer-in-context actions (in a Berlin showroom session)', () => {
    type CustomerActions = typeof import('@/app/(storefront)/showroom/customer/actions');
    const customerAction = async (name: keyof CustomerActions, fields: Record<string, string>) => {
      const mod = await import('@/app/(storefront)/showroom/customer/actions');
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      try {
        return await mod[name](null, form);
      } catch (error) {
        const digest = (error as { digest?: string }).digest;
        if (digest?.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
        throw error;
      }
    };
    const denial = (role: string) => ({
      ok: false,
      formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.',
    });
    let profileId: string;
    beforeAll(async () => {
      await theShowroom();
      const [profile] = await t.db
        .select({ id: customerProfiles.id })
        .from(customerProfiles)
        .where(eq(customerProfiles.userId, roles.users.customer.id));
      profileId = profile!.id;
    });

    for (const role of ROLES) {
      it(`as ${role}`, async () => {
        jar.clear();
        jar.set(SHOWROOM_COOKIE, { value: berlin.id });
        state.actor = actors[role] ?? null;
        const email = `walk-${role.toLowerCase()}@example.com`;
        const found = await customerAction('findCustomersAction', { q: roles.users.customer.email });
        const chosen = await customerAction('chooseCustomerAction', { profileId });
        const chosenCookie = jar.get(SHOWROOM_CUSTOMER_COOKIE)?.value;
        jar.delete(SHOWROOM_CUSTOMER_COOKIE);
        const created = await customerAction('createCustomerAction', { firstName: 'Walk', lastName: role, email });
        const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.email, email));
        if (ALLOWED['showroom:sell'].includes(role)) {
          expect(found).toMatchObject({ ok: true, data: { hits: [{ profileId }] } });
          expect(chosen).toEqual({ redirect: '/showroom/customer' });
          expect(chosenCookie).toBe(profileId);
          expect(created).toEqual({ redirect: '/showroom/customer' });
          expect(jar.get(SHOWROOM_CUSTOMER_COOKIE)?.value).toBe(profile!.id);
          expect(
            await t.db.select().from(consentRecords).where(eq(consentRecords.profileId, profile!.id)),
          ).toHaveLength(3);
        } else {
          for (const result of [found, chosen, created]) expect(result).toMatchObject(denial(role));
          expect(chosenCookie).toBeUndefined();
          expect(profile).toBeUndefined();
          expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
        }
        // Back to a walk-in is anyone's own cookie.
        jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: profileId });
        expect(await customerAction('clearCustomerAction', {})).toEqual({ redirect: '/showroom/customer' });
        expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
      });
    }
  });

  describe('checkout action', () => {
    /** Runs the action; the redirect to the confirmation page comes back as its target. */
    const checkout = async (fields: Record<string, string>) => {
      const { placeOrderAction } = await import('@/app/(storefront)/checkout/actions');
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      try {
        return await placeOrderAction(null, form);
      } catch (error) {
        const digest = (error as { digest?: string }).digest;
        if (digest?.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
        throw error;
      }
    };
    const ordersOf = (cartId: string) =>
      t.db
        .select({
          id: orders.id,
          userId: orders.userId,
          fulfilment: orders.fulfilment,
          paymentStatus: orders.paymentStatus,
        })
        .from(orders)
        .where(eq(orders.cartId, cartId));
    const address = { name: 'Erika Gast', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
    let sku: string;
    beforeAll(() => {
      // An item of the web shop with free stock in the warehouse, so that a delivery can be placed.
      sku = shopSkus[0]!;
    });

    it('places a guest order from the cart in the cookie once, and refuses bad input without writing an order', async () => {
      const { addToCartAction } = await import('@/app/(storefront)/cart/actions');
      jar.clear();
      state.actor = null;
      const add = new FormData();
      add.set('sku', sku);
      add.set('quantity', '1');
      expect(await addToCartAction(null, add)).toMatchObject({ ok: true });
      const cartId = jar.get('cart_id')!.value;
      const base = { idempotencyKey: crypto.randomUUID(), email: 'guest@example.com' };

      expect(await checkout({ ...base, paymentMethod: 'test_card', cardNumber: '4242 4242 4242 4242' })).toMatchObject({
        ok: false,
        fieldErrors: { fulfilment: [expect.any(String)] },
        values: { email: 'guest@example.com' },
      });
      const malformed = await checkout({
        ...base,
        fulfilment: 'delivery',
        ...address,
        name: '',
        postalCode: '123',
        paymentMethod: 'test_card',
        cardNumber: '4242424242424242',
      });
      expect(malformed).toMatchObject({
        ok: false,
        fieldErrors: { name: [expect.any(String)], postalCode: ['A German postal code has 5 digits.'] },
        values: { street: address.street, city: 'Berlin' },
      });
      const declined = await checkout({
        ...base,
        fulfilment: 'delivery',
        ...address,
        paymentMethod: 'test_card',
        cardNumber: '4000 0000 0000 0002',
      });
      expect(declined).toMatchObject({
        ok: false,
        formError: 'The card was declined.',
        fieldErrors: { cardNumber: ['The card was declined.'] },
        values: { ...address, cardNumber: '4000 0000 0000 0002' },
      });
      expect(await checkout({ ...base, fulfilment: 'delivery', ...address, paymentMethod: 'invoice' })).toMatchObject({
        ok: false,
        formError: 'Please sign in to pay by invoice.',
      });
      expect(await ordersOf(cartId)).toEqual([]);
      expect((await t.db.select({ id: cartLines.id }).from(cartLines).where(eq(cartLines.cartId, cartId))).length).toBe(
        1,
      );

      // The same key after the refusals places the order; a double submit gets the same order back.
      const valid = {
        ...base,
        fulfilment: 'delivery',
        ...address,
        paymentMethod: 'test_card',
        cardNumber: '4242 4242 4242 4242',
      };
      const placed = await checkout(valid);
      const [order] = await ordersOf(cartId);
      expect(placed).toEqual({ redirect: `/orders/${order!.id}` });
      expect(order).toMatchObject({ userId: null, fulfilment: 'delivery', paymentStatus: 'authorized' });
      expect(await checkout(valid)).toEqual({ redirect: `/orders/${order!.id}` });
      expect(await ordersOf(cartId)).toHaveLength(1);
      expect(await t.db.select({ id: cartLines.id }).from(cartLines).where(eq(cartLines.cartId, cartId))).toEqual([]);
    });

    it('answers a visitor without a cart with a form error', async () => {
      jar.clear();
      state.actor = null;
      expect(
        await checkout({
          idempotencyKey: crypto.randomUUID(),
          email: 'guest@example.com',
          fulfilment: 'delivery',
          ...address,
          paymentMethod: 'test_card',
          cardNumber: '4242424242424242',
        }),
      ).toMatchObject({
        ok: false,
        formError: 'Your cart could not be found. Please reload the page.',
      });
    });
  });

  describe('quote actions', () => {
    type QuoteActions = typeof import('@/app/(storefront)/showroom/quotes/actions') &
      typeof import('@/app/(storefront)/account/quotes/actions');
    /** Runs an action; a redirect comes back as its target. */
    const quoteAction = async (name: keyof QuoteActions, fields: Record<string, string>) => {
      const mod = {
        ...(await import('@/app/(storefront)/showroom/quotes/actions')),
        ...(await import('@/app/(storefront)/account/quotes/actions')),
      } as QuoteActions;
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      try {
        return await mod[name](null, form);
      } catch (error) {
        const digest = (error as { digest?: string }).digest;
        if (digest?.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
        throw error;
      }
    };
    let showroom: MadeChannel;
    let profileId: string;
    const validUntil = () => new Date(Date.now() + 10 * DAY_MS).toISOString().slice(0, 10);
    const quoteCount = async () => (await t.db.select({ id: quotes.id }).from(quotes)).length;
    /** A quote of Berlin for the customer, saved by an admin (who may sell everywhere). */
    const berlinQuote = async () => {
      const cart = await makeCart(t.db, {
        channelId: showroom.id,
        userId: roles.users.admin.id,
        lines: [{ variantId: shopVariantIds[0]!, quantity: 1 }],
      });
      return saveQuote(t.db, actors.admin!, {
        storeId: berlin.id,
        customer: { profileId },
        cartId: cart.id,
        channel: showroom,
        audience: { customerGroupIds: [], companyId: null },
        validUntil: validUntil(),
        locale: 'en',
      });
    };
    beforeAll(async () => {
      showroom = await theShowroom();
      [{ id: profileId }] = (await t.db
        .select({ id: customerProfiles.id })
        .from(customerProfiles)
        .where(eq(customerProfiles.userId, roles.users.customer.id))) as [{ id: string }];
    });

    for (const role of ROLES) {
      it(`saveQuoteAction as ${role}: only staff of the session's store and admins save`, async () => {
        jar.clear();
        jar.set(SHOWROOM_COOKIE, { value: berlin.id });
        jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: profileId });
        state.actor = actors[role] ?? null;
        if (state.actor)
          await makeCart(t.db, {
            channelId: showroom.id,
            userId: state.actor.userId,
            lines: [{ variantId: shopVariantIds[0]!, quantity: 2 }],
          });
        const before = await quoteCount();
        const result = await quoteAction('saveQuoteAction', { validUntil: validUntil() });
        if (ALLOWED['showroom:sell'].includes(role)) {
          expect(result).toEqual({
            redirect: expect.stringMatching(/^\/showroom\/quotes\/[0-9a-f-]{36}#link=[\w-]{43}$/),
          });
          expect(await quoteCount()).toBe(before + 1);
        } else {
          expect(result).toMatchObject({ ok: false, formError: expect.any(String) });
          expect(await quoteCount()).toBe(before);
        }
      });

      it(`withdrawQuoteAction as ${role}`, async () => {
        const quote = await berlinQuote();
        jar.clear();
        state.actor = actors[role] ?? null;
        const result = await quoteAction('withdrawQuoteAction', { quoteId: quote.id });
        const [row] = await t.db.select({ status: quotes.status }).from(quotes).where(eq(quotes.id, quote.id));
        if (ALLOWED['showroom:sell'].includes(role)) {
          expect(result).toMatchObject({ ok: true, message: 'The quote was withdrawn.' });
          expect(row!.status).toBe('withdrawn');
        } else {
          expect(result).toMatchObject({ ok: false });
          expect(row!.status).toBe('open');
        }
      });

      it(`orderQuoteAction as ${role}: only the customer whose quote it is`, async () => {
        const quote = await berlinQuote();
        jar.clear();
        state.actor = actors[role] ?? null;
        const result = await quoteAction('orderQuoteAction', { quoteId: quote.id });
        const made = await t.db.select({ id: carts.id }).from(carts).where(eq(carts.quoteId, quote.id));
        if (role === 'customer') {
          expect(result).toEqual({ redirect: '/checkout' });
          expect(made).toHaveLength(1);
          expect(jar.get(ASSISTED_CART_COOKIE)).toMatchObject({ value: made[0]!.id, options: { httpOnly: true } });
        } else {
          expect(result).toMatchObject({ ok: false, formError: expect.any(String) });
          expect(made).toEqual([]);
          expect(jar.has(ASSISTED_CART_COOKIE)).toBe(false);
        }
      });
    }

    it('orderQuoteByLinkAction: the token opens the quote for anyone; a wrong or malformed one for nobody', async () => {
      const quote = await berlinQuote();
      jar.clear();
      state.actor = null;
      const wrong = `${quote.token.slice(0, -1)}${quote.token.endsWith('A') ? 'B' : 'A'}`;
      expect(await quoteAction('orderQuoteByLinkAction', { token: wrong })).toMatchObject({
        ok: false,
        formError: 'The quote was not found.',
      });
      expect(await quoteAction('orderQuoteByLinkAction', { token: 'short' })).toMatchObject({ ok: false });
      expect(await t.db.select({ id: carts.id }).from(carts).where(eq(carts.quoteId, quote.id))).toEqual([]);
      expect(await quoteAction('orderQuoteByLinkAction', { token: quote.token })).toEqual({ redirect: '/checkout' });
      const [cart] = await t.db.select().from(carts).where(eq(carts.quoteId, quote.id));
      expect(cart).toMatchObject({ userId: null, soldLocationId: berlin.id, profileId });
      expect(jar.get(ASSISTED_CART_COOKIE)?.value).toBe(cart!.id);
    });

    it('saveQuoteAction outside a showroom session, or without a customer in context, saves nothing', async () => {
      state.actor = actors.staff ?? null;
      await makeCart(t.db, {
        channelId: showroom.id,
        userId: roles.users.staff.id,
        lines: [{ variantId: shopVariantIds[0]!, quantity: 1 }],
      });
      const before = await quoteCount();
      jar.clear();
      expect(await quoteAction('saveQuoteAction', { validUntil: validUntil() })).toMatchObject({
        ok: false,
        formError: 'You do not have permission to do this.',
      });
      jar.set(SHOWROOM_COOKIE, { value: berlin.id });
      expect(await quoteAction('saveQuoteAction', { validUntil: validUntil() })).toMatchObject({
        ok: false,
        formError: 'Choose the customer first: a quote is saved for the customer in context.',
      });
      expect(await quoteAction('saveQuoteAction', { validUntil: 'tomorrow' })).toMatchObject({
        ok: false,
        fieldErrors: { validUntil: ['Choose the date until which the quote is valid.'] },
      });
      expect(await quoteCount()).toBe(before);
    });
  });

  it('the service refuses a caller without permission even when called directly', async () => {
    const { setProductStatus } = await import('@/lib/catalog/set-product-status.writes');
    const [product] = await t.db.select({ id: products.id }).from(products).limit(1);
    await expect(
      setProductStatus(t.db, actors.customer!, { productId: product!.id, status: 'draft' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(setProductStatus(t.db, null, { productId: product!.id, status: 'draft' })).rejects.toMatchObject({
      status: 401,
    });
  });
});
