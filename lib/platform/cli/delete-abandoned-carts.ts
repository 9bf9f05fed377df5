// `tsx --conditions=react-server lib/platform/cli/delete-abandoned-carts.ts [--older-than-days N]`: deletes the
// guest carts unchanged for N days (default 30) now (the same job the server runs hourly) and prints how many.
import { parseArgs } from 'node:util';
import { connect } from '@/db/client';
import { isAppError } from '@/lib/platform/errors';
import { english, errorText, fieldErrorTexts } from '@/lib/platform/error-text';
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
  // The command line speaks English, like the API.
  console.error(
    errorText(english, error),
    Object.values(fieldErrorTexts(english, error) ?? {})
      .flat()
      .join(' '),
  );
  process.exitCode = 2;
} finally {
  await handle.close();
  await database.stop();
}
