/** A plain cell value as both hosts read and write it. Strings are always text, never formulas; dates are serials. */
export type CellValue = number | string | boolean | null;
