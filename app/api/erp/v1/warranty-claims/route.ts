// GET /api/erp/v1/warranty-claims – warranty claims created or changed since a cursor, with their events
import { erpFeedHandler } from "@/lib/erp/feed-http";
import { listClaimsSince } from "@/lib/erp/feed";

export const dynamic = "force-dynamic";

export const GET = erpFeedHandler(listClaimsSince);
