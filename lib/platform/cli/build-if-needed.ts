import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bin, ROOT, run } from './run';

const SOURCES = [
  'app',
  'components',
  'lib',
  'db/schema',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, entry) => Math.max(max, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

/** True when there is no production build or a source file changed after it. */
export function buildIsStale(): boolean {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > built);
}

export async function buildIfNeeded(env: NodeJS.ProcessEnv): Promise<void> {
  if (!buildIsStale()) return;
  console.log('Building the production bundle (next build)…');
  const code = await run(bin('next'), ['build'], { env });
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
}
