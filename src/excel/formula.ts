import { cellRef, columnLetter, rangeRef } from "./a1";

/**
 * The one way a formula is written. A `Formula` is formula text that is safe to splice into another:
 * a reference, a quoted text literal, a number, or a formula built from those. Plain strings cannot be
 * spliced (the compiler refuses them), so text from a person's data or a label always goes through
 * `text()` and is quoted and escaped, and can never change what a formula means.
 *
 * @example
 * const won = text('Say "won"');
 * fx`IF(${ref(4, 2)}=${won},${1.5},0)` // => 'IF(C5="Say ""won""",1.5,0)'
 */

declare const FORMULA: unique symbol;

/** Formula text built by this module (no leading "="). It is still a string, so a host writes it as is. */
export type Formula = string & { readonly [FORMULA]: true };

/** What may be spliced into a formula: another formula (a reference, a text literal) or a number. */
export type Part = Formula | number;

function trusted(text: string): Formula {
  return text as Formula;
}

/**
 * A number as a formula writes it: no float noise (15 significant digits, as Excel keeps), no exponent.
 *
 * @example
 * num(0.1 + 0.2) // => "0.3"
 * num(1e-7) // => "0.0000001"
 */
export function num(value: number): Formula {
  if (!Number.isFinite(value)) throw new Error(`a formula cannot hold the number ${value}`);
  const s = String(Number.parseFloat(value.toPrecision(15)));
  return trusted(s.includes("e") ? value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "") : s);
}

/**
 * A text literal: quoted, with inner quotes doubled.
 *
 * @example
 * text('A "B"') // => '"A ""B"""'
 */
export function text(value: string): Formula {
  return trusted(`"${value.replace(/"/g, '""')}"`);
}

/** The part as formula text. */
function partText(part: Part): string {
  return typeof part === "number" ? num(part) : part;
}

/**
 * Builds a formula from a template: the template's own text is the formula's syntax; every `${}` is a
 * Formula (a reference, `text()`, another `fx`) or a number.
 *
 * @example
 * fx`SUM(${range(1, 2, 9, 2)})*${0.5}` // => "SUM(C2:C10)*0.5"
 */
export function fx(strings: TemplateStringsArray, ...parts: Part[]): Formula {
  // Joined from an array, the text is one flat string: appended piece by piece, V8 keeps it as a tree
  // of every piece (tens of bytes each), which for a review of 100,000 rows is gigabytes.
  const pieces: string[] = [strings[0]];
  for (let i = 0; i < parts.length; i++) pieces.push(partText(parts[i]), strings[i + 1]);
  return trusted(pieces.join(""));
}

/** The operators and separators `join` may put between parts. */
export type Joiner = "+" | "-" | "*" | "," | "&" | ":";

/**
 * Parts joined by one operator or separator; `empty` when there are none.
 *
 * @example
 * join([ref(0, 0), ref(0, 1)], "+") // => "A1+B1"
 */
export function join(parts: readonly Part[], joiner: Joiner, empty: Part = text("")): Formula {
  return parts.length === 0 ? fx`${empty}` : trusted(parts.map(partText).join(joiner));
}

/** Which part of a reference stays put when the formula is filled: both, neither, only the column ("$B7"), only the row ("B$7"). */
export type Anchor = boolean | "column" | "row";

/**
 * A cell reference, 0-based: row 6, column 1 is "B7"; anchored it is "$B$7", "$B7" (column) or "B$7" (row).
 *
 * @example
 * [ref(6, 1), ref(6, 1, true), ref(6, 1, "column"), ref(6, 1, "row")] // => ["B7", "$B$7", "$B7", "B$7"]
 */
export function ref(row: number, col: number, anchor: Anchor = false): Formula {
  if (typeof anchor === "boolean") return trusted(cellRef(row, col, anchor));
  return trusted(anchor === "column" ? `$${columnLetter(col)}${row + 1}` : `${columnLetter(col)}$${row + 1}`);
}

/** A range reference: "B2:B13"; `abs` gives "$B$2:$B$13". */
export function range(row1: number, col1: number, row2: number, col2: number, abs = false): Formula {
  return trusted(rangeRef(row1, col1, row2, col2, abs));
}

/** A sheet name as a reference prefix: quoted, inner quotes doubled ('Q1 Deals'!). */
export function sheetPrefix(sheet: string): Formula {
  return trusted(`'${sheet.replace(/'/g, "''")}'!`);
}

/** A reference on another sheet: 'Data - Deals'!$B$2:$B$9. */
export function onSheet(sheet: string, reference: Formula): Formula {
  return trusted(sheetPrefix(sheet) + reference);
}

/**
 * A reference written as the user would type it, checked to be one: "B2", "$B$2:$D$9", "B:B". Anything
 * else throws, so a label can never pass for a reference.
 *
 * @example
 * a1("$A5") // => "$A5"
 */
export function a1(reference: string): Formula {
  if (!/^\$?[A-Z]{1,3}\$?\d*(:\$?[A-Z]{1,3}\$?\d*)?$/.test(reference)) throw new Error(`"${reference}" is not an A1 reference`);
  return trusted(reference);
}

/**
 * A SUMIFS/COUNTIFS criterion that matches exactly the text held in the cell `cell`. Plain text is the
 * cell itself; text an engine would read as an operator or a wildcard (=Eve, <x, a*b, a~b) or blank text
 * is escaped, so a user's name never changes what the criterion means.
 *
 * @param cell - the cell holding the text, as the formula refers to it
 * @param value - the text that cell holds
 *
 * @example
 * exactCriterion(ref(4, 0), "Ann") // => "A5"
 * exactCriterion(ref(4, 0), "=Eve") // => '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A5,"~","~~"),"*","~*"),"?","~?")'
 */
export function exactCriterion(cell: Formula, value: string): Formula {
  if (value !== "" && !/[*?~]/.test(value) && !/^[=<>]/.test(value)) return cell;
  return fx`"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}
