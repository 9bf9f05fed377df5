// A cookie jar standing in for next/headers in server-action tests (the guest cart id and the preferred
// store live in cookies). Use it as `vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'))`
// and read or clear `jar` from the test: both see the same module.
type Cookie = { value: string; options?: Record<string, unknown> };

export const jar = new Map<string, Cookie>();

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    getAll: () => [...jar].map(([name, c]) => ({ name, value: c.value })),
    set: (name: string, value: string, options?: Record<string, unknown>) => jar.set(name, { value, options }),
    delete: (name: string) => jar.delete(name),
  };
}

/** Request headers the code under test reads through next/headers' headers() (e.g. the Host). */
export const requestHeaders = new Headers();

export async function headers() {
  return requestHeaders;
}
