// The accounts of the benchmark database (`npm run bench:data`), shared by the data generator,
// the benchmark runner and the tests. Plain module: no server-only, no database.
export const BENCH_PASSWORD = "Bench!2026";
export const DEFAULT_BENCH_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_bench";

export type TBenchDealer = { email: string; erpNumber: string };
export type TBenchStaff = { email: string; erpNumber: null };

/** Customer k (1-based) of the generated distributor: its ERP number. */
export function benchErpNumber(k: number): string {
  return String(200_000 + k);
}

/** Customer 1: 60,000 delivered lines in the last 12 months, 10,000 open lines, 2,000 unpaid invoices. */
export const BIG: TBenchDealer = { email: "big@bench.test", erpNumber: benchErpNumber(1) };
/** Customer 2: about 700 delivered lines a year, a few dozen open lines and unpaid invoices. */
export const TYPICAL: TBenchDealer = { email: "typical@bench.test", erpNumber: benchErpNumber(2) };
/** Customers 3–52: 50 ordinary dealers, each its own company, for the load run. */
export const LOAD_DEALERS: TBenchDealer[] = Array.from({ length: 50 }, (_, i) => ({
  email: `load${String(i + 1).padStart(3, "0")}@bench.test`,
  erpNumber: benchErpNumber(3 + i),
}));
export const STAFF: TBenchStaff = { email: "staff@bench.test", erpNumber: null };

export function benchDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;
}
