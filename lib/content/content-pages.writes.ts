import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { contentPages } from '@/db/schema';
import { recordAudit } from '@/lib/platform/audit.writes';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import type { ContentPageInput } from './content-pages.schemas';

/** Saves one page's text in one language (creating that language's version); audited with before and after. */
export async function saveContentPage(db: Database, actor: Actor | null, input: ContentPageInput): Promise<void> {
  requirePermission(actor, 'content:write');
  const { slug, locale, title, body } = input;
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: contentPages.title, body: contentPages.body })
      .from(contentPages)
      .where(and(eq(contentPages.slug, slug), eq(contentPages.locale, locale)))
      .for('update');
    await tx
      .insert(contentPages)
      .values({ slug, locale, title, body, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: [contentPages.slug, contentPages.locale],
        set: { title, body, updatedBy: actor.userId, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'content_page.saved',
      entityType: 'content_page',
      entityId: `${slug}:${locale}`,
      before: before ?? null,
      after: { title, body },
    });
  });
}
