// `npm run dev`: like `npm start`, but with `next dev` (hot reload) instead of a production build.
import { spawn } from 'node:child_process';
import { ensureAuthSecret } from './auth-secret';
import { provideDatabase } from './database';
import { prepareDatabase } from './prepare-database';
import { bin, ROOT } from './run';

const database = await provideDatabase({ dataSubdir: 'pg', database: 'commerce' });
await prepareDatabase(database.url);
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: ensureAuthSecret(),
  AUTH_TRUST_HOST: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
};
const server = spawn(bin('next'), ['dev', '-p', process.env.PORT ?? '3000'], { cwd: ROOT, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  void database.stop().finally(() => process.exit(code ?? 0));
});
