"use client";
// What the portal's layout tells its grids: the signed-in user, so that a grid's column choices are
// kept per user (see use-column-choices), and whether the request came from a phone, for the
// server's first render (see use-narrow-screen).
import { createContext, type ReactNode, useContext } from "react";

type TGridScope = { user: string; phone: boolean };
const GridScopeContext = createContext<TGridScope>({ user: "anonymous", phone: false });

export function GridUserScope({ user, phone, children }: TGridScope & { children: ReactNode }) {
  return <GridScopeContext.Provider value={{ user, phone }}>{children}</GridScopeContext.Provider>;
}

export function useGridUser(): string {
  return useContext(GridScopeContext).user;
}

/** Whether the page's request came from a phone (lib/http/phone-hint.ts). */
export function usePhoneRequest(): boolean {
  return useContext(GridScopeContext).phone;
}
