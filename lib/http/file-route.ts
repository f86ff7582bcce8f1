import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requireDealer, requireStaff, type TDealer, type TStaff } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { errorResponse, fileResponse, type TFile } from "./file-response";
import { notFoundPage } from "./not-found-page";

// Every PDF, CSV, document and attachment route is `export const GET = dealerFile(…)` or
// `staffFile(…)`: the role check first, then the request's locale, then the handler, whose
// AppError (e.g. notFound() from lib/errors) becomes its status and anything else a logged 500.
// A browser that opens a missing (or another tenant's) file gets the styled 404 page in its language.

type TRouteContext<P> = { params: Promise<P> };
export type TFileRequest<P> = { request: Request; params: P; locale: TLocale };

type TMake<P, U> = (input: TFileRequest<P> & U) => Promise<TFile>;

async function answer<P>(request: Request, context: TRouteContext<P>, make: TMake<P, object>) {
  const locale = await resolveLocale();
  try {
    return fileResponse(await make({ request, params: await context.params, locale }));
  } catch (error) {
    unstable_rethrow(error); // Next's own redirect and notFound signals pass through
    if (error instanceof AppError && error.code === "NOT_FOUND" && wantsPage(request))
      return notFoundAnswer(locale);
    return errorResponse(error, locale);
  }
}

/** A browser's navigation asks for HTML; a script or download tool gets the plain-text answer. */
function wantsPage(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/html");
}

function notFoundAnswer(locale: TLocale): Response {
  return new Response(notFoundPage(locale), {
    status: 404,
    headers: {
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Type": "text/html; charset=utf-8",
    },
  });
}

export function dealerFile<P = Record<string, never>>(handler: TMake<P, { dealer: TDealer }>) {
  return async (request: Request, context: TRouteContext<P>): Promise<Response> => {
    const dealer = await requireDealer();
    return answer(request, context, (input) => handler({ ...input, dealer }));
  };
}

/** A dealer gets requireStaff's 404 here, so staff files reveal nothing. */
export function staffFile<P = Record<string, never>>(handler: TMake<P, { staff: TStaff }>) {
  return async (request: Request, context: TRouteContext<P>): Promise<Response> => {
    const staff = await requireStaff();
    return answer(request, context, (input) => handler({ ...input, staff }));
  };
}
