// GET /api/erp/v1/openapi.json – the ERP API's OpenAPI 3.1 document (public: it holds no data)
import { erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";
import { buildOpenApiDocument } from "@/lib/erp/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}

const notAllowed = erpMethodNotAllowed("GET, HEAD");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("GET, HEAD");
