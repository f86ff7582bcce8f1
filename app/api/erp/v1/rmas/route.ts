// GET /api/erp/v1/rmas – RMAs created or changed since a cursor, with their lines
import { erpFeedHandler } from "@/lib/erp/feed-http";
import { listRmasSince } from "@/lib/erp/feed";

export const dynamic = "force-dynamic";

export const GET = erpFeedHandler(listRmasSince);
