import { getDb, pingDatabase } from '@/lib/platform/db';

export async function GET(): Promise<Response> {
  if (await pingDatabase(getDb())) {
    return Response.json({ status: 'ok', database: 'ok' }, { headers: { 'cache-control': 'no-store' } });
  }
  return Response.json(
    { status: 'degraded', database: 'down' },
    { status: 503, headers: { 'cache-control': 'no-store' } },
  );
}
