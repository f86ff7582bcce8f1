"use client";
// The signed-in user, so that a grid's column choices are kept per user (see use-column-choices).
import { createContext, type ReactNode, useContext } from "react";

const GridUserContext = createContext("anonymous");

export function GridUserScope({ user, children }: { user: string; children: ReactNode }) {
  return <GridUserContext.Provider value={user}>{children}</GridUserContext.Provider>;
}

export function useGridUser(): string {
  return useContext(GridUserContext);
}
