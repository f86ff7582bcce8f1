import "server-only";
import { AppError } from "@/lib/errors";
import { formatIssues } from "./batch";
import { ZFeedQuerySchema } from "./feed-schema";
import { withErpToken } from "./http";
import { recordErpRequest } from "./rate-limit";

// GET handlers of the read side: token, rate limit, query parsing, one audit entry per read.
export function erpFeedHandler<T>(name: string, list: (since: string | undefined, limit: number) => Promise<{ items: T[]; nextCursor: string }>) {
  return (request: Request) =>
    withErpToken(request, async (token) => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = ZFeedQuerySchema.safeParse(params);
      if (!parsed.success) {
        await recordErpRequest(token.id, `erp.refused.${name}`);
        throw new AppError("VALIDATION", "erp.api.badQuery", {}, { _: formatIssues(parsed.error.issues) });
      }
      try {
        const page = await list(parsed.data.since, parsed.data.limit);
        await recordErpRequest(token.id, `erp.read.${name}`, { count: page.items.length });
        return Response.json(page);
      } catch (error) {
        if (error instanceof AppError) await recordErpRequest(token.id, `erp.refused.${name}`);
        throw error;
      }
    });
}
