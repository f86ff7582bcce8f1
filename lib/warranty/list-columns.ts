import "server-only";
import { getTranslations } from "next-intl/server";
import type { TGridColumn } from "@/lib/grid/types";
import { CLAIM_STATUSES, claimColumns, type TStatusLabels } from "./list-filters";

// The warranty grid's columns in the request's language (page and CSV export share them).
export async function claimGridColumns(): Promise<TGridColumn[]> {
  const t = await getTranslations("warranty");
  const statusLabels = Object.fromEntries(
    CLAIM_STATUSES.map((s) => [s, t(`statuses.${s}`)]),
  ) as TStatusLabels;
  return claimColumns((id) => t(`columns.${id}`), statusLabels);
}
