import { apiHandler } from '@/lib/api/problem';
import { listActiveChannels } from '@/lib/data/channels';
import { getDb } from '@/lib/db';

export const GET = apiHandler(async () => Response.json({ items: await listActiveChannels(getDb()) }));
