import type { TGridColumn } from "@/lib/grid/types";
import type { TTranslate as TNamespaceTranslate } from "@/lib/i18n/translate";

// The two returns grids' columns (SPEC §2.1 and §2.4); labels come from the returns namespace.
type TTranslate = TNamespaceTranslate<"returns">;

export const HISTORY_COLUMN_IDS = [
  "salesOrderNumber",
  "customerPoNumber",
  "specialOrder",
  "articleNumber",
  "externalArticleNumbers",
  "articleName",
  "netUnitPrice",
  "quantityOrdered",
  "quantityDelivered",
  "quantityReturned",
  "quantityInRequest",
  "remaining",
  "deliveryDate",
] as const;

export function historyColumns(t: TTranslate): TGridColumn[] {
  return [
    { id: "salesOrderNumber", label: t("columns.salesOrderNumber"), type: "text" },
    { id: "customerPoNumber", label: t("columns.customerPoNumber"), type: "text" },
    { id: "specialOrder", label: t("columns.specialOrder"), type: "flag" },
    { id: "articleNumber", label: t("columns.articleNumber"), type: "text" },
    { id: "externalArticleNumbers", label: t("columns.externalArticleNumbers"), type: "text" },
    { id: "articleName", label: t("columns.articleName"), type: "text" },
    { id: "netUnitPrice", label: t("columns.netUnitPrice"), type: "money", align: "right" },
    { id: "quantityOrdered", label: t("columns.quantityOrdered"), type: "number", align: "right" },
    { id: "quantityDelivered", label: t("columns.quantityDelivered"), type: "number", align: "right" },
    { id: "quantityReturned", label: t("columns.quantityReturned"), type: "number", align: "right" },
    { id: "quantityInRequest", label: t("columns.quantityInRequest"), type: "number", align: "right" },
    // The database's generated column DeliveredLine.quantityRemaining (history-query maps it).
    { id: "remaining", label: t("columns.remaining"), type: "number", align: "right" },
    { id: "deliveryDate", label: t("columns.deliveryDate"), type: "date" },
  ];
}

export const RMA_LINE_STATUSES = ["EXPECTED", "RECEIVED", "REJECTED", "INVOICED"] as const;

export function statusColumns(t: TTranslate): TGridColumn[] {
  return [
    { id: "rmaNumber", label: t("columns.rmaNumber"), type: "text" },
    { id: "rmaDate", label: t("columns.rmaDate"), type: "date" },
    { id: "barcode", label: t("columns.barcode"), type: "text", sortable: false, filterable: false },
    { id: "formPdf", label: t("columns.formPdf"), type: "text", sortable: false, filterable: false },
    { id: "labelPdf", label: t("columns.labelPdf"), type: "text", sortable: false, filterable: false },
    { id: "articleNumber", label: t("columns.articleNumber"), type: "text" },
    { id: "externalArticleNumbers", label: t("columns.externalArticleNumbers"), type: "text" },
    { id: "articleName", label: t("columns.articleName"), type: "text" },
    { id: "remark", label: t("columns.remark"), type: "text" },
    { id: "quantityExpected", label: t("columns.quantityExpected"), type: "number", align: "right" },
    { id: "receivedAt", label: t("columns.receivedAt"), type: "date" },
    { id: "quantityReceived", label: t("columns.quantityReceived"), type: "number", align: "right" },
    {
      id: "status",
      label: t("columns.status"),
      type: "text",
      options: RMA_LINE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
    },
    { id: "creditNote", label: t("columns.creditNote"), type: "text", sortable: false, filterable: false },
  ];
}
