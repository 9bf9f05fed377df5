import { runMigrations } from '@/db/migrate';
import { provideDatabase } from './database';

const database = await provideDatabase({ dataSubdir: 'pg', database: 'commerce' });
try {
  await runMigrations(database.url);
  console.log('Migrations applied.');
} finally {
  await database.stop();
}
