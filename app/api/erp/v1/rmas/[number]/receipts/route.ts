// POST /api/erp/v1/rmas/{number}/receipts – the ERP receives or rejects RMA lines, as staff do; idempotent, ?dryRun=true writes nothing
import { erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";
import { applyRmaReceipt } from "@/lib/erp/rma-receipts";
import { erpWriteBackHandler } from "@/lib/erp/write-back-http";
import { ZRmaReceiptSchema } from "@/lib/erp/write-back-schema";

export const dynamic = "force-dynamic";

export const POST = erpWriteBackHandler(ZRmaReceiptSchema, applyRmaReceipt);
const notAllowed = erpMethodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("POST");
