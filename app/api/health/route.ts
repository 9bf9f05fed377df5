import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/platform/db';

export async function GET(): Promise<Response> {
  try {
    await Promise.race([
      getDb().execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
    ]);
    return Response.json({ status: 'ok', database: 'ok' }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return Response.json(
      { status: 'degraded', database: 'down' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
}
