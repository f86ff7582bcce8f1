// Any other path under /api/erp/ – a JSON 404 (problem details) for every method, never the HTML page
import { erpNotFound } from "@/lib/erp/http";

export const dynamic = "force-dynamic";

export const GET = erpNotFound;
export const HEAD = erpNotFound;
export const POST = erpNotFound;
export const PUT = erpNotFound;
export const PATCH = erpNotFound;
export const DELETE = erpNotFound;
export const OPTIONS = erpNotFound;
