import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { TResolvedTarget } from "./url-rules";

// One POST of a webhook. The connection goes to the address resolveWebhookTarget checked
// (a lookup that answers only that address), while the URL's host name stays the Host header
// and the TLS server name, so certificates are verified as usual. The answer's body is read
// and dropped (at most 64 KB kept for nothing); the whole exchange has one timeout.
const MAX_ANSWER_BYTES = 64 * 1024;

export async function postWebhook(
  target: TResolvedTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<{ statusCode: number }> {
  const { url, address, family } = target;
  const pinned: LookupFunction | undefined =
    address && family
      ? (_host, options, callback) => {
          if (options.all)
            (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
              { address, family },
            ]);
          else callback(null, address, family);
        }
      : undefined;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        lookup: pinned,
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        let seen = 0;
        response.on("data", (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > MAX_ANSWER_BYTES) response.destroy();
        });
        response.on("close", () => resolve({ statusCode: response.statusCode ?? 0 }));
        response.on("error", () => resolve({ statusCode: response.statusCode ?? 0 }));
      },
    );
    request.on("error", (error) =>
      reject(error.name === "AbortError" ? new Error(`timeout after ${timeoutMs} ms`) : error),
    );
    request.end(body);
  });
}
