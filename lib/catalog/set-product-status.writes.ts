import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { products } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import { recordAudit } from '@/lib/platform/audit.writes';

export type ProductStatus = 'draft' | 'active' | 'archived';

/** Publishes, unpublishes or archives a product; audited with before/after. */
export async function setProductStatus(
  db: Database,
  actor: Actor | null,
  input: { productId: string; status: ProductStatus },
) {
  requirePermission(actor, 'catalog:write');
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: products.status })
      .from(products)
      .where(eq(products.id, input.productId))
      .for('update');
    if (!before) throw new AppError('product.not_found');
    if (before.status === input.status) return { changed: false };
    await tx
      .update(products)
      .set({ status: input.status, updatedAt: sql`now()` })
      .where(eq(products.id, input.productId));
    await recordAudit(tx, actor, {
      action: 'product.status_changed',
      entityType: 'product',
      entityId: input.productId,
      before,
      after: { status: input.status },
    });
    return { changed: true };
  });
}
