import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { customerProfiles, notificationOutbox, users } from '@/db/schema';
import { hashPassword } from '@/lib/platform/auth/password';
import { PASSWORD_PROBLEM_CODES, passwordProblem } from '@/lib/platform/auth/password-policy.rules';
import { AppError } from '@/lib/platform/errors';
import type { Locale } from '@/lib/platform/i18n/locales';
import { translatorFor } from '@/lib/platform/i18n/messages';
import { returnPath } from '@/lib/platform/auth/auth-links.rules';
import type { SignUpInput } from '@/lib/platform/auth/auth.schemas';
import { confirmationLink, type SignUpConfirmation } from './sign-up-confirmation.rules';

/** How long a confirmation link works. */
export const CONFIRMATION_HOURS = 48;

export type RegisterOptions = {
  /** The language of the e-mail. */
  locale: Locale;
  /** The shop's public address (lib/platform/public-url.ts): links in the e-mail point there. */
  baseUrl: string;
  /** `none` (no mail can be sent): the account is ready at once (sign-up-confirmation.rules.ts). */
  confirmation: SignUpConfirmation;
};

/** What happened; the caller answers the same for all three (no account enumeration). */
export type RegisterOutcome = 'created' | 'renewed' | 'exists';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Refuses a password of the policy (password-policy.rules.ts) at the password field. */
export function assertPasswordAllowed(password: string, person: { email: string; name: string }): void {
  const problem = passwordProblem(password, person);
  if (problem) throw new AppError(PASSWORD_PROBLEM_CODES[problem], { field: 'password' });
}

/**
 * Sign-up without revealing whether the address has an account. For a new address: a customer account
 * that cannot sign in until the link mailed to the address is followed (confirmEmail) — or, when no mail
 * can be sent (`confirmation: 'none'`), that can sign in at once — and its
 * cross-channel profile. For an address with a pending sign-up: that sign-up is replaced (new name,
 * password and link; the old link stops working). For a confirmed account: a mail telling its owner
 * that someone tried to register with it. The same work (hashing, one transaction, one queued e-mail)
 * either way, so neither the answer nor its timing tells them apart.
 */
export async function registerCustomer(
  db: Database,
  input: SignUpInput,
  options: RegisterOptions,
): Promise<RegisterOutcome> {
  assertPasswordAllowed(input.password, input);
  const passwordHash = await hashPassword(input.password);
  const token = randomBytes(32).toString('base64url');
  const byEmail = options.confirmation === 'email';
  // Without mail the account is confirmed at once; a pending sign-up of the address is replaced and confirmed.
  const pending = byEmail
    ? {
        emailConfirmedAt: null,
        emailConfirmationHash: sha256(token),
        emailConfirmationExpiresAt: sql`now() + make_interval(hours => ${CONFIRMATION_HOURS})`,
      }
    : { emailConfirmedAt: sql`now()`, emailConfirmationHash: null, emailConfirmationExpiresAt: null };
  const t = translatorFor(options.locale);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash,
        roles: ['customer'],
        ...pending,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (created) await linkProfile(tx, created.id, input);
    const renewed = created
      ? []
      : await tx
          .update(users)
          .set({ name: input.name, passwordHash, ...pending })
          .where(and(eq(users.email, input.email), isNull(users.emailConfirmedAt)))
          .returning({ id: users.id });
    const outcome: RegisterOutcome = created ? 'created' : renewed.length ? 'renewed' : 'exists';
    const values = { name: input.name, hours: CONFIRMATION_HOURS };
    const mail =
      outcome === 'exists'
        ? {
            subject: t('mail.signUpExistingSubject'),
            body: t('mail.signUpExistingBody', { ...values, link: `${options.baseUrl}/sign-in` }),
          }
        : byEmail
          ? {
              subject: t('mail.signUpConfirmSubject'),
              body: t('mail.signUpConfirmBody', {
                ...values,
                link: confirmationLink(options.baseUrl, token, returnPath(input.callbackUrl)),
              }),
            }
          : {
              subject: t('mail.signUpWelcomeSubject'),
              body: t('mail.signUpWelcomeBody', { ...values, link: `${options.baseUrl}/sign-in` }),
            };
    await tx.insert(notificationOutbox).values({ email: input.email, ...mail });
    return outcome;
  });
}

/** A profile may already exist from an earlier guest purchase or a store visit: link it, else make one. */
async function linkProfile(tx: Executor, userId: string, input: SignUpInput): Promise<void> {
  const [firstName = '', ...rest] = input.name.split(/\s+/);
  const [profile] = await tx
    .select({ id: customerProfiles.id, userId: customerProfiles.userId })
    .from(customerProfiles)
    .where(eq(customerProfiles.email, input.email));
  if (profile && !profile.userId) {
    await tx.update(customerProfiles).set({ userId }).where(eq(customerProfiles.id, profile.id));
  } else if (!profile) {
    await tx.insert(customerProfiles).values({ userId, email: input.email, firstName, lastName: rest.join(' ') });
  }
}

/** Follows a confirmation link: the account can sign in from now on. False for an unknown, used or expired link. */
export async function confirmEmail(db: Executor, token: string): Promise<boolean> {
  const confirmed = await db
    .update(users)
    .set({ emailConfirmedAt: sql`now()`, emailConfirmationHash: null, emailConfirmationExpiresAt: null })
    .where(and(eq(users.emailConfirmationHash, sha256(token)), gt(users.emailConfirmationExpiresAt, sql`now()`)))
    .returning({ id: users.id });
  return confirmed.length === 1;
}
