import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { channelLocations, channels, locations, publishableKeys } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import type { ChannelInput } from '@/lib/assortment/assortment.schemas';
import { changeAssortment } from '@/lib/assortment/assortment.writes';
import { rebuildAssortment } from '@/lib/assortment/assortment-decisions.writes';
import { recordAudit } from '@/lib/platform/audit.writes';

async function snapshot(tx: Executor, id: string) {
  const [channel] = await tx.select().from(channels).where(eq(channels.id, id));
  if (!channel) return null;
  const rows = await tx
    .select({ id: channelLocations.locationId })
    .from(channelLocations)
    .where(eq(channelLocations.channelId, id));
  const { createdAt: _createdAt, ...rest } = channel;
  return { ...rest, locationIds: rows.map((r) => r.id).sort() };
}

async function writeLocations(tx: Executor, id: string, locationIds: string[]) {
  const unique = [...new Set(locationIds)];
  if (unique.length) {
    const known = await tx
      .select({ id: locations.id })
      .from(locations)
      .where(sql`${locations.id} in ${unique}`);
    if (known.length !== unique.length)
      throw new AppError('request.unprocessable', {
        fieldErrors: { locationIds: [{ code: 'field.unknown_location' }] },
      });
  }
  await tx.delete(channelLocations).where(eq(channelLocations.channelId, id));
  if (unique.length)
    await tx.insert(channelLocations).values(unique.map((locationId) => ({ channelId: id, locationId })));
}

async function checkCodeFree(tx: Executor, code: string, exceptId?: string) {
  const [taken] = await tx.select({ id: channels.id }).from(channels).where(eq(channels.code, code));
  if (taken && taken.id !== exceptId) throw new AppError('channel.code_taken', { field: 'code' });
}

export async function createChannel(db: Database, actor: Actor | null, input: ChannelInput): Promise<string> {
  requirePermission(actor, 'channels:write');
  return db.transaction(async (tx) => {
    await checkCodeFree(tx, input.code);
    const { locationIds, ...values } = input;
    const [channel] = await tx.insert(channels).values(values).returning({ id: channels.id });
    await writeLocations(tx, channel!.id, locationIds);
    await rebuildAssortment(tx, [channel!.id]);
    await recordAudit(tx, actor, {
      action: 'channel.created',
      entityType: 'channel',
      entityId: channel!.id,
      before: null,
      after: await snapshot(tx, channel!.id),
    });
    return channel!.id;
  });
}

/**
 * Saves a channel. A change of the assortment mode moves products in or out, so it is previewed
 * first (AssortmentPreviewOnly) unless confirmed; other changes save at once. Audited.
 */
export async function updateChannel(
  db: Database,
  actor: Actor | null,
  id: string,
  input: ChannelInput,
  confirmed: boolean,
) {
  requirePermission(actor, 'channels:write');
  const [current] = await db.select({ mode: channels.assortmentMode }).from(channels).where(eq(channels.id, id));
  if (!current) throw new AppError('channel.not_found');
  const write = async (tx: Executor) => {
    const before = await snapshot(tx, id);
    if (!before) throw new AppError('channel.not_found');
    await checkCodeFree(tx, input.code, id);
    const { locationIds, ...values } = input;
    await tx.update(channels).set(values).where(eq(channels.id, id));
    await writeLocations(tx, id, locationIds);
    await recordAudit(tx, actor, {
      action: 'channel.updated',
      entityType: 'channel',
      entityId: id,
      before,
      after: await snapshot(tx, id),
    });
  };
  if (current.mode !== input.assortmentMode) return (await changeAssortment(db, [id], confirmed, write)).preview;
  await db.transaction(write);
  return null;
}

/** A new publishable key: `pk_<channel code>_<random>`. Publishable keys identify a channel; they are not secrets. */
export async function createPublishableKey(
  db: Database,
  actor: Actor | null,
  input: { channelId: string; name: string },
): Promise<string> {
  requirePermission(actor, 'channels:write');
  return db.transaction(async (tx) => {
    const [channel] = await tx.select({ code: channels.code }).from(channels).where(eq(channels.id, input.channelId));
    if (!channel) throw new AppError('channel.not_found');
    const token = `pk_${channel.code.replace(/-/g, '_')}_${randomBytes(18).toString('base64url')}`;
    const [key] = await tx
      .insert(publishableKeys)
      .values({ channelId: input.channelId, name: input.name, token, createdBy: actor.userId })
      .returning({ id: publishableKeys.id });
    await recordAudit(tx, actor, {
      action: 'publishable_key.created',
      entityType: 'channel',
      entityId: input.channelId,
      before: null,
      after: { keyId: key!.id, name: input.name },
    });
    return token;
  });
}

export async function revokePublishableKey(
  db: Database,
  actor: Actor | null,
  input: { channelId: string; keyId: string },
): Promise<void> {
  requirePermission(actor, 'channels:write');
  await db.transaction(async (tx) => {
    const [key] = await tx
      .update(publishableKeys)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(publishableKeys.id, input.keyId),
          eq(publishableKeys.channelId, input.channelId),
          isNull(publishableKeys.revokedAt),
        ),
      )
      .returning({ id: publishableKeys.id, name: publishableKeys.name });
    if (!key) throw new AppError('key.not_found');
    await recordAudit(tx, actor, {
      action: 'publishable_key.revoked',
      entityType: 'channel',
      entityId: input.channelId,
      before: { keyId: key.id, name: key.name },
      after: null,
    });
  });
}
