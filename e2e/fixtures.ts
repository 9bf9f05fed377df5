import http from 'node:http';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import postgres from 'postgres';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

export const DEMO_PASSWORD = 'demo-password';

export const ROLE_ACCOUNTS = {
  admin: 'admin@example.com',
  merchandiser: 'merch@example.com',
  staff: 'staff.berlin@example.com',
  staffHamburg: 'staff.hamburg@example.com',
  customer: 'customer@example.com',
  companyAdmin: 'anna@acme.example',
  companyBuyer: 'ben@acme.example',
  companyAdminGlobex: 'carla@globex.example',
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** The link mailed at sign-up, read from the outbox of the e2e database (DATABASE_URL), as a path. */
export async function confirmationPath(email: string): Promise<string> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  try {
    const [row] = await sql<{ body: string }[]>`
      select body from notification_outbox where email = ${email} order by created_at desc limit 1`;
    const link = /https?:\/\/\S+\/sign-up\/confirm\?token=[\w-]+\S*/.exec(row?.body ?? '')?.[0];
    if (!link) throw new Error(`No confirmation link was mailed to ${email}`);
    const url = new URL(link);
    return url.pathname + url.search;
  } finally {
    await sql.end();
  }
}

/** Signs up, follows the mailed link and signs in: the visitor lands in the account. */
export async function signUpAndConfirm(page: Page, person: { name: string; email: string; password: string }) {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status').filter({ hasText: `We have sent an e-mail to ${person.email}` })).toBeVisible();
  await page.goto(await confirmationPath(person.email));
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Confirm account' }).click();
  await expect(page).toHaveURL(/\/sign-in\?confirmed=1$/);
  await expect(page.getByText('Your account is confirmed. Sign in now.')).toBeVisible();
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** Runs axe-core in the page; fails on serious or critical WCAG 2.x A/AA violations. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams an async page title in after the content: wait for it, as a person's browser tab would.
  await expect(page).toHaveTitle(/\S/);
  await page.addScriptTag({ path: axePath });
  // A drawer or toast that is still fading in has a contrast no one reads: judge the settled page.
  // (Endless ones, a spinner, are left running.)
  await page.evaluate(async () => {
    // Two frames first, so that a transition that is about to start (React Aria's data-entering) has.
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/**
 * GETs a URL over a new connection each time, so that consecutive calls are spread over the
 * production server's cluster workers (round robin per connection) rather than reusing one.
 */
export async function getOnNewConnections(
  url: string,
  times: number,
  headers: Record<string, string> = {},
): Promise<Array<{ body: string; pageCache: string | undefined }>> {
  const results: Array<{ body: string; pageCache: string | undefined }> = [];
  for (let i = 0; i < times; i++) {
    results.push(
      await new Promise((resolve, reject) => {
        http
          .get(url, { agent: false, headers: { connection: 'close', ...headers } }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (body += chunk));
            response.on('end', () =>
              response.statusCode === 200
                ? resolve({ body, pageCache: response.headers['x-page-cache'] as string | undefined })
                : reject(new Error(`${url}: HTTP ${response.statusCode}`)),
            );
          })
          .on('error', reject);
      }),
    );
  }
  return results;
}

/** The demo seed's publishable keys (README). */
export const API_KEYS = {
  web: 'pk_demo_web',
  showroom: 'pk_demo_showroom',
  b2b: 'pk_demo_b2b',
  marketplace: 'pk_demo_marketplace',
} as const;
export type ChannelCode = keyof typeof API_KEYS;

/** Headers of an API call for a channel. */
export const keyFor = (channel: ChannelCode) => ({ headers: { 'x-publishable-key': API_KEYS[channel] } });

/**
 * Picks a record in a combobox that looks it up as one types (components/admin/lookup-combobox.tsx):
 * clicks into the field and types key by key as a person does, then chooses the option by its name.
 */
export async function pickInCombobox(page: Page, combobox: string, typed: string, option: string | RegExp) {
  const field = page.getByRole('combobox', { name: combobox });
  await field.click();
  await field.pressSequentially(typed);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
}

/**
 * A new account with the same roles, stores, company and password as a demo account, for a test that
 * changes what belongs to the account (a staff member's showroom cart): parallel tests then never
 * share it. Returns its e-mail; the name is the demo account's.
 */
export async function cloneAccount(email: string): Promise<string> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  const clone = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}+${email}`;
  try {
    await sql.begin(async (tx) => {
      const [user] = await tx<{ id: string }[]>`
        insert into users (email, name, password_hash, roles)
        select ${clone}, name, password_hash, roles from users where email = ${email} returning id`;
      await tx`insert into staff_locations (user_id, location_id)
        select ${user!.id}, location_id from staff_locations s join users u on u.id = s.user_id where u.email = ${email}`;
      await tx`insert into company_members (company_id, user_id, role)
        select company_id, ${user!.id}, role from company_members m join users u on u.id = m.user_id where u.email = ${email}`;
    });
    return clone;
  } finally {
    await sql.end();
  }
}

/**
 * A camera that "sees" `value`: headless Chromium has neither a camera nor the Barcode Detection API, so
 * both are stood in for before the page loads (a canvas stream as the camera, a detector that reads
 * `value` from it). Everything after that is the app's own code: the button, the dialog, the video.
 */
export async function fakeCamera(page: Page, value: string) {
  await page.addInitScript((code: string) => {
    const scope = window as unknown as { BarcodeDetector?: unknown };
    scope.BarcodeDetector = class {
      async detect() {
        return [{ rawValue: code }];
      }
    };
    const getUserMedia = async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      canvas.getContext('2d')?.fillRect(0, 0, 64, 64);
      return canvas.captureStream(5);
    };
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  }, value);
}
