// Walks every server action (every export of every 'use server' module under app/) with each role
// and asserts that those who must be denied are denied and nothing changes for them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { updateTag } from 'next/cache';
import { after } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, channels, customerCredits, orderLines, orders, priceListChannels, priceListEntries, priceLists, products, settings, users } from '@/db/schema';
import type { Actor, Permission } from '@/lib/auth/permissions';
import { findActor } from '@/lib/data/actor';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/auth/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), unstable_cache: <F>(fn: F) => fn }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, set: vi.fn() }) }));
// Work scheduled after the response (the price-history run) has its own integration test.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

/** Every action and who may call it. Public ones say why. A new action without a row fails the test. */
const ACCESS: Record<string, Record<string, Permission | { public: string }>> = {
  'app/(storefront)/auth-actions.ts': {
    signInAction: { public: 'signing in is for anonymous visitors' },
    signUpAction: { public: 'consumer self-registration' },
    signOutAction: { public: 'ends the caller’s own session only' },
  },
  'app/(storefront)/locale-actions.ts': { setLocaleAction: { public: 'sets the caller’s own language cookie only' } },
  'app/admin/products/[id]/actions.ts': { setProductStatusAction: 'catalog:write' },
  'app/admin/price-lists/actions.ts': {
    createPriceListAction: 'pricing:write',
    updatePriceListAction: 'pricing:write',
    deletePriceListAction: 'pricing:write',
    addPriceEntryAction: 'pricing:write',
    deletePriceEntryAction: 'pricing:write',
    importPriceEntriesAction: 'pricing:write',
  },
  'app/admin/settings/actions.ts': { updatePricingSettingsAction: 'pricing:write' },
};

const ROLE_EMAILS = {
  customer: 'customer@example.com',
  companyMember: 'ben@acme.example',
  staff: 'staff.berlin@example.com',
  merchandiser: 'merch@example.com',
  admin: 'admin@example.com',
} as const;
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
};

function findServerActionModules(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return findServerActionModules(full);
    return /\.tsx?$/.test(entry) && !entry.includes('.test.') && /^['"]use server['"]/.test(readFileSync(full, 'utf8').trimStart()) ? [full] : [];
  });
}

const root = path.resolve(import.meta.dirname, '..');
let t: TestDatabase;
const actors: Record<string, Actor | null> = { anonymous: null };

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  for (const [role, email] of Object.entries(ROLE_EMAILS)) {
    const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    actors[role] = await findActor(t.db, user!.id);
  }
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

  describe('setProductStatusAction', () => {
    for (const role of ['anonymous', ...Object.keys(ROLE_EMAILS)]) {
      it(`as ${role}`, async () => {
        const { setProductStatusAction } = await import('@/app/admin/products/[id]/actions');
        const [product] = await t.db.select({ id: products.id, status: products.status }).from(products).limit(1);
        state.actor = actors[role] ?? null;
        vi.mocked(updateTag).mockClear();
        const form = new FormData();
        form.set('productId', product!.id);
        form.set('status', product!.status === 'active' ? 'archived' : 'active');
        const result = await setProductStatusAction(null, form);
        const [after] = await t.db.select({ status: products.status }).from(products).where(eq(products.id, product!.id));
        if (ALLOWED['catalog:write'].includes(role)) {
          expect(result).toMatchObject({ ok: true });
          expect(after!.status).not.toBe(product!.status);
          const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, product!.id)).orderBy(auditLog.id);
          expect(entry).toBeDefined();
          expect(updateTag).toHaveBeenCalledWith('catalog'); // storefront and API caches see the change at once
        } else {
          expect(result).toMatchObject({ ok: false, formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.' });
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
      expect(result).toMatchObject({ ok: false, fieldErrors: { productId: [expect.any(String)], status: [expect.any(String)] } });
    });

    it('answers a clear error for an unknown product', async () => {
      const { setProductStatusAction } = await import('@/app/admin/products/[id]/actions');
      state.actor = actors.admin!;
      const form = new FormData();
      form.set('productId', '00000000-0000-4000-8000-000000000000');
      form.set('status', 'draft');
      expect(await setProductStatusAction(null, form)).toMatchObject({ ok: false, formError: 'Product was not found.' });
    });
  });

  describe('price list actions', () => {
    /** Runs an action; a redirect (what create and delete end with) comes back as its target. */
    async function call(name: string, fields: Record<string, string | string[]>) {
      const mod = (await import('@/app/admin/price-lists/actions')) as unknown as Record<string, (s: null, f: FormData) => Promise<unknown>>;
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

    for (const role of ['anonymous', ...Object.keys(ROLE_EMAILS)]) {
      it(`as ${role}`, async () => {
        state.actor = actors[role] ?? null;
        vi.mocked(updateTag).mockClear();
        const [web] = await t.db.select({ id: channels.id }).from(channels).where(eq(channels.code, 'web'));
        const [existing] = await t.db.select({ id: priceLists.id, name: priceLists.name }).from(priceLists).limit(1);
        const before = await counts();
        const list = { name: `Promo by ${role}`, priority: '5', channelIds: web!.id, active: 'on', amountsIncludeVat: 'on' };
        const entry = { targetKind: 'category', target: 'bikes', minQuantity: '1', adjustmentKind: 'percent', value: '20' };
        if (!ALLOWED['pricing:write'].includes(role)) {
          const denied = { ok: false, formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.' };
          expect(await call('createPriceListAction', list)).toMatchObject(denied);
          expect(await call('updatePriceListAction', { ...list, priceListId: existing!.id })).toMatchObject(denied);
          expect(await call('addPriceEntryAction', { ...entry, priceListId: existing!.id })).toMatchObject(denied);
          expect(await call('deletePriceListAction', { priceListId: existing!.id })).toMatchObject(denied);
          expect(await counts()).toEqual(before);
          const [still] = await t.db.select({ name: priceLists.name }).from(priceLists).where(eq(priceLists.id, existing!.id));
          expect(still!.name).toBe(existing!.name);
          expect(updateTag).not.toHaveBeenCalled();
          return;
        }
        const created = (await call('createPriceListAction', list)) as { redirect: string };
        const id = created.redirect.replace('/admin/price-lists/', '');
        expect(await call('addPriceEntryAction', { ...entry, priceListId: id })).toMatchObject({ ok: true });
        expect(await call('updatePriceListAction', { ...list, name: `Renamed by ${role}`, priceListId: id })).toMatchObject({ ok: true });
        const [entryRow] = await t.db.select({ id: priceListEntries.id, value: priceListEntries.value }).from(priceListEntries).where(eq(priceListEntries.priceListId, id));
        expect(entryRow!.value).toBe(2000);
        expect(await call('deletePriceEntryAction', { priceListId: id, entryId: entryRow!.id })).toMatchObject({ ok: true });
        expect(await call('deletePriceListAction', { priceListId: id })).toEqual({ redirect: '/admin/price-lists?deleted=1' });
        expect(await counts()).toEqual(before);
        const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
        expect(audit.map((a) => a.action)).toEqual(['price_list.created', 'price_list.entry_added', 'price_list.updated', 'price_list.entry_deleted', 'price_list.deleted']);
        expect(updateTag).toHaveBeenCalledWith('catalog');
        expect(after).toHaveBeenCalled();
      });
    }

    it('rejects bad input with field errors and an unknown target with a clear message, changing nothing', async () => {
      state.actor = actors.merchandiser!;
      const before = await counts();
      const result = await call('createPriceListAction', { name: 'x', priority: 'high', validFrom: '2026-13-01T00:00' });
      expect(result).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)], priority: [expect.any(String)], channelIds: [expect.any(String)], validFrom: [expect.any(String)] } });
      const [existing] = await t.db.select({ id: priceLists.id }).from(priceLists).limit(1);
      expect(await call('addPriceEntryAction', { priceListId: existing!.id, targetKind: 'category', target: 'no/such/category', minQuantity: '1', adjustmentKind: 'percent', value: '10' })).toMatchObject({
        ok: false,
        fieldErrors: { target: ['No category with the path "no/such/category"'] },
      });
      expect(await call('addPriceEntryAction', { priceListId: existing!.id, targetKind: 'all', minQuantity: '0', adjustmentKind: 'percent', value: '150' })).toMatchObject({
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
      const [web] = await t.db.select({ id: channels.id }).from(channels).where(eq(channels.code, 'web'));
      const [line] = await t.db.select({ sku: orderLines.sku }).from(orderLines).innerJoin(orders, eq(orders.id, orderLines.orderId)).where(eq(orders.email, 'guest.buyer@example.net'));
      const [list] = await t.db.insert(priceLists).values({ name: 'Regret via action', priority: 999, currency: 'EUR', active: true }).returning({ id: priceLists.id });
      await t.db.insert(priceListChannels).values({ priceListId: list!.id, channelId: web!.id });
      const form = (decision?: string) => {
        const f = new FormData();
        for (const [k, v] of Object.entries({ priceListId: list!.id, targetKind: 'variant', target: line!.sku, minQuantity: '1', adjustmentKind: 'percent', value: '30' })) f.set(k, v);
        if (decision) f.set('regretDecision', decision);
        return f;
      };
      vi.mocked(updateTag).mockClear();
      const review = await mod.addPriceEntryAction(null, form());
      expect(review).toMatchObject({ ok: false, regret: { orders: 2, customers: 2, creditCustomers: 1 }, values: { target: line!.sku, value: '30' } });
      expect(await t.db.select().from(priceListEntries).where(eq(priceListEntries.priceListId, list!.id))).toEqual([]);
      expect(updateTag).not.toHaveBeenCalled();
      // A tampered decision is treated as "review".
      expect(await mod.addPriceEntryAction(null, form('yes-please'))).toMatchObject({ ok: false, regret: { orders: 2 } });
      const credited = await mod.addPriceEntryAction(null, form('credit'));
      const impact = (review as { regret: { creditTotal: number } }).regret;
      expect(credited).toEqual({ ok: true, message: 'added', credited: { amount: impact.creditTotal, currency: 'EUR' } });
      expect(await t.db.select().from(customerCredits).where(eq(customerCredits.priceListId, list!.id))).toHaveLength(1);
      expect(updateTag).toHaveBeenCalledWith('catalog');
    });
  });

  describe('updatePricingSettingsAction', () => {
    for (const role of ['anonymous', ...Object.keys(ROLE_EMAILS)]) {
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
          expect(rows).toEqual([{ value: { regretWindowDays: 21, regretThresholdBp: 750, consistencySpreadBp: 1200 } }]);
        } else {
          expect(result).toMatchObject({ ok: false, formError: role === 'anonymous' ? 'Please sign in first.' : 'You do not have permission to do this.' });
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
        fieldErrors: { regretWindowDays: ['At least 1 day'], regretThresholdPercent: [expect.any(String)], consistencySpreadPercent: [expect.any(String)] },
      });
      expect(await t.db.select().from(settings)).toEqual([]);
    });
  });

  it('the service refuses a caller without permission even when called directly', async () => {
    const { setProductStatus } = await import('@/lib/services/set-product-status');
    const [product] = await t.db.select({ id: products.id }).from(products).limit(1);
    await expect(setProductStatus(t.db, actors.customer!, { productId: product!.id, status: 'draft' })).rejects.toMatchObject({ status: 403 });
    await expect(setProductStatus(t.db, null, { productId: product!.id, status: 'draft' })).rejects.toMatchObject({ status: 401 });
  });
});
