"use client";
// Paging controls: first/previous/next/last, "page x of y", total count and page size.
import { useTranslations } from "next-intl";
import { PAGE_SIZES, pageCount } from "@/lib/grid/params";

type TGridPagerProps = {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
};

const buttonClass =
  "rounded border border-brand-600 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-400";

export function GridPager({ page, pageSize, total, onPage, onPageSize }: TGridPagerProps) {
  const t = useTranslations("grid");
  const pages = pageCount(total, pageSize);
  const current = Math.min(page, pages);
  return (
    <nav
      aria-label={t("pagination")}
      className="flex min-w-0 flex-wrap items-center justify-between gap-3 py-3 text-sm"
    >
      <p>{t("rowsTotal", { count: total })}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} disabled={page <= 1} onClick={() => onPage(1)}>
          {t("first")}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={page <= 1}
          onClick={() => onPage(current - 1)}
        >
          {t("previous")}
        </button>
        <span aria-live="polite" className="px-2">
          {t("pageOf", { page: current, pages })}
        </span>
        <button
          type="button"
          className={buttonClass}
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          {t("next")}
        </button>
        <button type="button" className={buttonClass} disabled={page >= pages} onClick={() => onPage(pages)}>
          {t("last")}
        </button>
      </div>
      <label className="flex items-center gap-2">
        <span>{t("pageSize")}</span>
        <select
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
          className="rounded border border-slate-400 bg-white px-2 py-1"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
