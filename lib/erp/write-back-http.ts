import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { TErpActor } from "@/lib/staff/context";
import { parseDryRun, problemResponse, readBody, withErpToken } from "./http";
import { type TRowError, toRowErrors } from "./row-errors";

// The HTTP side of the write-back (1.1): POST on one record by its number, with a JSON body
// checked against its schema and ?dryRun=true. Refusals are problems with per-field errors:
// 400 for the body's shape, 404 for an unknown record, 409 for a conflict with what is stored
// (already handled, a status that cannot follow), 422 for values the stored record refuses.

/** A refusal of a write-back, answered as a problem (status, code, title, errors per field). */
export class ErpProblem extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    readonly title: string,
    readonly errors?: TRowError[],
  ) {
    super(title);
  }
}
const PROBLEM_CODES = { 400: "VALIDATION", 404: "NOT_FOUND", 409: "CONFLICT", 422: "UNPROCESSABLE" } as const;

/** 409 when every refusal is a conflict with what is stored; 422 when any value is refused. */
export function refusal(errors: TRowError[], conflictCodes: ReadonlySet<string>): ErpProblem {
  return errors.every((e) => conflictCodes.has(e.code))
    ? new ErpProblem(409, "The record's state does not allow this change", errors)
    : new ErpProblem(422, "The stored record refuses these values", errors);
}

type TApply<T, A> = (actor: TErpActor, number: string, body: T, options: { dryRun: boolean }) => Promise<A>;

export function erpWriteBackHandler<S extends z.ZodType, A>(schema: S, apply: TApply<z.output<S>, A>) {
  return (request: Request, context: { params: Promise<{ number: string }> }) =>
    withErpToken(request, async (token) => {
      try {
        const { number } = await context.params;
        let json: unknown;
        try {
          json = JSON.parse(await readBody(request));
        } catch (error) {
          if (error instanceof AppError) throw error;
          throw new ErpProblem(400, "The body is not valid JSON");
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success)
          throw new ErpProblem(
            400,
            "The body does not match this operation's schema",
            toRowErrors(parsed.error.issues, json),
          );
        const dryRun = parseDryRun(request);
        const actor: TErpActor = { role: "ERP", tokenId: token.id, tokenName: token.name };
        return Response.json(await apply(actor, number, parsed.data, { dryRun }));
      } catch (error) {
        if (!(error instanceof ErpProblem)) throw error;
        return problemResponse(error.status, PROBLEM_CODES[error.status], error.title, {
          errors: error.errors,
        });
      }
    });
}
