import 'server-only';
import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { installation } from '@/db/schema';

/** The id of the database installation (see db/schema/installation.ts). */
export async function getInstallationId(db: Executor): Promise<string> {
  const [row] = await db
    .select({ id: installation.id })
    .from(installation)
    .orderBy(asc(installation.createdAt))
    .limit(1);
  if (!row) throw new Error('The database has no installation row; run the migrations.');
  return row.id;
}
