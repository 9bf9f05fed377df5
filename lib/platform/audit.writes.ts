import 'server-only';
import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';

/** Writes one audit entry; call it inside the transaction of the write it describes. */
export async function recordAudit(
  tx: Executor,
  actor: Actor,
  entry: { action: string; entityType: string; entityId: string; before: unknown; after: unknown },
): Promise<void> {
  await tx
    .insert(auditLog)
    .values({ actorId: actor.userId, ...entry, before: entry.before ?? null, after: entry.after ?? null });
}
