// Locally generated product illustrations used by the demo catalogue: /media/generated/<kind>/<hue>.svg,
// or <hue>-<rrggbb>.svg for an object in a product colour.
import { z } from 'zod';
import { parseIllustrationFile, renderProductIllustration } from '@/lib/catalog/product-illustration.rules';

const paramsSchema = z.object({
  // Any kind is accepted: unknown kinds fall back to the generic illustration.
  kind: z.string(),
  file: z.string().transform((file, ctx) => {
    const parsed = parseIllustrationFile(file);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', message: 'not an illustration file' });
    return z.NEVER;
  }),
});

export async function GET(_req: Request, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  const { hue, color } = parsed.data.file;
  const svg = renderProductIllustration(parsed.data.kind, hue, color);
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
