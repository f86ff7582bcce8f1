// POST /api/erp/v1/customers – upsert customers from the ERP (SPEC §7); answers row by row
import { erpImportHandler } from "@/lib/erp/http";

export const dynamic = "force-dynamic";

export const POST = erpImportHandler("customers");
