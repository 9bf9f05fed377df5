// `tsx --conditions=react-server lib/platform/cli/delete-abandoned-carts.ts [--older-than-days N]`: deletes the
// guest carts unchanged for N days (default 30) now (the same job the server runs hourly) and prints how many.
import { parseArgs } from 'node:util';
import { connect } from '@/db/client';
import { isAppError } from '@/lib/platform/errors';
import { deleteAbandonedGuestCarts } from '@/lib/cart/cart-cleanup.writes';
import { provideDatabase } from './database';

const { values } = parseArgs({ options: { 'older-than-days': { type: 'string' } } });
const olderThanDays = values['older-than-days'] === undefined ? undefined : Number(values['older-than-days']);

const database = await provideDatabase({ dataSubdir: 'pg', database: 'commerce' });
const handle = connect(database.url, { max: 2 });
try {
  const deleted = await deleteAbandonedGuestCarts(handle.db, { olderThanDays });
  console.log(`Deleted ${deleted} abandoned guest cart(s).`);
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await handle.close();
  await database.stop();
}
