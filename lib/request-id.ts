// One id per request, given by proxy.ts to the request (and its answer) as x-request-id. Every
// log line of the request carries it (lib/log.ts), and it is the id a user reads out to support:
// on the error page (from the cookie below) and in an action's INTERNAL error.
export const REQUEST_ID_HEADER = "x-request-id";
export const REQUEST_ID_COOKIE = "request-id";

// Note: an id from the load balancer is kept so its logs and ours line up; anything else a
// client sends is replaced, so no log line carries text an attacker chose beyond these characters.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdFor(incoming: string | null): string {
  if (incoming && SANE_REQUEST_ID.test(incoming)) return incoming;
  return crypto.randomUUID().replaceAll("-", "").slice(0, 16);
}
