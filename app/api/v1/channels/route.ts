import { apiHandler } from '@/lib/platform/api/problem';
import { listActiveChannels } from '@/lib/channels/channels.reads';
import { getDb } from '@/lib/platform/db';

export const GET = apiHandler(async () => Response.json({ items: await listActiveChannels(getDb()) }));
