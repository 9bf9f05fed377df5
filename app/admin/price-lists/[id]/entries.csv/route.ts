import { z } from 'zod';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can } from '@/lib/platform/auth/permissions.rules';
import { findPriceListEntriesForExport } from '@/lib/pricing/admin-pricing.reads';
import { getDb } from '@/lib/platform/db';
import { csvRecord } from '@/lib/platform/csv.rules';
import { CSV_HEADER } from '@/lib/pricing/price-entries-csv.schemas';

/** All entries of a price list as CSV, in the format the import reads. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Please sign in first.', { status: 401 });
  if (!can(actor, 'pricing:read')) return new Response('You do not have permission to do this.', { status: 403 });
  const { id } = await context.params;
  if (!z.uuid().safeParse(id).success) return new Response('Price list not found.', { status: 404 });
  const entries = await findPriceListEntriesForExport(getDb(), actor, id);
  if (!entries) return new Response('Price list not found.', { status: 404 });
  const body = [
    csvRecord(CSV_HEADER),
    ...entries.map((e) => csvRecord([e.targetKind, e.target, e.minQuantity, e.adjustment, e.value])),
  ].join('');
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="price-list-${id}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
