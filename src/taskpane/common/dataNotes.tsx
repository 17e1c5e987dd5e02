import { createContext, useContext } from "react";

/**
 * What the data chosen says that a plan form shows beside its fields (a KPI's direction from a
 * direction column, or what its name suggests), keyed by the form's own keys. The flow computes it
 * with the engine once the sources are chosen; forms only read it.
 */
export type DataNotes = Readonly<Record<string, string>>;

export const DataNotesContext = createContext<DataNotes>({});

/** The notes of the data chosen for the plan form on screen. */
export function useDataNotes(): DataNotes {
  return useContext(DataNotesContext);
}
