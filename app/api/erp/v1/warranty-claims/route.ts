// GET /api/erp/v1/warranty-claims – warranty claims created or changed since a cursor, with their events

import { listClaimsSince } from "@/lib/erp/feed";
import { erpFeedHandler } from "@/lib/erp/feed-http";

export const dynamic = "force-dynamic";

export const GET = erpFeedHandler(listClaimsSince);
