import { KpiError, Result, valueError } from "../core/errors";
import { isBlank } from "./cells";

/**
 * Ranges as Excel passes them to custom functions (`unknown[][]`, a single value as a 1×1 matrix), and
 * the shapes of the results that spill back. Readers here throw KpiError; `excel()` turns it into the
 * cell's error.
 */

export type Matrix = unknown[][];
export interface Shape {
  rows: number;
  cols: number;
}
export type Reader<T> = (cell: unknown, where: string) => T | null | KpiError;
/** What a result cell may hold: a value, "" for blank, or the error of that cell alone. */
export type OutCell = number | string | boolean | KpiError;

/** The argument as a matrix; null when Excel passed nothing (an omitted optional argument). */
export function toMatrix(arg: unknown): Matrix | null {
  if (arg === null || arg === undefined) return null;
  if (Array.isArray(arg)) {
    if (arg.length === 0) return null;
    return Array.isArray(arg[0]) ? (arg as Matrix) : [arg];
  }
  return [[arg]];
}

export function shapeOf(m: Matrix): Shape {
  return { rows: m.length, cols: m[0]?.length ?? 0 };
}

export function isSingle(shape: Shape): boolean {
  return shape.rows === 1 && shape.cols === 1;
}

/** How an error message names one cell of an argument: `weights: row 3`, `months: column 2`. */
export function cellName(name: string, shape: Shape, r: number, c: number): string {
  if (isSingle(shape)) return name;
  if (shape.cols === 1) return `${name}: row ${r + 1}`;
  if (shape.rows === 1) return `${name}: column ${c + 1}`;
  return `${name}: row ${r + 1}, column ${c + 1}`;
}

/** Core messages count list items as rows; in a horizontal range they are columns. */
export function renameRows(error: KpiError, shape: Shape): KpiError {
  if (shape.rows !== 1 || shape.cols === 1) return error;
  return new KpiError(error.kind, error.message.replace(/\brow (\d+)/g, "column $1"));
}

export function required(name: string, arg: unknown): Matrix {
  const m = toMatrix(arg);
  if (m === null) throw valueError(`${name} is required`);
  return m;
}

/** Reads a range as a list, row by row, blanks as null. */
export function readList<T>(name: string, arg: unknown, read: Reader<T>): { values: (T | null)[]; shape: Shape } {
  const m = required(name, arg);
  const shape = shapeOf(m);
  const values: (T | null)[] = new Array(shape.rows * shape.cols);
  let i = 0;
  for (let r = 0; r < shape.rows; r++) {
    const row = m[r];
    for (let c = 0; c < shape.cols; c++) {
      const v = read(row[c], cellName(name, shape, r, c));
      if (v instanceof KpiError) throw v;
      values[i++] = v;
    }
  }
  return { values, shape };
}

/** A single value; blank or omitted gives the fallback (or, when there is none, a #VALUE! saying it is required). */
export function readScalar<T>(name: string, arg: unknown, read: Reader<T>, fallback?: T): T {
  const m = toMatrix(arg);
  const cell = m === null ? null : m[0][0];
  if (m !== null && !isSingle(shapeOf(m))) throw valueError(`${name} must be a single value, not a range`);
  const v = read(cell, name);
  if (v instanceof KpiError) throw v;
  if (v === null) {
    if (fallback === undefined) throw valueError(`${name} is required`);
    return fallback;
  }
  return v;
}

/**
 * Reads a lookup table with one reader per column (bands, tiers, a rating scale). Rows blank in every
 * column are dropped (people select a few spare rows); a row blank in only some columns is an error.
 */
export function readTable<T extends unknown[]>(
  name: string,
  arg: unknown,
  columns: { [K in keyof T]: { title: string; read: Reader<T[K]> } },
): T[] {
  const m = required(name, arg);
  const shape = shapeOf(m);
  const titles = (columns as { title: string }[]).map((col) => col.title).join(", ");
  if (shape.cols !== columns.length) {
    throw valueError(`${name} must have ${columns.length} columns (${titles}); it has ${shape.cols}`);
  }
  const rows: T[] = [];
  for (let r = 0; r < shape.rows; r++) {
    if (m[r].every(isBlank)) continue;
    const row = (columns as { title: string; read: Reader<unknown> }[]).map((col, c) => {
      const v = col.read(m[r][c], `${name}: row ${r + 1}, ${col.title}`);
      if (v instanceof KpiError) throw v;
      if (v === null) throw valueError(`${name}: row ${r + 1}, ${col.title} is blank`);
      return v;
    });
    rows.push(row as T);
  }
  if (rows.length === 0) throw valueError(`${name} is empty`);
  return rows;
}

/** Lays a flat list back out in the shape it came from. */
export function reshape<T>(values: readonly T[], shape: Shape): T[][] {
  const out: T[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) out[r] = values.slice(r * shape.cols, (r + 1) * shape.cols) as T[];
  return out;
}

/** An elementwise argument: its name, what Excel passed, how to read a cell, and what blank means. */
export interface Each<T> {
  name: string;
  arg: unknown;
  read: Reader<T>;
  /** Used when the argument is omitted or a cell is blank. Without one, a blank cell gives a blank result. */
  fallback?: T | null;
}

/**
 * Applies a scalar calculation cell by cell: ranges of one shape give a result of that shape, a single
 * value is used for every cell, a blank input gives a blank result (so a formula can run past the data),
 * and an error stays in its cell. A 1×1 error becomes the error of the formula, with its message.
 */
export function elementwise<T extends unknown[], R extends OutCell>(
  args: { [K in keyof T]: Each<T[K]> },
  compute: (...values: T) => Result<R>,
): unknown[][] {
  const specs = args as Each<unknown>[];
  const matrices = specs.map((spec) => {
    const m = toMatrix(spec.arg);
    if (m === null && spec.fallback === undefined) throw valueError(`${spec.name} is required`);
    return m;
  });
  let shape: Shape = { rows: 1, cols: 1 };
  let shapeFrom = "";
  specs.forEach((spec, i) => {
    const m = matrices[i];
    if (m === null) return;
    const s = shapeOf(m);
    if (isSingle(s)) return;
    if (shapeFrom === "") {
      shape = s;
      shapeFrom = spec.name;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      throw valueError(
        `${spec.name} is ${s.rows}×${s.cols} but ${shapeFrom} is ${shape.rows}×${shape.cols}; use ranges of one shape or a single value`,
      );
    }
  });
  const values: unknown[] = new Array(specs.length);
  const out: unknown[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      row[c] = cellResult(specs, matrices, values, r, c, compute as (...v: unknown[]) => Result<OutCell>);
    }
    out[r] = row;
  }
  if (isSingle(shape) && out[0][0] instanceof KpiError) throw out[0][0];
  return out;
}

function cellResult(
  specs: Each<unknown>[],
  matrices: (Matrix | null)[],
  values: unknown[],
  r: number,
  c: number,
  compute: (...v: unknown[]) => Result<OutCell>,
): OutCell {
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const m = matrices[i];
    if (m === null) {
      values[i] = spec.fallback;
      continue;
    }
    const s = shapeOf(m);
    const single = isSingle(s);
    const v = spec.read(single ? m[0][0] : m[r][c], single ? spec.name : cellName(spec.name, s, r, c));
    if (v instanceof KpiError) return v;
    if (v === null) {
      if (spec.fallback === undefined) return "";
      values[i] = spec.fallback;
    } else {
      values[i] = v;
    }
  }
  return compute(...values);
}
