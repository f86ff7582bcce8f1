import Link from "next/link";
import type { ReactNode } from "react";

export function PageTitle({
  title,
  back,
  children,
}: {
  title: string;
  back?: { href: string; label: string };
  children?: ReactNode;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div>
        {back ? (
          <Link href={back.href} className="text-sm text-brand-700 underline">
            ← {back.label}
          </Link>
        ) : null}
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      </div>
      {children}
    </div>
  );
}
