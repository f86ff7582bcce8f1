// Command-line options of `npm run bench`. Plain functions, no I/O.

export type TBenchOptions = {
  quick: boolean;
  /** Row ids to run (substring match, e.g. "history", "big/submit", "pdf", "load"); empty = all. */
  only: string[];
  port: number;
  /** Measured requests per page (after the warm-up). */
  reps: number;
  warmup: number;
  /** Measured requests per PDF (they take longer). */
  pdfReps: number;
  /** Rounds of 20 concurrent submissions. */
  concurrentRounds: number;
  /** Load run length in seconds. */
  duration: number;
  /** `next start` workers (scripts/serve.mjs); default: as `npm start` (one per core). */
  workers: number | null;
  help: boolean;
};

export const USAGE = `npm run bench [-- options]
  --quick            fewer repetitions and a 5 s load run (a smoke check, not figures)
  --only <ids>       only rows whose id contains one of these (comma-separated), e.g.
                     --only history | big/submit | pdf | load | typical
  --reps <n>         measured requests per page (default 30, quick 5), after --warmup <n> (default 5, quick 2)
  --duration <s>     load run length (default 20, quick 5)
  --workers <n>      next-start workers (default: one per core, as npm start on PostgreSQL)
  --port <n>         port of the benchmarked server (default 3700, or BENCH_PORT)
Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/portal_bench, filled by npm run bench:data),
  NEXT_DIST_DIR (default .next-bench).`;

function positive(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!text || !Number.isInteger(value) || value <= 0)
    throw new Error(`${name} needs a positive whole number (got ${text ?? "nothing"})`);
  return value;
}

export function parseBenchArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): TBenchOptions {
  const quick = argv.includes("--quick");
  const options: TBenchOptions = {
    quick,
    only: [],
    port: env.BENCH_PORT ? positive("BENCH_PORT", env.BENCH_PORT) : 3700,
    reps: quick ? 5 : 30,
    warmup: quick ? 2 : 5,
    pdfReps: quick ? 3 : 10,
    concurrentRounds: quick ? 1 : 3,
    duration: quick ? 5 : 20,
    workers: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--quick":
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      case "--only":
        options.only.push(
          ...(value() ?? "")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        );
        break;
      case "--port":
        options.port = positive("--port", value());
        break;
      case "--reps":
        options.reps = positive("--reps", value());
        break;
      case "--warmup":
        options.warmup = positive("--warmup", value());
        break;
      case "--duration":
        options.duration = positive("--duration", value());
        break;
      case "--workers":
        options.workers = positive("--workers", value());
        break;
      default:
        throw new Error(`Unknown option ${arg}\n${USAGE}`);
    }
  }
  if (argv.includes("--only") && options.only.length === 0)
    throw new Error("--only needs at least one row id");
  return options;
}

/** Whether a row (by id, e.g. "big/history-filtered") is selected by --only. */
export function selected(options: Pick<TBenchOptions, "only">, id: string): boolean {
  return options.only.length === 0 || options.only.some((part) => id.includes(part));
}
