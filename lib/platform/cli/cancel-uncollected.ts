// `tsx --conditions=react-server lib/platform/cli/cancel-uncollected.ts`: cancels the pickup orders not collected
// within the configured days now (the same job the server runs hourly) and prints how many.
import { connect } from '@/db/client';
import { cancelUncollectedOrders } from '@/lib/pickup/pickup-desk.writes';
import { provideDatabase } from './database';

const database = await provideDatabase({ dataSubdir: 'pg', database: 'commerce' });
const handle = connect(database.url, { max: 2 });
try {
  const result = await cancelUncollectedOrders(handle.db, new Date(), null);
  if (result.skipped) console.log('Another run is in progress; nothing done.');
  else
    console.log(
      `Cancelled ${result.cancelled} uncollected order(s)${result.failed ? `; ${result.failed} could not be cancelled (see above)` : ''}.`,
    );
  if (result.failed) process.exitCode = 1;
} finally {
  await handle.close();
  await database.stop();
}
