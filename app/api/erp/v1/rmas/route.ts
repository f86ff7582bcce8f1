// GET /api/erp/v1/rmas – RMAs created or changed since a cursor, with their lines

import { listRmasSince } from "@/lib/erp/feed";
import { erpFeedHandler } from "@/lib/erp/feed-http";

export const dynamic = "force-dynamic";

export const GET = erpFeedHandler(listRmasSince);
