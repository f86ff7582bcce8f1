// GET /api/erp/v1/documents/{id} – a document's bytes for the ERP's token (the claims feed's attachment URLs)
import { erpDocumentHandler } from "@/lib/erp/document-download";
import { erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";

export const dynamic = "force-dynamic";

export const GET = erpDocumentHandler();
const notAllowed = erpMethodNotAllowed("GET, HEAD");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("GET, HEAD");
