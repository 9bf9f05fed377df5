/**
 * The shop's public address for links in e-mails: `PUBLIC_URL` (e.g. https://shop.example.com). Never
 * taken from a request's Host header, which the client chooses (a link to another host would hand it
 * the token). Unset: http://localhost:<PORT>, right only for local use.
 */
export function publicUrl(env: Record<string, string | undefined> = process.env): string {
  const setting = env.PUBLIC_URL?.trim();
  if (!setting) return `http://localhost:${env.PORT ?? '3000'}`;
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, got "${setting}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, got "${setting}"`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}
