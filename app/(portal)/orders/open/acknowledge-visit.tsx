"use client";
import { useEffect } from "react";
import { acknowledgeOpenOrders } from "@/lib/orders/actions";

/** Records the visit once the marks are on screen; a refresh in the same visit keeps them (see seen-baseline.ts). */
export function AcknowledgeVisit() {
  useEffect(() => {
    void acknowledgeOpenOrders({});
  }, []);
  return null;
}
