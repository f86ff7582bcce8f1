import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "@/tests/source-files";
import { csvStreamFile, toCsv } from "./csv";
import type { TGridColumn } from "./types";

// The streamed CSV is the one-piece CSV, read batch by batch as the reader asks for more.
const columns = [
  { id: "article", label: "Artikel", type: "text" },
  { id: "price", label: "Prijs", type: "money" },
] as TGridColumn[];
const rowsOf = (batch: number) =>
  Array.from({ length: 3 }, (_, i) => ({ article: `=WG${batch}-${i}; "x"`, price: `${batch}${i}.50` }));

function counted(batches: number) {
  const state = { read: 0 };
  async function* generate() {
    for (let b = 0; b < batches; b++) {
      state.read += 1;
      yield rowsOf(b);
    }
  }
  return { state, batches: generate() };
}

/** The body as text, its byte-order mark kept (Response.text() would drop it). */
async function bytesAsText(body: unknown): Promise<string> {
  const bytes = await new Response(body as ReadableStream<Uint8Array>).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("csvStreamFile", () => {
  it("writes the bytes of toCsv (BOM, separator, quoting, formula guard) in every language", async () => {
    for (const locale of ["nl", "fr", "en", "de"] as const) {
      const file = await csvStreamFile("x.csv", columns, counted(4).batches, locale);
      const text = await bytesAsText(file.body);
      expect(text).toBe(toCsv(columns, [0, 1, 2, 3].flatMap(rowsOf), locale));
      expect(file.contentType).toBe("text/csv; charset=utf-8");
      expect(file.disposition).toBe("attachment");
    }
  });

  it("reads a batch only when the reader wants more, and stops reading when the reader goes", async () => {
    const source = counted(100);
    const file = await csvStreamFile("x.csv", columns, source.batches, "nl");
    expect(source.state.read).toBe(1);
    const reader = (file.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.read();
    expect(source.state.read).toBeLessThanOrEqual(3);
    await reader.cancel();
    expect(source.state.read).toBeLessThanOrEqual(3);
  });

  it("writes the header alone when there are no rows", async () => {
    const file = await csvStreamFile("x.csv", columns, counted(0).batches, "en");
    expect(await bytesAsText(file.body)).toBe(toCsv(columns, [], "en"));
  });
});

describe("the CSV routes", () => {
  const routes = sourceFiles("app", (name) => name === "route.ts").filter((file) =>
    file.includes("/export.csv/"),
  );

  it("all stream through csvStreamFile (none builds the whole file in memory)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(11);
    const whole = routes.filter(
      (file) => !/\bcsvStreamFile\(/.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(whole).toEqual([]);
  });
});
