// `npm test`: typecheck, format check, lint, import cycles, unit + integration (Vitest, real PostgreSQL), then e2e (Playwright)
// against a production build on a freshly migrated and seeded database. Ends with the runners'
// summaries and one overall "N passed, N failed" line; exits non-zero on any failure.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { findFreePort } from '@/db/embedded';
import { ensureAuthSecret } from './auth-secret';
import { createDatabaseIfMissing, DATA_DIR, provideDatabase, withDatabase } from './database';
import { prepareDatabase } from './prepare-database';
import { startProductionServer, stopProcess } from './production-server';
import { bin, run } from './run';

const CYCLE_CHECK_ARGS = [
  '--circular',
  '--no-spinner',
  '--extensions',
  'ts,tsx,js',
  '--ts-config',
  'tsconfig.json',
  'app',
  'components',
  'lib',
  'db',
];

type Step = { name: string; ok: boolean; passed?: number; failed?: number };
const steps: Step[] = [];
const reports = path.join(DATA_DIR, 'reports');

async function step(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  console.log(`\n▶ ${name}`);
  const ok = (await run(command, args, { env })) === 0;
  steps.push({ name, ok });
  return ok;
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

async function dropDatabase(serverUrl: string, name: string) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

async function main() {
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  await step('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
  await step('format (prettier --check)', bin('prettier'), ['--check', '--log-level=warn', '.']);
  await step('lint', bin('eslint'), ['--max-warnings=0', '.']);
  await step('import cycles (madge)', bin('madge'), CYCLE_CHECK_ARGS);

  const server = await provideDatabase({ dataSubdir: 'pg-test', database: 'postgres' });
  const serverUrl = withDatabase(server.url, 'postgres');
  try {
    const testEnv = { ...process.env, TEST_DATABASE_URL: serverUrl };
    const vitestReport = path.join(reports, 'vitest.json');
    await step(
      'unit + integration (vitest)',
      bin('vitest'),
      ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`],
      testEnv,
    );
    if (existsSync(vitestReport)) {
      const r = JSON.parse(readFileSync(vitestReport, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      Object.assign(steps[steps.length - 1]!, { passed: r.numPassedTests, failed: r.numFailedTests });
    }
    await e2e(serverUrl);
  } finally {
    await server.stop();
  }

  console.log('\nSummary');
  for (const s of steps)
    console.log(
      `  ${s.ok ? '✔' : '✘'} ${s.name}${s.passed !== undefined ? `: ${s.passed} passed, ${s.failed} failed` : ''}`,
    );
  const passed = steps.reduce((n, s) => n + (s.passed ?? 0), 0);
  const failed =
    steps.reduce((n, s) => n + (s.failed ?? 0), 0) + steps.filter((s) => !s.ok && s.failed === undefined).length;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(steps.every((s) => s.ok) ? 0 : 1);
}

async function e2e(serverUrl: string) {
  const dbName = `e2e_${process.pid}_${Date.now()}`;
  await createDatabaseIfMissing(serverUrl, dbName);
  const databaseUrl = withDatabase(serverUrl, dbName);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: ensureAuthSecret(),
    AUTH_TRUST_HOST: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    // The e2e walks follow the confirmation mail (read from the outbox); without SMTP the default is none.
    SIGN_UP_CONFIRMATION: 'email',
  };
  let app: ChildProcess | undefined;
  try {
    console.log('\n▶ e2e: migrate and seed a fresh database');
    await prepareDatabase(databaseUrl);
    if (!(await step('e2e: next build', bin('next'), ['build'], env))) return;
    app = startProductionServer({ port, hostname: '127.0.0.1', env, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitForHealth(baseUrl, 60_000);
    const report = path.join(reports, 'playwright.json');
    await step('e2e (playwright)', bin('playwright'), ['test'], {
      ...env,
      E2E_BASE_URL: baseUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    if (existsSync(report)) {
      const stats = (
        JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } }
      ).stats;
      Object.assign(steps[steps.length - 1]!, { passed: stats.expected, failed: stats.unexpected + stats.flaky });
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    steps.push({ name: 'e2e set-up', ok: false });
  } finally {
    await stopProcess(app);
    await dropDatabase(serverUrl, dbName).catch((e: unknown) => console.error('Could not drop', dbName, e));
  }
}

void main();
