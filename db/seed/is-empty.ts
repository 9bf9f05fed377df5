// A database counts as empty (and may be seeded) when it has neither users nor products.
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { products, users } from '../schema';

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.execute<{ has_users: boolean; has_products: boolean }>(
    sql`select exists (select 1 from ${users}) as has_users, exists (select 1 from ${products}) as has_products`,
  );
  return !row?.has_users && !row?.has_products;
}
