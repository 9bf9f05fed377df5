import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { locations } from '@/db/schema';

export type StoreSummary = { code: string; name: string; street: string; postalCode: string; city: string };

export async function listStores(db: Executor): Promise<StoreSummary[]> {
  return db
    .select({
      code: locations.code,
      name: locations.name,
      street: locations.street,
      postalCode: locations.postalCode,
      city: locations.city,
    })
    .from(locations)
    .where(and(eq(locations.kind, 'store'), eq(locations.active, true)))
    .orderBy(asc(locations.city));
}
