import { z } from 'zod';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can } from '@/lib/platform/auth/permissions.rules';
import { apiHandler, problem, validationProblem } from '@/lib/platform/api/problem';
import { getDb } from '@/lib/platform/db';
import { lookupBrands, lookupCategories, lookupProducts, lookupVariants } from '@/lib/catalog/catalog-lookup.reads';

/** The back office's pickers (components/admin/lookup-combobox.tsx) ask here as a merchandiser types. */
const LOOKUPS = {
  categories: lookupCategories,
  products: lookupProducts,
  variants: lookupVariants,
  brands: lookupBrands,
} as const;

const lookupQuery = z.object({ q: z.string().trim().max(100, 'At most 100 characters').default('') });

/** GET /admin/lookup/{categories|products|variants|brands}?q=…: `{ items: [{ id, label, description? }] }`. */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ kind: string }> }) => {
  const actor = await getCurrentActor();
  if (!actor) return problem(401, 'Please sign in first.');
  if (!can(actor, 'catalog:read')) return problem(403, 'You do not have permission to do this.');
  const kind = z.enum(Object.keys(LOOKUPS) as Array<keyof typeof LOOKUPS>).safeParse((await context.params).kind);
  if (!kind.success) return problem(404, 'There is no such lookup.');
  const query = lookupQuery.safeParse({ q: new URL(request.url).searchParams.get('q') ?? undefined });
  if (!query.success) return validationProblem(query.error);
  const items = await LOOKUPS[kind.data](getDb(), actor, query.data.q);
  return Response.json({ items }, { headers: { 'cache-control': 'private, no-store' } });
});
