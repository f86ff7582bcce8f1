// POST /api/erp/v1/invoices – upsert invoices from the ERP (SPEC §7); answers row by row, ?dryRun=true writes nothing
// GET /api/erp/v1/invoices – read-back for reconciliation: by customerNumber and updatedSince, paged, with totals
import { erpImportHandler, erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";
import { erpReadBackHandler } from "@/lib/erp/read-back";

export const dynamic = "force-dynamic";

export const POST = erpImportHandler("invoices");
export const GET = erpReadBackHandler("invoices");
const notAllowed = erpMethodNotAllowed("GET, HEAD, POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("GET, HEAD, POST");
