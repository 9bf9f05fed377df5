// Migrate, then seed an empty database: the demo merchant by default, or only an admin account
// taken from the environment when SEED_DEMO=false (a real deployment).
import { connect } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEssentials } from '@/db/seed/bootstrap';
import { seedDemo } from '@/db/seed/demo';
import { isDatabaseEmpty } from '@/db/seed/is-empty';

export async function prepareDatabase(url: string, log: (message: string) => void = console.log): Promise<void> {
  await runMigrations(url);
  const handle = connect(url, { max: 4 });
  try {
    if (!(await isDatabaseEmpty(handle.db))) return;
    if (process.env.SEED_DEMO === 'false') {
      const adminEmail = process.env.ADMIN_EMAIL;
      const adminPassword = process.env.ADMIN_PASSWORD;
      if (!adminEmail || !adminPassword)
        throw new Error('SEED_DEMO=false needs ADMIN_EMAIL and ADMIN_PASSWORD for the first admin account.');
      await seedEssentials(handle.db, { adminEmail, adminPassword });
      log(`Created the admin account ${adminEmail}; the catalogue is empty.`);
    } else {
      log('Empty database: seeding the demo merchant…');
      const summary = await seedDemo(handle.db, { scale: 1 });
      log(`Seeded ${summary.products} products, ${summary.variants} variants, ${summary.users} accounts.`);
    }
  } finally {
    await handle.close();
  }
}
