import { buildOpenApiDocument } from '@/lib/platform/api/openapi';

export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}
