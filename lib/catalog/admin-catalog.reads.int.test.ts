import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { setProductStatus } from '@/lib/catalog/set-product-status.writes';
import {
  actorOf,
  makeAdmin,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeMerchandiser,
  makeProduct,
  makeStaff,
  makeStock,
  makeStore,
  type MadeProduct,
  type MadeUser,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findAdminProduct, getDashboardStats, listAdminProducts } from './admin-catalog.reads';

let t: TestDatabase;
let bike: MadeProduct;
let lamp: MadeProduct;
let admin: MadeUser;
const actors: Record<'customer' | 'companyMember' | 'staff' | 'merch' | 'admin', Actor> = {} as never;

beforeAll(async () => {
  t = await createTestDatabase();
  const store = await makeStore(t.db);
  await makeChannel(t.db, { locationIds: [store.id] });
  await makeChannel(t.db, { kind: 'b2b', active: false });
  bike = await makeProduct(t.db, { variants: [{ options: { size: 'M' } }, { options: { size: 'L' } }] });
  lamp = await makeProduct(t.db);
  // One of the three variants has stock to sell.
  await makeStock(t.db, { variantId: bike.variants[0]!.id, locationId: store.id, onHand: 3 });
  await makeStock(t.db, { variantId: bike.variants[1]!.id, locationId: store.id, onHand: 2, reserved: 2 });
  admin = await makeAdmin(t.db);
  const company = await makeCompany(t.db, { members: [{ role: 'admin' }] });
  actors.customer = await actorOf(t.db, await makeCustomer(t.db));
  actors.companyMember = await actorOf(t.db, company.members[0]!);
  actors.staff = await actorOf(t.db, await makeStaff(t.db, { locationIds: [store.id] }));
  actors.merch = await actorOf(t.db, await makeMerchandiser(t.db));
  actors.admin = await actorOf(t.db, admin);
});
afterAll(() => t.drop());

describe('back-office catalogue reads', () => {
  it('are refused to anonymous callers, customers, company members and staff', async () => {
    for (const who of [null, actors.customer, actors.companyMember, actors.staff]) {
      await expect(listAdminProducts(t.db, who, { page: 1 })).rejects.toMatchObject({ status: who ? 403 : 401 });
      await expect(getDashboardStats(t.db, who)).rejects.toMatchObject({ status: who ? 403 : 401 });
    }
  });

  it('search by SKU and EAN finds the product', async () => {
    const variant = bike.variants[1]!;
    const found = async (q: string) =>
      (await listAdminProducts(t.db, actors.merch, { q, page: 1 })).items.map((i) => i.id);
    expect(await found(variant.sku)).toEqual([bike.id]);
    expect(await found(variant.gtin!)).toEqual([bike.id]);
    expect(await found(lamp.variants[0]!.sku)).toEqual([lamp.id]);
    expect((await listAdminProducts(t.db, actors.merch, { q: '%', page: 1 })).total).toBe(0);
  });

  it('shows a product with its audit trail after a status change', async () => {
    await setProductStatus(t.db, actors.admin, { productId: lamp.id, status: 'archived' });
    const detail = (await findAdminProduct(t.db, actors.admin, lamp.id))!;
    expect(detail.status).toBe('archived');
    expect(detail.audit[0]).toMatchObject({
      action: 'product.status_changed',
      actor: admin.email,
      before: { status: 'active' },
      after: { status: 'archived' },
    });
    const stats = await getDashboardStats(t.db, actors.admin);
    expect(stats.recent.length).toBeGreaterThan(0);
    expect(stats).toMatchObject({ products: 2, variants: 3, activeChannels: 1, soldOutVariants: 2 });
  });
});
