// POST /api/erp/v1/open-lines – upsert open-lines from the ERP (SPEC §7); answers row by row, ?dryRun=true writes nothing
// GET /api/erp/v1/open-lines – read-back for reconciliation: by customerNumber and updatedSince, paged, with totals
import { erpImportHandler, erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";
import { erpReadBackHandler } from "@/lib/erp/read-back";

export const dynamic = "force-dynamic";

export const POST = erpImportHandler("open-lines");
export const GET = erpReadBackHandler("open-lines");
const notAllowed = erpMethodNotAllowed("GET, HEAD, POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("GET, HEAD, POST");
