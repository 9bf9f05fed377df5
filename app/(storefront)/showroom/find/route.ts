import { getAssortmentScope } from '@/lib/catalog/cached-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { getRequestContext } from '@/lib/platform/request-context';
import { scannedCode } from '@/lib/showroom/showroom.schemas';
import { findVariantByCode } from '@/lib/showroom/showroom.reads';

/** A relative redirect: the browser resolves it against the address it used (never a Host header we chose). */
const to = (location: string) =>
  new Response(null, { status: 307, headers: { location, 'cache-control': 'no-store' } });

/**
 * What the showroom's scanner and search field send: an EAN or SKU opens its variant's product view
 * at once (an index hit, docs/showroom.md); any other text, or a code nothing has, is searched for.
 * A route handler rather than a page, so a scan costs the lookup only, not a render of the layout.
 * Outside a showroom session (signed out, no `showroom:sell` at the session's store) it goes to
 * /showroom, which signs in, refuses or opens a session.
 */
export async function GET(request: Request): Promise<Response> {
  const { channel, audience, showroomStoreId } = await getRequestContext();
  if (!showroomStoreId) return to('/showroom');
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const text = q.trim().slice(0, 200);
  const code = scannedCode.safeParse(text);
  // Only what this channel sells: a code of anything else is searched for (and the search says so).
  const scope = await getAssortmentScope(channel.id, audience);
  const variant = code.success ? await findVariantByCode(getDb(), code.data, scope) : null;
  if (variant) return to(`/p/${encodeURIComponent(variant.slug)}?variant=${encodeURIComponent(variant.sku)}`);
  return to(text ? `/search?q=${encodeURIComponent(text)}` : '/showroom');
}
