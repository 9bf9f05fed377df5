import { buildOpenApiDocument } from '@/lib/api/openapi';

export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}
