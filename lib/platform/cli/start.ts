// `npm start`: database (embedded when DATABASE_URL is unset), migrations, demo seed on an empty
// database, a production build when needed, then the clustered production server on http://localhost:3000.
import { ensureAuthSecret } from './auth-secret';
import { buildIfNeeded } from './build-if-needed';
import { provideDatabase } from './database';
import { prepareDatabase } from './prepare-database';
import { startProductionServer } from './production-server';

async function main() {
  const started = Date.now();
  const authSecret = ensureAuthSecret();
  const database = await provideDatabase({ dataSubdir: 'pg', database: 'commerce' });
  console.log(database.embedded ? 'Using the embedded PostgreSQL in .data/pg' : 'Using DATABASE_URL');
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch(() => {});
    process.exit(code);
  };
  try {
    await prepareDatabase(database.url);
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await buildIfNeeded(env);
    const port = process.env.PORT ?? '3000';
    const server = startProductionServer({ port, env });
    console.log(
      `Serving http://localhost:${port} (ready after ${Math.round((Date.now() - started) / 1000)} s of set-up)`,
    );
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => void shutdown(code ?? 0));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
