import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';
import { withPageCache } from './page-cache-middleware';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP server whose "app" counts its renders and streams its answer in two writes. */
/** Visitors as a test sees them: "anonymous", a buyer by a `who` cookie, or null (always render) for "nobody". */
const visitorOf = (req: { headers: { cookie?: string } }) => {
  const who = /who=([a-z]+)/.exec(req.headers.cookie ?? '')?.[1];
  return who === 'nobody' ? null : who ? `buyer|${who}` : 'anonymous';
};

async function serve(cache: PageCache, answer: (url: string) => { status: number; cookie?: string }) {
  let renders = 0;
  server = createServer(
    withPageCache(
      (req, res) => {
        renders++;
        const { status, cookie } = answer(req.url!);
        res.statusCode = status;
        res.setHeader('content-type', 'text/html');
        if (cookie) res.setHeader('set-cookie', cookie);
        res.write(`<p>render ${renders} `);
        res.end(`of ${req.url}</p>`);
      },
      cache,
      visitorOf,
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    return {
      status: response.status,
      cache: response.headers.get('x-page-cache'),
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  };
  return { get, renders: () => renders };
}

describe('withPageCache', () => {
  it('renders once, then replays status, headers and the whole streamed body', async () => {
    const app = await serve(new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 }), () => ({ status: 200 }));
    expect(await app.get('/c/bikes')).toEqual({
      status: 200,
      cache: 'MISS',
      type: 'text/html',
      body: '<p>render 1 of /c/bikes</p>',
    });
    expect(await app.get('/c/bikes')).toEqual({
      status: 200,
      cache: 'HIT',
      type: 'text/html',
      body: '<p>render 1 of /c/bikes</p>',
    });
    expect(app.renders()).toBe(1);
  });

  it('does not store errors, 404s or responses that set a cookie, and leaves other paths alone', async () => {
    const app = await serve(new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 }), (url) =>
      url === '/c/missing' ? { status: 404 } : url === '/search?q=x' ? { status: 200, cookie: 'a=b' } : { status: 200 },
    );
    await app.get('/c/missing');
    expect((await app.get('/c/missing')).cache).toBe('MISS');
    await app.get('/search?q=x');
    expect((await app.get('/search?q=x')).cache).toBe('MISS');
    expect((await app.get('/cart')).cache).toBeNull();
    expect(app.renders()).toBe(5);
  });

  it('renders again after an invalidation, keeps visitor contexts apart, and renders when the context is unknown', async () => {
    const cache = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    const app = await serve(cache, () => ({ status: 200 }));
    await app.get('/');
    cache.invalidate();
    expect(await app.get('/')).toMatchObject({ cache: 'MISS', body: '<p>render 2 of /</p>' });
    expect(await app.get('/', { cookie: 'who=acme' })).toMatchObject({ cache: 'MISS', body: '<p>render 3 of /</p>' });
    expect(await app.get('/', { cookie: 'who=acme' })).toMatchObject({ cache: 'HIT', body: '<p>render 3 of /</p>' });
    expect(await app.get('/', { cookie: 'who=globex' })).toMatchObject({ cache: 'MISS', body: '<p>render 4 of /</p>' });
    expect(await app.get('/')).toMatchObject({ cache: 'HIT', body: '<p>render 2 of /</p>' });
    expect(await app.get('/', { cookie: 'who=nobody' })).toMatchObject({ cache: null, body: '<p>render 5 of /</p>' });
  });

  it("does not store a page whose visitor's context changed while it rendered", async () => {
    const cache = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    let context = 'buyer|shop';
    let renders = 0;
    server = createServer(
      withPageCache(
        (_req, res) => {
          renders++;
          context = 'buyer|member'; // e.g. the visitor joined a company meanwhile
          res.end(`render ${renders}`);
        },
        cache,
        () => context,
      ),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/c/bikes`;
    await (await fetch(url)).text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cache.size).toBe(0);
    // Keyed and rendered for the same context: stored.
    await (await fetch(url)).text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cache.size).toBe(1);
    expect(renders).toBe(2);
  });
});
