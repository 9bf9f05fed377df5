import { z } from 'zod';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can } from '@/lib/platform/auth/permissions.rules';
import { apiHandler, validationProblem } from '@/lib/platform/api/problem';
import { AppError, forbidden, unauthenticated } from '@/lib/platform/errors';
import { getDb } from '@/lib/platform/db';
import { lookupBrands, lookupCategories, lookupProducts, lookupVariants } from '@/lib/catalog/catalog-lookup.reads';

/** The back office's pickers (components/admin/lookup-combobox.tsx) ask here as a merchandiser types. */
const LOOKUPS = {
  categories: lookupCategories,
  products: lookupProducts,
  variants: lookupVariants,
  brands: lookupBrands,
} as const;

const lookupQuery = z.object({ q: z.string().trim().max(100).default('') });

/** GET /admin/lookup/{categories|products|variants|brands}?q=…: `{ items: [{ id, label, description? }] }`. */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ kind: string }> }) => {
  const actor = await getCurrentActor();
  if (!actor) throw unauthenticated();
  if (!can(actor, 'catalog:read')) throw forbidden();
  const kind = z.enum(Object.keys(LOOKUPS) as Array<keyof typeof LOOKUPS>).safeParse((await context.params).kind);
  if (!kind.success) throw new AppError('lookup.not_found');
  const query = lookupQuery.safeParse({ q: new URL(request.url).searchParams.get('q') ?? undefined });
  if (!query.success) return validationProblem(query.error);
  const items = await LOOKUPS[kind.data](getDb(), actor, query.data.q);
  return Response.json({ items }, { headers: { 'cache-control': 'private, no-store' } });
});
