import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TErpActor } from "@/lib/staff/context";
import { assertClaimStatusChange, setClaimStatus } from "@/lib/staff/warranty/set-status";
import { rowError, type TRowError } from "./row-errors";
import { ErpProblem, refusal } from "./write-back-http";
import type { TClaimStatusAnswer, TClaimStatusRequest } from "./write-back-schema";

// POST /warranty-claims/{number}/status: the ERP moves a claim on exactly as staff do
// (setClaimStatus: the allowed transitions, the reaction PDF, the dealer's event and mail, the
// audit under the token). The same change sent again (the claim is in that status, its last
// status change had the same reaction) answers the same and changes nothing.
const CONFLICTS = new Set(["bad_transition"]);

function fieldError(error: unknown): TRowError {
  if (!(error instanceof AppError)) throw error;
  switch (error.messageKey) {
    case "staff.warranty.badTransition":
      return rowError("status", "bad_transition", "the claim's status cannot move to this one");
    case "staff.warranty.reactionRequired":
      return rowError("reaction", "reaction_required", "a refusal needs a reaction");
    default:
      throw error;
  }
}

const claimState = (number: string) =>
  db.warrantyClaim.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      status: true,
      handledAt: true,
      events: {
        where: { kind: "STATUS" },
        orderBy: { id: "desc" },
        take: 1,
        select: { status: true, message: true },
      },
    },
  });
type TClaimState = NonNullable<Awaited<ReturnType<typeof claimState>>>;

const answerOf = (claim: Pick<TClaimState, "number" | "status" | "handledAt">): TClaimStatusAnswer => ({
  number: claim.number,
  status: claim.status,
  handledAt: claim.handledAt?.toISOString() ?? null,
});

export async function applyClaimStatus(
  actor: TErpActor,
  number: string,
  { status, reaction = "" }: TClaimStatusRequest,
  { dryRun = false } = {},
): Promise<TClaimStatusAnswer> {
  const claim = await claimState(number);
  if (!claim) throw new ErpProblem(404, `No warranty claim ${number}`);
  const last = claim.events[0];
  const done = claim.status === status && last?.status === status && last.message === reaction;
  if (done) return { ...answerOf(claim), ...(dryRun ? { dryRun: true } : {}) };
  const input = { claimId: claim.id, status, reaction };
  try {
    if (dryRun) await assertClaimStatusChange(input);
    else await setClaimStatus(actor, input);
  } catch (error) {
    throw refusal([fieldError(error)], CONFLICTS);
  }
  if (dryRun) {
    const decided = status === "AWARDED" || status === "REFUSED";
    return {
      ...answerOf({ ...claim, status, handledAt: decided ? new Date() : claim.handledAt }),
      dryRun: true,
    };
  }
  return answerOf((await claimState(number))!);
}
