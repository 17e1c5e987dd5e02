import { createContext, type ReactNode, useContext } from "react";
import type { WorkbookHost } from "../../workbook/office";

const HostContext = createContext<WorkbookHost | null>(null);

/** Gives the panels the workbook they read from and write to: Excel in the add-in, a fake in tests. */
export function WorkbookHostProvider({ host, children }: { host: WorkbookHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The workbook host of the nearest provider; components never reach Excel any other way. */
export function useWorkbookHost(): WorkbookHost {
  const host = useContext(HostContext);
  if (host === null) throw new Error("useWorkbookHost needs a WorkbookHostProvider above it");
  return host;
}
