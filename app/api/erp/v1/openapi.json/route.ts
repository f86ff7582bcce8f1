// GET /api/erp/v1/openapi.json – the ERP API's OpenAPI 3.1 document (public: it holds no data)
import { buildOpenApiDocument } from "@/lib/erp/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
