// Locally generated product illustrations used by the demo catalogue: /media/generated/<kind>/<hue>.svg.
import { z } from 'zod';
import { renderProductIllustration } from '@/lib/catalog/product-illustration.rules';

const paramsSchema = z.object({
  // Any kind is accepted: unknown kinds fall back to the generic illustration.
  kind: z.string(),
  // An integer hue 0..359 without leading zeros, followed by ".svg".
  file: z
    .string()
    .regex(/^(0|[1-9][0-9]{0,2})\.svg$/)
    .transform((file) => Number.parseInt(file, 10))
    .pipe(z.number().int().min(0).max(359)),
});

export async function GET(_req: Request, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  const svg = renderProductIllustration(parsed.data.kind, parsed.data.file);
  return new Response(svg, {
    status: 200,
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=31536000, immutable',
      // The SVG is static markup without scripts; forbid any anyway when opened directly.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
