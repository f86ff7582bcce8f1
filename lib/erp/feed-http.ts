import "server-only";
import { ZFeedQuerySchema } from "./feed-schema";
import { ErpRequestError, withErpToken } from "./http";
import { toRowErrors } from "./row-errors";

// GET handlers of the read side: token, rate limit, query parsing. Reads write nothing: the rate
// limit counts them in its own table, and the audit trail is for changes.
type TFeedList<T> = (since: string | undefined, limit: number) => Promise<{ items: T[]; nextCursor: string }>;

export function erpFeedHandler<T>(list: TFeedList<T>) {
  return (request: Request) =>
    withErpToken(request, async () => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = ZFeedQuerySchema.safeParse(params);
      if (!parsed.success) {
        throw new ErpRequestError("erp.api.badQuery", toRowErrors(parsed.error.issues, params));
      }
      return Response.json(await list(parsed.data.since, parsed.data.limit));
    });
}
