// RMA submission through the real server action over HTTP: the confirm page's form calls
// submitReturnRequestAction(values) (app/(portal)/returns/new/confirm/confirm-form.tsx), which
// the browser POSTs to the confirm page's URL with the action's id. Every submission returns
// 1 unit of its own delivered line (so submissions never wait on each other's row locks) and
// so consumes remaining-to-return in the bench database.
import { randomUUID } from "node:crypto";
import { sessionQuery, type TApp, type TDealerAccount } from "./app";
import { actionResult, callAction } from "./http";

export type TSubmitPlan = { lineIds: number[]; reasonId: number };

/** The dealer's selectable lines (lib/returns/selectable-line.ts), newest first. */
export async function pickReturnableLines(
  app: TApp,
  dealer: TDealerAccount,
  count: number,
): Promise<TSubmitPlan> {
  const customer = await app.db.customer.findUniqueOrThrow({
    where: { id: dealer.customerId },
    select: { specialOrderReturnsAllowed: true },
  });
  const rows = await app.db.deliveredLine.findMany({
    where: app.selectableLineWhere(dealer.customerId, customer.specialOrderReturnsAllowed),
    orderBy: [{ deliveryDate: "desc" }, { id: "desc" }],
    take: count,
    select: { id: true },
  });
  const reason = await app.db.returnReason.findFirst({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!reason) throw new Error("No active return reason in the bench database.");
  return { lineIds: rows.map((r) => r.id), reasonId: reason.id };
}

function request(lineId: number, reasonId: number) {
  return {
    idempotencyKey: randomUUID(),
    lines: [{ deliveredLineId: lineId, quantity: 1, reasonId }],
    reference: "bench",
    remarks: "",
    copyEmail: "",
    acceptTerms: true as const,
    parcelCount: 1,
    weightKg: null,
  };
}

/** One submission over HTTP; its server time, or an error saying what the server answered. */
export async function submitOverHttp(
  baseUrl: string,
  actionId: string,
  cookie: string,
  lineId: number,
  reasonId: number,
): Promise<number> {
  const response = await callAction(
    baseUrl,
    `/returns/new/confirm?lines=${lineId}`,
    actionId,
    [request(lineId, reasonId)],
    cookie,
  );
  const result = actionResult(response.body);
  if (response.status !== 200 || !result?.ok || typeof result.data?.rmaNumber !== "string") {
    throw new Error(
      `RMA submission failed (HTTP ${response.status}): ${result?.message ?? response.body.toString("utf8").slice(0, 300)}`,
    );
  }
  return response.ms;
}

/** The SQL of one submission, in-process: the session check, then the submission's transaction (lib/returns/submit-return-request.ts). */
export async function submitInProcess(
  app: TApp,
  dealer: TDealerAccount,
  lineId: number,
  reasonId: number,
): Promise<void> {
  await sessionQuery(app, dealer.userId);
  await app.submitReturnRequest(
    { userId: dealer.userId, customerId: dealer.customerId },
    request(lineId, reasonId),
  );
}
