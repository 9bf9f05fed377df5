// `npm run db:seed [-- --scale N]`: migrates and seeds the demo merchant into an empty database.
import { parseArgs } from 'node:util';
import { connect } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { formatSeconds } from '@/lib/platform/cli/format-duration';
import { isDatabaseEmpty } from '@/db/seed/is-empty';
import { provideDatabase } from './database';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 200) {
  console.error('--scale must be a whole number from 1 to 200');
  process.exit(1);
}
const database = await provideDatabase({ dataSubdir: 'pg', database: 'commerce' });
const handle = connect(database.url, { max: 4 });
try {
  await runMigrations(database.url);
  if (!(await isDatabaseEmpty(handle.db))) {
    console.error(
      'The database already holds data; seed only into an empty database (drop it or use a new DATABASE_URL).',
    );
    process.exitCode = 1;
  } else {
    const started = Date.now();
    const summary = await seedDemo(handle.db, { scale, log: console.log });
    console.log(
      `Seeded ${summary.products} products, ${summary.variants} variants in ${formatSeconds(Date.now() - started)}.`,
    );
  }
} finally {
  await handle.close();
  await database.stop();
}
