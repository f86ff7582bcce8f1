import { Readable } from "node:stream";
import { parse } from "content-disposition";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { errorResponse, fileResponse, type TFile } from "./file-response";

const download = (fileName: string, body: TFile["body"] = ""): TFile => ({
  body,
  fileName,
  contentType: "text/csv; charset=utf-8",
  disposition: "attachment",
});
const savedName = (response: Response) =>
  parse(response.headers.get("Content-Disposition")!).parameters.filename;

describe("fileResponse", () => {
  it("keeps a non-ASCII name for browsers that read filename*, with an ASCII fallback for the rest", () => {
    const response = fileResponse(download("Status der Rücksendungen.csv"));
    expect(savedName(response)).toBe("Status der Rücksendungen.csv");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="Status der Rucksendungen.csv"; ' +
        "filename*=UTF-8''Status%20der%20R%C3%BCcksendungen.csv",
    );
    for (const name of ["Prüfbericht – Turbo №3.pdf", "توربو.jpg", "ターボ.png"]) {
      expect(savedName(fileResponse(download(name)))).toBe(name);
    }
  });

  it("never lets a file name split the header or name a folder", () => {
    const response = fileResponse(download('..\\x/retouren "2020"\r\nX-Evil: 1.csv'));
    expect(response.headers.get("Content-Disposition")).not.toMatch(/[\r\n]/);
    expect(savedName(response)).toBe('.._x_retouren "2020"_X-Evil: 1.csv');
    expect(response.headers.get("X-Evil")).toBeNull();
  });

  it("is private, never sniffed, inline only when asked, with the length of a byte body", async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const pdf = fileResponse({
      body: bytes,
      fileName: "RMA-IRM0000001.pdf",
      contentType: "application/pdf",
      disposition: "inline",
    });
    expect(Object.fromEntries(pdf.headers)).toMatchObject({
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-type": "application/pdf",
      "content-disposition": 'inline; filename="RMA-IRM0000001.pdf"',
      "content-length": "4",
    });
    expect(new Uint8Array(await pdf.arrayBuffer())).toEqual(bytes);
    // The CSV keeps its byte order mark, which Excel needs to read UTF-8.
    const csv = fileResponse(download("x.csv", "\uFEFFa;b\r\n"));
    expect(csv.headers.get("Content-Disposition")).toBe('attachment; filename="x.csv"');
    expect([...new Uint8Array(await csv.arrayBuffer())].slice(0, 4)).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    const streamed = fileResponse(download("x.pdf", Readable.from([Buffer.from("%PDF")])));
    expect(await streamed.text()).toBe("%PDF");
  });
});

describe("errorResponse", () => {
  it("answers a missing or foreign record with a private, unsniffed 404 in the user's language", async () => {
    const response = await errorResponse(new AppError("NOT_FOUND"), "fr");
    expect(response.status).toBe(404);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(await response.text()).toBe("Introuvable.");
  });

  it("logs an unexpected error and answers 500 with the request id, not the error", async () => {
    const response = await errorResponse(new Error("connection refused at 10.0.0.3"), "en");
    expect(response.status).toBe(500);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const text = await response.text();
    expect(text).not.toContain("10.0.0.3");
    expect(text).toMatch(/^Something went wrong\. Please try again \(code [\w-]+\)\.$/);
  });
});
