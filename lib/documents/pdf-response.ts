import "server-only";
import { Readable } from "node:stream";
import { PDF_HEADERS } from "./styles";

// A rendered react-pdf stream as the HTTP response of a PDF route handler.
export function pdfResponse(stream: NodeJS.ReadableStream, fileName: string): Response {
  const body = Readable.toWeb(stream as Readable) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { headers: PDF_HEADERS(fileName) });
}

export function pdfNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}
