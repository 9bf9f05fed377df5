import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // 'server-only' throws outside React Server Components; tests run server code directly.
  'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
};
// next-intl/server works only inside a Next request (React Server Components); tests call actions directly.
const integrationAlias = {
  ...alias,
  'next-intl/server': path.resolve(import.meta.dirname, 'lib/testing/next-intl-server.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.tsx'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: integrationAlias },
        test: {
          name: 'integration',
          include: ['lib/**/*.int.test.ts', 'db/**/*.int.test.ts', 'app/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['lib/testing/integration-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Each file gets its own database; files run in parallel workers.
          fileParallelism: true,
          // next-auth imports 'next/server' without an extension; let Vite resolve it.
          server: { deps: { inline: ['next-auth'] } },
        },
      },
    ],
  },
});
