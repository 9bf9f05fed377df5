'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import {
  createChannel,
  createPublishableKey,
  revokePublishableKey,
  updateChannel,
} from '@/lib/channels/channels.writes';
import { channelInput, publishableKeyInput } from '@/lib/assortment/assortment.schemas';
import { channelsChanged, confirmation, previewed } from '@/app/admin/assortment/previewed';

const channelId = z.object({ channelId: z.uuid(fieldMessage('unknown_channel')) });

export const createChannelAction = validatedAction('channels:write', channelInput, async (input, actor) => {
  const id = await createChannel(getDb(), actor, input);
  channelsChanged(id);
  redirect(`/admin/channels/${id}?created=1`);
});

/** A change of the assortment mode comes back as a preview first; other changes save at once. */
export const updateChannelAction = validatedAction(
  'channels:write',
  z.intersection(channelId.extend(confirmation.shape), channelInput),
  async ({ channelId: id, confirmed, ...channel }, actor) =>
    previewed(id, () => updateChannel(getDb(), actor, id, channel, confirmed)),
);

/** The new token goes back as the message: the form shows it once created (keys are not secret). */
export const createPublishableKeyAction = validatedAction(
  'channels:write',
  publishableKeyInput,
  async (input, actor) => {
    const token = await createPublishableKey(getDb(), actor, input);
    channelsChanged(input.channelId);
    return { ok: true, message: token };
  },
);

export const revokePublishableKeyAction = validatedAction(
  'channels:write',
  channelId.extend({ keyId: z.uuid(fieldMessage('unknown_key')) }),
  async (input, actor) => {
    await revokePublishableKey(getDb(), actor, input);
    channelsChanged(input.channelId);
    return { ok: true, message: 'revoked' };
  },
);
