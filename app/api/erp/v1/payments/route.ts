// POST /api/erp/v1/payments – upsert payments from the ERP (SPEC §7); answers row by row, ?dryRun=true writes nothing
import { erpImportHandler, erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";

export const dynamic = "force-dynamic";

export const POST = erpImportHandler("payments");
const notAllowed = erpMethodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("POST");
