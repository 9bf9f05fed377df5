// Walks every server action (every export of every 'use server' module under app/) with each role
// and asserts that those who must be denied are denied and nothing changes for them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { updateTag } from 'next/cache';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, products, users } from '@/db/schema';
import type { Actor, Permission } from '@/lib/auth/permissions';
import { findActor } from '@/lib/data/actor';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/auth/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), unstable_cache: <F>(fn: F) => fn }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, set: vi.fn() }) }));

/** Every action and who may call it. Public ones say why. A new action without a row fails the test. */
const ACCESS: Record<string, Record<string, Permission | { public: string }>> = {
  'app/(storefront)/auth-actions.ts': {
    signInAction: { public: 'signing in is for anonymous visitors' },
    signUpAction: { public: 'consumer self-registration' },
    signOutAction: { public: 'ends the caller’s own session only' },
  },
  'app/(storefront)/locale-actions.ts': { setLocaleAction: { public: 'sets the caller’s own language cookie only' } },
  'app/admin/products/[id]/actions.ts': { setProductStatusAction: 'catalog:write' },
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

  it('the service refuses a caller without permission even when called directly', async () => {
    const { setProductStatus } = await import('@/lib/services/set-product-status');
    const [product] = await t.db.select({ id: products.id }).from(products).limit(1);
    await expect(setProductStatus(t.db, actors.customer!, { productId: product!.id, status: 'draft' })).rejects.toMatchObject({ status: 403 });
    await expect(setProductStatus(t.db, null, { productId: product!.id, status: 'draft' })).rejects.toMatchObject({ status: 401 });
  });
});
