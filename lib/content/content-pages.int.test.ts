// Content pages on real PostgreSQL: the language asked for with the default language as fallback, the
// footer's links, saving with an audit entry, and GET /api/v1/pages/{slug}.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { actorOf, makeAdmin, makeChannel, makeCustomer, type MadeChannel } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findContentPage, listContentPageLinks, listContentPages } from './content-pages.reads';
import { saveContentPage } from './content-pages.writes';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => null }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn, updateTag: vi.fn(), revalidateTag: vi.fn() }));

let t: TestDatabase;
let admin: Actor;
let customer: Actor;
let web: MadeChannel;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  web = await makeChannel(t.db);
  admin = await actorOf(t.db, await makeAdmin(t.db));
  customer = await actorOf(t.db, await makeCustomer(t.db));
  await saveContentPage(t.db, admin, { slug: 'imprint', locale: 'en', title: 'Imprint', body: '## Provider\nVelo' });
  await saveContentPage(t.db, admin, { slug: 'imprint', locale: 'de', title: 'Impressum', body: '## Anbieter\nVelo' });
  await saveContentPage(t.db, admin, { slug: 'terms', locale: 'en', title: 'Terms', body: 'Only English.' });
});
afterAll(() => t.drop());

describe('reading pages', () => {
  it('answers in the language asked for, else in English; unknown slugs are null', async () => {
    expect(await findContentPage(t.db, 'imprint', 'de')).toMatchObject({ locale: 'de', title: 'Impressum' });
    expect(await findContentPage(t.db, 'terms', 'de')).toMatchObject({ locale: 'en', title: 'Terms' });
    expect(await findContentPage(t.db, 'privacy', 'de')).toBeNull();
    expect(await findContentPage(t.db, 'about', 'en')).toBeNull();
  });

  it('lists the footer links in footer order, only pages that exist', async () => {
    expect(await listContentPageLinks(t.db, 'de')).toEqual([
      { slug: 'imprint', title: 'Impressum' },
      { slug: 'terms', title: 'Terms' },
    ]);
  });
});

describe('saving pages', () => {
  it('updates a language with an audit entry of before and after; a customer may not', async () => {
    await saveContentPage(t.db, admin, { slug: 'terms', locale: 'en', title: 'Terms and conditions', body: 'New.' });
    const [entry] = await t.db
      .select({ before: auditLog.before, after: auditLog.after, actorId: auditLog.actorId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'content_page'),
          eq(auditLog.entityId, 'terms:en'),
          eq(auditLog.action, 'content_page.saved'),
        ),
      )
      .orderBy(auditLog.createdAt)
      .offset(1);
    expect(entry).toEqual({
      before: { title: 'Terms', body: 'Only English.' },
      after: { title: 'Terms and conditions', body: 'New.' },
      actorId: admin.userId,
    });
    await expect(
      saveContentPage(t.db, customer, { slug: 'terms', locale: 'en', title: 'Hacked', body: 'x' }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(
      saveContentPage(t.db, null, { slug: 'terms', locale: 'en', title: 'Hacked', body: 'x' }),
    ).rejects.toMatchObject({ code: 'auth.sign_in_required' });
    const terms = (await listContentPages(t.db)).find((p) => p.slug === 'terms');
    expect(terms?.versions.map((v) => v.title)).toEqual(['Terms and conditions']);
  });
});

describe('GET /api/v1/pages/{slug}', () => {
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const { GET } = await import('@/app/api/v1/pages/[slug]/route');
    const slug = new URL(`http://localhost${path}`).pathname.split('/').pop()!;
    return GET(new Request(`http://localhost${path}`, { headers: { 'x-publishable-key': web.key!, ...headers } }), {
      params: Promise.resolve({ slug }),
    });
  };

  it('answers the page in the locale asked for, parsed into blocks', async () => {
    const answer = await get('/api/v1/pages/imprint?locale=de');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-language')).toBe('de');
    expect(await answer.json()).toMatchObject({
      slug: 'imprint',
      locale: 'de',
      title: 'Impressum',
      blocks: [
        { kind: 'heading', level: 2, text: 'Anbieter' },
        { kind: 'paragraph', lines: ['Velo'] },
      ],
    });
  });

  it('uses Accept-Language without a locale, and falls back to English', async () => {
    expect(await (await get('/api/v1/pages/imprint', { 'accept-language': 'de-DE,de;q=0.9' })).json()).toMatchObject({
      locale: 'de',
    });
    expect(await (await get('/api/v1/pages/terms?locale=de')).json()).toMatchObject({ locale: 'en' });
  });

  it('404 for an unknown or unwritten page, 400 for an unknown locale, 401 without a key', async () => {
    expect((await get('/api/v1/pages/about')).status).toBe(404);
    expect((await get('/api/v1/pages/privacy')).status).toBe(404);
    expect((await get('/api/v1/pages/imprint?locale=fr')).status).toBe(400);
    const { GET } = await import('@/app/api/v1/pages/[slug]/route');
    const anonymous = await GET(new Request('http://localhost/api/v1/pages/imprint'), {
      params: Promise.resolve({ slug: 'imprint' }),
    });
    expect(anonymous.status).toBe(401);
  });
});
