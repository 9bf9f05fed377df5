import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import { bin, ROOT } from './run';

/** Starts the clustered production server (lib/server/serve.ts) on a production build. */
export function startProductionServer(options: { port: number | string; hostname?: string; env: NodeJS.ProcessEnv; stdio?: StdioOptions }): ChildProcess {
  const args = [path.join(ROOT, 'lib/server/serve.ts'), '--port', String(options.port), ...(options.hostname ? ['--hostname', options.hostname] : [])];
  return spawn(bin('tsx'), args, { cwd: ROOT, env: { ...options.env, NODE_ENV: 'production' }, stdio: options.stdio ?? 'inherit' });
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
