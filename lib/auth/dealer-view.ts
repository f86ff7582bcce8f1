import "server-only";
import { db } from "@/lib/db/client";

// "View as dealer": a staff member's open view of one dealer's portal, bound to the staff
// member's own server-side session (another session, or a view ended, sees nothing). The
// dealer pages and files load the viewed dealer through requireDealer(); every dealer action
// is refused while viewing (lib/actions/safe-action.ts).
export type TDealerViewer = { viewId: string; staffUserId: number; staffName: string };
export type TOpenDealerView = TDealerViewer & {
  customerId: number;
  company: { name: string; erpNumber: string };
};

/** At most this many page visits are kept per view (a long session stays a readable entry). */
export const MAX_VIEW_PAGES = 200;

type TViewRow = {
  id: string;
  customerId: number;
  name: string;
  erpNumber: string;
};

/** The open view of this staff member's session, of an active company; null when none. */
export async function findOpenDealerView(
  staff: { userId: number; name: string },
  sessionId: string,
): Promise<TOpenDealerView | null> {
  const [row] = await db.$queryRaw<TViewRow[]>`
    SELECT v."id", v."customerId", c."name", c."erpNumber"
    FROM "DealerView" v JOIN "Customer" c ON c."id" = v."customerId"
    WHERE v."sessionId" = ${sessionId} AND v."staffUserId" = ${staff.userId} AND v."endedAt" IS NULL AND c."active"
    ORDER BY v."startedAt" DESC LIMIT 1`;
  if (!row) return null;
  return {
    viewId: row.id,
    staffUserId: staff.userId,
    staffName: staff.name,
    customerId: row.customerId,
    company: { name: row.name, erpNumber: row.erpNumber },
  };
}

/** Notes a page or file seen during the view (the audit trail lists them). */
export async function recordDealerViewPage(viewId: string, path: string): Promise<void> {
  const page = path.slice(0, 300);
  await db.$executeRaw`
    UPDATE "DealerView" SET "pages" = array_append(COALESCE("pages", ARRAY[]::TEXT[]), ${page})
    WHERE "id" = ${viewId} AND "endedAt" IS NULL AND COALESCE(array_length("pages", 1), 0) < ${MAX_VIEW_PAGES}`;
}
