import { getTranslations } from "next-intl/server";

// A grid page's placeholder while its rows load (the pages' loading.tsx): the heading's and
// the rows' shapes, announced once as "loading".
export async function GridSkeleton({ rows = 8 }: { rows?: number }) {
  const t = await getTranslations("common");
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex animate-pulse flex-col gap-4"
      data-testid="grid-skeleton"
    >
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-72 max-w-full rounded bg-slate-200" />
      <div aria-hidden="true" className="h-4 w-[32rem] max-w-full rounded bg-slate-200" />
      <div aria-hidden="true" className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3">
        <div className="h-6 rounded bg-brand-50" />
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows without identity
          <div key={i} className="h-5 rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
