// The load run: autocannon against loopback, N connections, each request signed in as the next
// load dealer in turn and asking the page after the one that dealer saw last, so at every moment
// ~N different dealers are being served different pages. Bounded in time and in requests.
import autocannon from "autocannon";
import { summarize } from "./stats";

export const LOAD_PAGES = [
  "/",
  "/returns/new",
  "/returns/new?f.articleNumber=123",
  "/returns?group=rmaNumber",
  "/orders/open",
  "/invoices/unpaid",
];
const MAX_REQUESTS = 200_000;

export type TLoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  median: number;
  p95: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  pages: string[];
};

export async function loadRun(
  baseUrl: string,
  cookies: string[],
  seconds: number,
  pages = LOAD_PAGES,
): Promise<TLoadResult> {
  if (cookies.length === 0) throw new Error("The load run needs signed-in dealers.");
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  // Note: without a callback autocannon returns an emitter that is also a promise of the result.
  const instance = autocannon({
    url: baseUrl,
    connections: cookies.length,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => {
          const i = next++;
          const dealer = i % cookies.length;
          const page = (dealer + Math.floor(i / cookies.length)) % pages.length;
          return { ...req, path: pages[page]!, headers: { ...req.headers, cookie: cookies[dealer]! } };
        },
      },
    ],
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (latencies.length >= MAX_REQUESTS) instance.stop();
  });
  const result = await instance;
  const elapsed = (performance.now() - started) / 1000;
  const summary = summarize(latencies);
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, value]) => [
      code,
      (value as { count: number }).count,
    ]),
  );
  return {
    connections: cookies.length,
    seconds: Math.round(elapsed * 10) / 10,
    requests: latencies.length,
    rps: latencies.length / elapsed,
    median: summary.median,
    p95: summary.p95,
    errors: result.errors + result.non2xx,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    statusCodes,
    pages,
  };
}
