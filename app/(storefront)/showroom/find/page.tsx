import { redirect } from 'next/navigation';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getAssortmentScope } from '@/lib/catalog/cached-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { getRequestContext } from '@/lib/platform/request-context';
import { scannedCode } from '@/lib/showroom/showroom.schemas';
import { findVariantByCode } from '@/lib/showroom/showroom.reads';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/**
 * What the showroom's scanner and search field send: an EAN or SKU opens its variant's product view
 * at once (an index hit, docs/showroom.md); any other text, or a code nothing has, is searched for.
 */
export default async function ShowroomFindPage({ searchParams }: Props) {
  const [{ q }, { channel, audience }] = await Promise.all([
    searchParams,
    getRequestContext(),
    requirePagePermission('showroom:sell', '/showroom'),
  ]);
  const text = (typeof q === 'string' ? q : '').trim().slice(0, 200);
  const code = scannedCode.safeParse(text);
  // Only what this channel sells: a code of anything else is searched for (and the search says so).
  const scope = await getAssortmentScope(channel.id, audience);
  const variant = code.success ? await findVariantByCode(getDb(), code.data, scope) : null;
  if (variant) redirect(`/p/${encodeURIComponent(variant.slug)}?variant=${encodeURIComponent(variant.sku)}`);
  redirect(text ? `/search?q=${encodeURIComponent(text)}` : '/showroom');
}
