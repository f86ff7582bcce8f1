// POST /api/erp/v1/open-lines – upsert open-lines from the ERP (SPEC §7); answers row by row
import { erpImportHandler } from "@/lib/erp/http";

export const dynamic = "force-dynamic";

export const POST = erpImportHandler("open-lines");
