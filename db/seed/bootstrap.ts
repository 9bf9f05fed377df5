// Minimal data for a real deployment (SEED_DEMO=false): tax classes, the web channel and one admin.
// Idempotent: running it again changes nothing (existing rows are left as they are).
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import type { Database } from '../client';
import { channels, taxClasses, users } from '../schema';
import { hashPassword } from '../../lib/platform/auth/password';
import { PASSWORD_PROBLEM_CODES, passwordProblem } from '../../lib/platform/auth/password-policy.rules';
import { translatorFor } from '../../lib/platform/i18n/messages';
import { TAX_CLASSES } from './catalog-data';

export type SeedEssentialsOptions = { adminEmail: string; adminPassword: string; adminName?: string };

export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export async function seedEssentials(db: Database, options: SeedEssentialsOptions): Promise<void> {
  const email = options.adminEmail.trim().toLowerCase();
  if (!email.includes('@') || email.startsWith('@') || email.endsWith('@')) {
    throw new Error(`The admin email must be an email address (got "${options.adminEmail}"); set ADMIN_EMAIL.`);
  }
  if (options.adminPassword.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new Error(
      `The admin password must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters long; set a longer ADMIN_PASSWORD.`,
    );
  }
  const name = options.adminName?.trim() || 'Administrator';
  // The sign-up password policy applies to the first admin too.
  const problem = passwordProblem(options.adminPassword, { email, name });
  if (problem)
    throw new Error(`${translatorFor('en')(`errors.${PASSWORD_PROBLEM_CODES[problem]}`)} Set another ADMIN_PASSWORD.`);
  const passwordHash = await hashPassword(options.adminPassword);

  await db.transaction(async (tx) => {
    await tx
      .insert(taxClasses)
      .values(TAX_CLASSES.map((t) => ({ ...t })))
      .onConflictDoNothing();
    await tx
      .insert(channels)
      .values({
        code: channelRouting().storefront,
        name: 'Online shop',
        kind: 'online',
        currency: 'EUR',
        pricesIncludeVat: true,
        active: true,
      })
      .onConflictDoNothing({ target: channels.code });
    await tx
      .insert(users)
      .values({ email, name, passwordHash, roles: ['admin'], active: true })
      .onConflictDoNothing();
  });
}
