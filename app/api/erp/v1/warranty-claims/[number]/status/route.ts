// POST /api/erp/v1/warranty-claims/{number}/status – the ERP moves a claim on with a reaction, as staff do; idempotent, ?dryRun=true writes nothing
import { applyClaimStatus } from "@/lib/erp/claim-status";
import { erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";
import { erpWriteBackHandler } from "@/lib/erp/write-back-http";
import { ZClaimStatusRequestSchema } from "@/lib/erp/write-back-schema";

export const dynamic = "force-dynamic";

export const POST = erpWriteBackHandler(ZClaimStatusRequestSchema, applyClaimStatus);
const notAllowed = erpMethodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("POST");
