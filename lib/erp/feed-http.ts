import "server-only";
import { AppError } from "@/lib/errors";
import { formatIssues } from "./batch";
import { ZFeedQuerySchema } from "./feed-schema";
import { withErpToken } from "./http";

// GET handlers of the read side: token, rate limit, query parsing. Reads write nothing: the rate
// limit counts them in its own table, and the audit trail is for changes.
type TFeedList<T> = (since: string | undefined, limit: number) => Promise<{ items: T[]; nextCursor: string }>;

export function erpFeedHandler<T>(list: TFeedList<T>) {
  return (request: Request) =>
    withErpToken(request, async () => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = ZFeedQuerySchema.safeParse(params);
      if (!parsed.success) {
        throw new AppError("VALIDATION", "erp.api.badQuery", {}, { _: formatIssues(parsed.error.issues) });
      }
      return Response.json(await list(parsed.data.since, parsed.data.limit));
    });
}
