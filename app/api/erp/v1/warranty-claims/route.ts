// GET /api/erp/v1/warranty-claims – warranty claims created or changed since a cursor, with their events

import { listClaimsSince } from "@/lib/erp/feed";
import { erpFeedHandler } from "@/lib/erp/feed-http";
import { erpMethodNotAllowed, erpOptions } from "@/lib/erp/http";

export const dynamic = "force-dynamic";

export const GET = erpFeedHandler(listClaimsSince);
const notAllowed = erpMethodNotAllowed("GET, HEAD");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = erpOptions("GET, HEAD");
