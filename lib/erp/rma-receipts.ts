import "server-only";
import { AppError } from "@/lib/errors";
import type { TErpActor } from "@/lib/staff/context";
import { lockRma } from "@/lib/staff/returns/lock";
import {
  receivedOutcome,
  rejectedOutcome,
  settleRmaLine,
  type TLineOutcome,
} from "@/lib/staff/returns/receive-line";
import { inErpTransaction } from "./batch";
import { RMA_LINE_SELECT, rmaFeedLine } from "./feed";
import { rowError, type TRowError } from "./row-errors";
import { ErpProblem, refusal } from "./write-back-http";
import type { TReceiptLine, TRmaReceipt, TRmaReceiptAnswer } from "./write-back-schema";

// POST /rmas/{number}/receipts: the ERP receives or rejects RMA lines exactly as staff do in the
// dashboard (settleRmaLine: counters, invariants, audit under the token, the dealer's mail), all
// lines in one transaction. A line already handled the same way is left alone, so a receipt sent
// twice answers the same and changes nothing.
const CONFLICTS = new Set(["already_handled", "rma_not_open"]);

const outcomeOf = (line: TReceiptLine): TLineOutcome =>
  line.status === "RECEIVED" ? receivedOutcome(line) : rejectedOutcome(line);

type TStoredLine = {
  status: string;
  quantityReceived: number | null;
  receivedAt: Date | null;
  rejectionReason: string | null;
};
/** The line already holds this outcome (an invoiced line was received: the credit note followed). */
function holds(stored: TStoredLine, outcome: TLineOutcome): boolean {
  const status = stored.status === "INVOICED" ? "RECEIVED" : stored.status;
  return (
    status === outcome.status &&
    stored.quantityReceived === outcome.quantityReceived &&
    stored.receivedAt?.toISOString().slice(0, 10) === outcome.receivedAt &&
    (stored.rejectionReason ?? null) === outcome.rejectionReason
  );
}

/** The staff step's refusal, as the ERP's field error of line `i`. */
function lineError(error: unknown, i: number): TRowError {
  if (!(error instanceof AppError)) throw error;
  switch (error.messageKey) {
    case "staff.returns.tooMany":
      return rowError(
        `lines.${i}.quantityReceived`,
        "exceeds_expected",
        `must be at most ${error.values.max} (the quantity expected)`,
      );
    case "staff.returns.alreadyHandled":
      return rowError(`lines.${i}`, "already_handled", "the line was already received or rejected otherwise");
    case "staff.returns.notOpen":
      return rowError(`lines.${i}`, "rma_not_open", "the RMA is closed or invoiced");
    default:
      throw error;
  }
}

export async function applyRmaReceipt(
  actor: TErpActor,
  number: string,
  receipt: TRmaReceipt,
  { dryRun = false } = {},
): Promise<TRmaReceiptAnswer> {
  const answer = await inErpTransaction(
    async (tx) => {
      const found = await tx.rma.findUnique({ where: { number }, select: { id: true } });
      if (!found) throw new ErpProblem(404, `No RMA ${number}`);
      const rma = await lockRma(tx, found.id);
      const stored = new Map(
        (
          await tx.rmaLine.findMany({
            where: { rmaId: rma.id },
            select: {
              id: true,
              status: true,
              quantityReceived: true,
              receivedAt: true,
              rejectionReason: true,
            },
          })
        ).map((l) => [l.id, l]),
      );
      const errors: TRowError[] = [];
      const seen = new Set<number>();
      for (const [i, line] of receipt.lines.entries()) {
        const current = stored.get(line.id);
        if (!current) {
          errors.push(rowError(`lines.${i}.id`, "unknown_rma_line", `no line ${line.id} in RMA ${number}`));
        } else if (seen.has(line.id)) {
          errors.push(rowError(`lines.${i}.id`, "duplicate_key", `line ${line.id} is in the receipt twice`));
        }
        seen.add(line.id);
      }
      if (errors.length > 0) throw refusal(errors, CONFLICTS);
      for (const [i, line] of receipt.lines.entries()) {
        const outcome = outcomeOf(line);
        if (holds(stored.get(line.id)!, outcome)) continue;
        try {
          await settleRmaLine(tx, actor, line.id, outcome);
        } catch (error) {
          errors.push(lineError(error, i));
        }
      }
      if (errors.length > 0) throw refusal(errors, CONFLICTS);
      const now = await tx.rma.findUniqueOrThrow({
        where: { id: rma.id },
        select: {
          status: true,
          lines: { where: { id: { in: [...seen] } }, orderBy: { id: "asc" }, select: RMA_LINE_SELECT },
        },
      });
      return { number: rma.number, status: now.status, lines: now.lines.map(rmaFeedLine) };
    },
    { dryRun },
  );
  return dryRun ? { ...answer, dryRun: true } : answer;
}
