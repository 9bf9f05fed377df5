import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layers (CONTRIBUTING.md): routes and components reach the database only through lib/; pure rules
// touch no I/O; reads never write; writes know nothing of Next.
const database = [
  { group: ['@/db', '@/db/*', '!@/db/schema'], message: 'Routes and components read and write through lib/.' },
  {
    group: ['drizzle-orm', 'drizzle-orm/*', 'postgres'],
    message: 'Routes and components read and write through lib/.',
  },
];
const io = [
  'server-only',
  'react',
  'next',
  'next/*',
  'next-auth',
  'next-auth/*',
  'node:fs',
  'node:fs/promises',
  'node:net',
  'node:tls',
  'node:http',
  'node:https',
  'node:child_process',
  'fs',
  'net',
  'http',
];
const layerFiles = (suffix) => [`lib/**/*.${suffix}.ts`, `lib/**/*.${suffix}.tsx`];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Long page and form functions are split into named parts.
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...database,
            {
              group: ['@/db/schema', '@/db/schema/*'],
              message: 'Routes and components use the DTOs and types of lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: layerFiles('rules'),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: io.filter((name) => !name.includes('*')).map((name) => ({ name, message: 'Pure rules do no I/O.' })),
          patterns: [
            { group: io.filter((name) => name.includes('*')), message: 'Pure rules do no I/O.' },
            { group: ['@/db', '@/db/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres'], message: 'Pure rules do no I/O.' },
            {
              group: ['**/*.reads', '**/*.writes'],
              message: 'Pure rules call no reads or writes (their types may be imported).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: layerFiles('reads'),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/*.writes'], message: 'Reads never write.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(insert|update|delete)$/][callee.object.name=/^(db|tx|executor)$/]',
          message: 'Reads never write: move this into a *.writes.ts file.',
        },
      ],
    },
  },
  {
    files: layerFiles('writes'),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['next', 'react'].map((name) => ({
            name,
            message: 'Writes are plain functions: the route revalidates.',
          })),
          patterns: [
            { group: ['next/*'], message: 'Writes are plain functions: the route revalidates and redirects.' },
          ],
        },
      ],
    },
  },
  {
    ignores: ['.next/**', '.data/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
];

export default config;
