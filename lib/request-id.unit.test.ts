import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { REQUEST_ID_COOKIE, requestIdFor } from "./request-id";

const send = (path: string, headers: Record<string, string> = {}) =>
  proxy(
    new NextRequest(`http://portal.test${path}`, {
      headers: { cookie: "authjs.session-token=x", ...headers },
    }),
  );
// Next.js hands the request headers proxy.ts sets on to the page as x-middleware-request-<name>.
const passedOn = (response: Response) => response.headers.get("x-middleware-request-x-request-id");

describe("request ids", () => {
  it("gives each request a new id, on the request passed on and on the answer", () => {
    const [a, b] = [send("/"), send("/")];
    expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f]{16}$/);
    expect(passedOn(a)).toBe(a.headers.get("x-request-id"));
    expect(b.headers.get("x-request-id")).not.toBe(a.headers.get("x-request-id"));
  });

  it("keeps a load balancer's id and replaces one that isn't a plain token", () => {
    expect(passedOn(send("/", { "x-request-id": "lb-4bf92f3577b34da6" }))).toBe("lb-4bf92f3577b34da6");
    for (const hostile of ["short", "a b c d e f g h", "x".repeat(65), '"}{"level":60', "ünïcødé-id"]) {
      expect(requestIdFor(hostile)).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it("leaves the id for the error page in a cookie for pages and navigations only", () => {
    const cookieOf = (response: ReturnType<typeof send>) => response.cookies.get(REQUEST_ID_COOKIE)?.value;
    const page = send("/returns", { "sec-fetch-dest": "document" });
    expect(cookieOf(page)).toBe(page.headers.get("x-request-id"));
    expect(cookieOf(send("/returns", { rsc: "1", "sec-fetch-dest": "empty" }))).toBeDefined();
    expect(cookieOf(send("/returns", { rsc: "1", "next-router-prefetch": "1" }))).toBeUndefined();
    expect(cookieOf(send("/returns/RMA1/form.pdf", { "sec-fetch-dest": "iframe" }))).toBeUndefined();
    expect(cookieOf(send("/api/erp/v1/rmas"))).toBeUndefined();
    // A server action's answer: a cookie there would make Next.js render the page into it.
    const action = { "next-action": "7f00", "sec-fetch-dest": "empty", accept: "text/x-component" };
    expect(cookieOf(send("/returns/new/confirm", action))).toBeUndefined();
  });
});
