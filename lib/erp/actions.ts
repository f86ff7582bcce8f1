"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { importCsv } from "./csv-import";
import { ZCreateErpTokenSchema, ZCsvUploadSchema, ZRevokeErpTokenSchema } from "./token-schema";
import { createErpToken, revokeErpToken } from "./tokens";

// createErpTokenAction – staff make a token for an ERP integration; the secret is returned once
export const createErpTokenAction = staffAction(ZCreateErpTokenSchema, async ({ name }, { staff }) => {
  const created = await db.$transaction(async (tx) => {
    const token = await createErpToken(tx, name);
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: "STAFF",
      action: "erp.token.create",
      objectType: "ErpToken",
      objectId: String(token.id),
      after: { name },
    });
    return token;
  });
  revalidatePath("/staff/erp");
  return created;
});

// revokeErpTokenAction – staff revoke a token; requests with it get 401 from then on
export const revokeErpTokenAction = staffAction(ZRevokeErpTokenSchema, async ({ id }, { staff }) => {
  await db.$transaction(async (tx) => {
    if (!(await revokeErpToken(tx, id))) throw notFound();
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: "STAFF",
      action: "erp.token.revoke",
      objectType: "ErpToken",
      objectId: String(id),
    });
  });
  revalidatePath("/staff/erp");
  return { id };
});

// importCsvAction – staff import (or dry-run) a CSV file of one ERP entity; answers per row
export const importCsvAction = staffAction(ZCsvUploadSchema, async (input, { staff }) => {
  const { entity, dryRun, fileName, text } = input;
  const { rows, ...summary } = await importCsv(entity, text, { dryRun, fileName, actorUserId: staff.userId });
  if (!dryRun) revalidatePath("/", "layout");
  const shown = rows.filter((r) => dryRun || r.outcome === "rejected").slice(0, 1000);
  return {
    ...summary,
    rejected: summary.rejected.length,
    dryRun,
    rows: shown,
    moreRows: rows.length > shown.length,
  };
});
