import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from './run';

/** Where the server entry is bundled: three levels below the root, as lib/platform/server/serve.ts is. */
export const SERVER_ENTRY = path.join(ROOT, '.next', 'serve', 'platform', 'serve.mjs');

/**
 * Bundles lib/platform/server/serve.ts (and our modules it imports; packages stay external) into plain
 * JavaScript. The server then runs on plain `node`: under tsx, every dynamic import() — Next imports
 * its cache handler on every request — is resolved through tsx's loader thread, which cost about a
 * tenth of a worker's CPU time under load (docs/benchmarks.md). Takes about a second.
 */
export function buildServerEntry(): string {
  buildSync({
    entryPoints: [path.join(ROOT, 'lib/platform/server/serve.ts')],
    outfile: SERVER_ENTRY,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return SERVER_ENTRY;
}

/** Starts the clustered production server (lib/platform/server/serve.ts, bundled) on a production build. */
export function startProductionServer(options: {
  port: number | string;
  hostname?: string;
  env: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
}): ChildProcess {
  const args = [
    buildServerEntry(),
    '--port',
    String(options.port),
    ...(options.hostname ? ['--hostname', options.hostname] : []),
  ];
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...options.env, NODE_ENV: 'production' },
    stdio: options.stdio ?? 'inherit',
  });
}

/** Sends SIGTERM and resolves once the process (and with it every worker) has exited. */
export function stopProcess(child: ChildProcess | undefined, timeoutMs = 15_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
