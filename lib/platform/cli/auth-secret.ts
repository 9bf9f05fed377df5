import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './database';

/**
 * AUTH_SECRET signs session cookies. In production (NODE_ENV=production set by the operator) it
 * must be provided; for local use it is generated once into .data/ and reused.
 */
export function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET must be set in production (e.g. `openssl rand -base64 33`).');
  }
  const file = path.join(DATA_DIR, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
