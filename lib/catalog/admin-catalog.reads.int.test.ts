import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users, variants } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { setProductStatus } from '@/lib/catalog/set-product-status.writes';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findActor } from '@/lib/platform/auth/actor.reads';
import { findAdminProduct, getDashboardStats, listAdminProducts } from './admin-catalog.reads';

let t: TestDatabase;
const actor = async (email: string): Promise<Actor> => {
  const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await findActor(t.db, user!.id))!;
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('back-office catalogue reads', () => {
  it('are refused to anonymous callers, customers, company members and staff', async () => {
    for (const who of [
      null,
      await actor('customer@example.com'),
      await actor('anna@acme.example'),
      await actor('staff.berlin@example.com'),
    ]) {
      await expect(listAdminProducts(t.db, who, { page: 1 })).rejects.toMatchObject({ status: who ? 403 : 401 });
      await expect(getDashboardStats(t.db, who)).rejects.toMatchObject({ status: who ? 403 : 401 });
    }
  });

  it('search by SKU and EAN finds the product', async () => {
    const merch = await actor('merch@example.com');
    const [variant] = await t.db
      .select({ sku: variants.sku, gtin: variants.gtin, productId: variants.productId })
      .from(variants)
      .limit(1);
    expect((await listAdminProducts(t.db, merch, { q: variant!.sku, page: 1 })).items.map((i) => i.id)).toContain(
      variant!.productId,
    );
    expect((await listAdminProducts(t.db, merch, { q: variant!.gtin!, page: 1 })).items.map((i) => i.id)).toContain(
      variant!.productId,
    );
    expect((await listAdminProducts(t.db, merch, { q: '%', page: 1 })).total).toBe(0);
  });

  it('shows a product with its audit trail after a status change', async () => {
    const admin = await actor('admin@example.com');
    const [variant] = await t.db.select({ productId: variants.productId }).from(variants).limit(1);
    await setProductStatus(t.db, admin, { productId: variant!.productId, status: 'archived' });
    const detail = (await findAdminProduct(t.db, admin, variant!.productId))!;
    expect(detail.status).toBe('archived');
    expect(detail.audit[0]).toMatchObject({
      action: 'product.status_changed',
      actor: 'admin@example.com',
      before: { status: 'active' },
      after: { status: 'archived' },
    });
    const stats = await getDashboardStats(t.db, admin);
    expect(stats.recent.length).toBeGreaterThan(0);
    expect(stats.variants).toBeGreaterThanOrEqual(1500);
  });
});
