import { mapColumns, normalizeHeader } from "./columns";
import type { CellValue } from "../excel/cell";
import { labelKey } from "./keys";
import { parseMonthWord, parseYearMonth } from "../core/text/parseYearMonth";
import type { KpiDirection } from "./records";
import type { KpiLibrary, KpiLibraryEntry } from "./kpiLibrary";

/**
 * The layouts a KPI results sheet comes in, and what its headers say beyond the columns' roles.
 *
 * - long: one row per person × KPI (Name, KPI, Target, Actual), read by the column roles (columns.ts);
 * - wide: one row per person and a target/actual column pair per KPI, the KPI named by the headers:
 *   `销售额目标`/`销售额实际`, `目标销售额`, `Revenue Target`/`Revenue Actual`, `Actual Revenue`,
 *   `Target - Revenue`, `Revenue (target)`, or a two-row header with the KPI name (merged) above
 *   Target/Actual. A header may carry the KPI's direction: `Churn % (lower is better)`, `投诉数(↓)`,
 *   `投诉数目标（越低越好）`.
 *
 * Weight and direction columns (权重, 指标方向...) are read beside either layout; they are hints to the
 * scorecard, not roles a person maps, so the plan's KPI settings can still override them.
 */

type Direction = KpiDirection;

/** Words that say lower is better / higher is better, compared after `normalizeHeader`. */
const LOWER_WORDS = ["lower", "lowerisbetter", "lessisbetter", "lowerbetter", "smallerisbetter", "decreasing", "down", "↓", "越低越好", "越少越好", "越小越好", "低", "反向", "逆向", "降低", "负向", "反向指标", "负向指标", "逆向指标"];
const HIGHER_WORDS = ["higher", "higherisbetter", "moreisbetter", "higherbetter", "biggerisbetter", "increasing", "up", "↑", "越高越好", "越多越好", "越大越好", "高", "正向", "提高", "正向指标"];
const DIRECTION_WORDS = new Map<string, Direction>([
  ...LOWER_WORDS.map((w): [string, Direction] => [w, "lower"]),
  ...HIGHER_WORDS.map((w): [string, Direction] => [w, "higher"]),
]);

/** `normalizeHeader` drops symbols, so the arrows are kept apart before it. */
function directionKey(text: string): string {
  const t = text.normalize("NFKC").trim();
  if (/^[↓⬇]$/u.test(t)) return "↓";
  if (/^[↑⬆]$/u.test(t)) return "↑";
  return normalizeHeader(t);
}

/**
 * Reads a KPI direction as people write it in a cell or a plan.
 *
 * @param text - higher/lower, "lower is better", 越低越好, 越少越好, 反向, ↓ (and their opposites)
 * @returns the direction, or null when the text says neither
 *
 * @example
 * parseDirection("Lower is better") // => "lower"
 * parseDirection("越高越好") // => "higher"
 * parseDirection("maybe") // => null
 */
export function parseDirection(text: string): Direction | null {
  return DIRECTION_WORDS.get(directionKey(text)) ?? null;
}

// What a header's hint says of a direction lives with the other direction rules (kpiDirection.ts), which
// the pane's first chunk reads without this module.
import { directionHint } from "./kpiDirection";
export { directionHint };

/** "lower is better", "越低越好" anywhere in a longer text (a note), not only as a header's bracketed hint. */
const NOTE_PATTERNS: { pattern: RegExp; direction: Direction }[] = [
  { pattern: /\b(?:lower|less|smaller|fewer)\s+(?:is\s+)?better\b/iu, direction: "lower" },
  { pattern: /\b(?:higher|more|bigger|greater)\s+(?:is\s+)?better\b/iu, direction: "higher" },
  { pattern: /越低越好|越少越好|越小越好|反向指标|逆向指标|负向指标/u, direction: "lower" },
  { pattern: /越高越好|越多越好|越大越好|正向指标/u, direction: "higher" },
];

/**
 * The direction a note (an Excel comment) on a KPI's header says, as people write one where the header
 * has no room: "越低越好", "Lower is better", "指标方向：反向", "↓". Null when it says neither, or both.
 *
 * @example
 * directionInNote("张经理:\n投诉次数，越低越好") // => "lower"
 * directionInNote("Counted per month") // => null
 */
export function directionInNote(note: string): Direction | null {
  const text = note.normalize("NFKC");
  const found = new Set<Direction>();
  for (const { pattern, direction } of NOTE_PATTERNS) if (pattern.test(text)) found.add(direction);
  for (const part of text.split(/[\n\r:：;；,，。.!！]+/u)) {
    const said = parseDirection(part.trim());
    if (said !== null) found.add(said);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The layout with the directions that notes on its KPI headers give, for the KPIs whose headers give
 * none (a direction in the header itself wins).
 *
 * @param noteAt - the note on a cell of the grid (0-based row and column), if any
 */
export function withNoteDirections(layout: WideLayout, noteAt: (row: number, col: number) => string | undefined): WideLayout {
  const rows = layout.headerRows === 2 ? [layout.headerRow, layout.headerRow - 1] : [layout.headerRow];
  let changed = false;
  const pairs = layout.pairs.map((pair) => {
    if (pair.direction !== null) return pair;
    for (const col of new Set([pair.target, pair.actual])) {
      for (const row of rows) {
        const note = noteAt(row, col);
        const direction = note === undefined ? null : directionInNote(note);
        if (direction !== null) {
          changed = true;
          return { ...pair, direction, directionNote: { row, col } };
        }
      }
    }
    return pair;
  });
  return changed ? { ...layout, pairs } : layout;
}

/** Which half of a KPI's pair a column is. */
export type Side = "target" | "actual";

/** Words that mark a column as a KPI's target or actual; longest first, so 目标值 wins over 目标. */
const SIDE_WORDS: { word: string; side: Side }[] = [
  ...["目标值", "目标额", "任务额", "计划值", "目标", "任务", "计划", "指标值", "target", "goal", "quota", "plan", "tgt"].map((word) => ({ word, side: "target" as const })),
  ...["实际完成", "实际值", "完成值", "完成额", "实际", "完成", "实绩", "actual", "achieved", "result", "act"].map((word) => ({ word, side: "actual" as const })),
].sort((a, b) => b.word.length - a.word.length);

const LATIN = /[a-z]/i;
/** Separators between a KPI's name and its side word: spaces, dashes, colons, slashes, dots, underscores. */
const SEP = "[\\s\\-–—_:：/·.|]*";

/** A side word written alone (the lower row of a two-row header), or null. */
function sideOf(text: string): Side | null {
  const key = normalizeHeader(text);
  return SIDE_WORDS.find((w) => w.word === key)?.side ?? null;
}

/** A KPI name left over from a header: something with a letter, a digit or a Han character in it. */
function kpiName(text: string): string | null {
  const name = text.replace(new RegExp(`^${SEP}|${SEP}$`, "gu"), "").trim();
  // One character ("率" of 完成率) is a word's ending, not a KPI.
  return [...name].length >= 2 && /[\p{L}\p{N}]/u.test(name) ? name : null;
}

/**
 * Splits a wide-layout header into its KPI and side: `销售额目标`, `目标销售额`, `Revenue Target`,
 * `Actual Revenue`, `Target - Revenue`, `Revenue (target)`, `Revenue Target ($)`. An English side word
 * must stand apart from the KPI name (a space, a dash, a bracket), so `Planet` or `Reaction` are no pair.
 *
 * @returns the KPI's name and the side, or null when the header is no half of a pair
 *
 * @example
 * splitPairHeader("新客户数实际") // => { kpi: "新客户数", side: "actual" }
 * splitPairHeader("Target - Calls") // => { kpi: "Calls", side: "target" }
 * splitPairHeader("回款率") // => null
 */
export function splitPairHeader(header: string): { kpi: string; side: Side } | null {
  let text = header.normalize("NFKC").trim();
  // "Revenue (target)": the side in brackets.
  const bracketed = /^(.*?)\s*[(（[【]\s*([^()（）[\]【】]+?)\s*[)）\]】]\s*$/u.exec(text);
  if (bracketed) {
    const side = sideOf(bracketed[2]);
    const kpi = kpiName(bracketed[1]);
    if (side && kpi) return { kpi, side };
    // A unit or a note in brackets ("Revenue Target ($)"): read the header without it.
    text = bracketed[1].trim();
  }
  const lower = text.toLowerCase();
  for (const { word, side } of SIDE_WORDS) {
    const latin = LATIN.test(word);
    if (lower.endsWith(word)) {
      const rest = text.slice(0, text.length - word.length);
      if (latin && !/[\s\-–—_:：/·.|]$/u.test(rest)) continue;
      const kpi = kpiName(rest);
      if (kpi) return { kpi, side };
    }
    if (lower.startsWith(word)) {
      const rest = text.slice(word.length);
      if (latin && !/^[\s\-–—_:：/·.|]/u.test(rest)) continue;
      const kpi = kpiName(rest);
      if (kpi) return { kpi, side };
    }
  }
  return null;
}

/** One KPI of a wide sheet: its name from the headers and the columns of its target and actual. */
export interface WidePair {
  kpi: string;
  /** 0-based columns of the grid. */
  target: number;
  actual: number;
  /** A direction hint in either header, or null. */
  direction: Direction | null;
  /** The grid cell (0-based) whose note gave the direction, when a note did. */
  directionNote?: { row: number; col: number };
}

/** A wide KPI sheet as detected: where the header is, the person's columns and the KPI pairs. */
export interface WideLayout {
  /** 0-based row of the (last) header row; data starts below it. */
  headerRow: number;
  /** 2 for a KPI name merged above Target/Actual, else 1. */
  headerRows: 1 | 2;
  /** The header text of each column, the two rows of a two-row header joined ("销售额 目标"). */
  headers: (string | null)[];
  name: number;
  team: number | null;
  pairs: WidePair[];
  /** Headers of a target or an actual whose other half is missing: named in a warning. */
  unpaired: string[];
  /**
   * Where the targets are when the columns hold only actuals: "row" for a row labelled 目标 / Target
   * under the header (`targetRow`), "fullMarks" for columns that hold a score per KPI (得分, Score), each
   * out of `fullMarks`; absent for target/actual pairs. Each pair's target and actual are then one column.
   */
  targetSource?:
    | { kind: "row"; targetRow: number }
    | { kind: "fullMarks"; fullMarks: number[]; totals: string[] }
    | { kind: "library"; library: KpiLibrary; entries: KpiLibraryEntry[] };
}

/** The texts of a row as headers: text trimmed, numbers as written, blanks null. */
function texts(row: readonly CellValue[] | undefined): (string | null)[] {
  return (row ?? []).map((v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim()) : typeof v === "number" ? String(v) : null));
}

/** Periods, not KPIs: `Q1 Target | Q1 Actual` on a people sheet are a quarter's target and actual, not a KPI "Q1". */
const PERIOD = /^(?:q[1-4]|h[12]|fy\s*\d{2,4}|\d{4}|\d{4}\s*年|\d{4}\s*q[1-4]|q[1-4]\s*\d{4}|第?[一二三四1-4]季度|[一二三四1-4]季度|上半年|下半年|全年|年度|本年|本月|本季度?|当月|当季|annual|yearly|monthly|quarterly|ytd|mtd|qtd|月度|季度|年累计|月累计)$/iu;

/** True when a pair's "KPI" is a period: a quarter, a half, a year, a month. */
function isPeriod(kpi: string): boolean {
  const text = kpi.normalize("NFKC").trim();
  return PERIOD.test(text) || parseMonthWord(text) !== null || parseYearMonth(text) !== null;
}

/** Pairs the columns of one header row; null when it has no person column or no complete pair. */
function pairsOf(headers: readonly (string | null)[], overrides: Readonly<Record<string, string>>): Omit<WideLayout, "headerRow" | "headerRows" | "headers"> | null {
  const { columns } = mapColumns("scores", headers, overrides);
  if (columns.name === undefined) return null;
  const halves = new Map<string, { kpi: string; target?: number; actual?: number; direction: Direction | null; headers: string[] }>();
  headers.forEach((header, col) => {
    if (header === null || col === columns.name || col === columns.team) return;
    const hint = directionHint(header);
    const split = splitPairHeader(hint.text);
    if (!split || isPeriod(split.kpi)) return;
    const key = labelKey(split.kpi);
    const entry = halves.get(key) ?? { kpi: split.kpi, direction: null, headers: [] };
    if (entry[split.side] !== undefined) return; // the leftmost column of a side wins; the other is named below
    entry[split.side] = col;
    entry.direction = entry.direction ?? hint.direction;
    entry.headers.push(header);
    halves.set(key, entry);
  });
  const pairs: WidePair[] = [];
  const unpaired: string[] = [];
  for (const entry of halves.values()) {
    if (entry.target !== undefined && entry.actual !== undefined) pairs.push({ kpi: entry.kpi, target: entry.target, actual: entry.actual, direction: entry.direction });
    else unpaired.push(...entry.headers);
  }
  if (pairs.length === 0) return null;
  pairs.sort((a, b) => Math.min(a.target, a.actual) - Math.min(b.target, b.actual));
  return { name: columns.name, team: columns.team ?? null, pairs, unpaired };
}

/**
 * The two rows of a two-row header as one: under a KPI name (merged across its columns, so only its
 * first cell holds it) a lone Target/Actual becomes "KPI Target"; other columns keep the upper text
 * (Name, merged down) or the lower one.
 */
function joinTwoRows(upper: readonly (string | null)[], lower: readonly (string | null)[]): (string | null)[] | null {
  const width = Math.max(upper.length, lower.length);
  const joined: (string | null)[] = [];
  let group: string | null = null;
  let sides = 0;
  for (let c = 0; c < width; c++) {
    const top = upper[c] ?? null;
    const bottom = lower[c] ?? null;
    if (top !== null) group = top;
    const side = bottom === null ? null : sideOf(bottom);
    if (side && group !== null && (top === null || sideOf(top) === null)) {
      joined.push(`${group} ${bottom}`);
      sides++;
    } else {
      group = top === null ? group : top;
      joined.push(top ?? bottom);
      if (top === null && bottom !== null) group = null;
    }
  }
  return sides >= 2 ? joined : null;
}

/**
 * Detects a wide KPI sheet among the first 20 rows: the header row with a person column and the most
 * target/actual pairs (a single row, or a KPI name row above a Target/Actual row).
 *
 * @param grid - the sheet's cells
 * @param overrides - the plan's role → header overrides (for the person and team columns)
 * @returns the layout, or null when no row reads as a wide header
 *
 * @example
 * detectWideScores([["姓名", "部门", "销售额目标", "销售额实际"], ["张伟", "华东", 100, 90]])
 * // => { headerRow: 0, headerRows: 1, name: 0, team: 1, pairs: [{ kpi: "销售额", target: 2, actual: 3, direction: null }], ... }
 */
export function detectWideScores(grid: readonly (readonly CellValue[])[], overrides: Readonly<Record<string, string>> = {}, searchRows = 20): WideLayout | null {
  let best: WideLayout | null = null;
  const rows = Math.min(grid.length, searchRows);
  for (let r = 0; r < rows; r++) {
    const single = texts(grid[r]);
    const candidates: { headers: (string | null)[]; headerRows: 1 | 2 }[] = [{ headers: single, headerRows: 1 }];
    if (r + 1 < grid.length) {
      const joined = joinTwoRows(single, texts(grid[r + 1]));
      if (joined) candidates.push({ headers: joined, headerRows: 2 });
    }
    for (const { headers, headerRows } of candidates) {
      const found = pairsOf(headers, overrides);
      if (!found) continue;
      const layout: WideLayout = { headerRow: r + headerRows - 1, headerRows, headers, ...found };
      if (best === null || layout.pairs.length > best.pairs.length) best = layout;
    }
  }
  if (best !== null) return best;
  // No target/actual pairs: actuals under a targets row, or a score per KPI.
  for (let r = 0; r < rows; r++) {
    const layout = actualsWithTargetRow(grid, r, overrides) ?? scoreColumns(grid, r, overrides);
    if (layout) return layout;
  }
  return null;
}

/** Labels of a targets row under the header of an actuals-only sheet, compared after `normalizeHeader`. */
const TARGET_ROW_LABELS = ["目标", "目标值", "考核目标", "指标目标", "本期目标", "月度目标", "目标（100%）", "Target", "Targets", "Goal", "Goals", "Quota", "Target value"].map(normalizeHeader);

/** A score per KPI: `销售额得分`, `得分-销售额`, `Revenue score`, `Score: Revenue`. */
const SCORE_HEADER = /^(?:(.+?)[\s\-–—_:：(（]*(?:得分|评分|分数|打分|分值|score|points)[)）]?|(?:得分|评分|score|points)[\s\-–—_:：(（]+(.+?)[)）]?)$/iu;
/** A column that totals the scores: left out, since the review computes the weighted total itself. */
const TOTAL_SCORE = /^(?:总|合计|综合|最终|加权|考核)?(?:总)?(?:得分|分数|评分)$|^(?:total|overall|final|weighted|kpi)\s*(?:score|points)$|^总分$/iu;

/**
 * The KPI a score column is about, or null: `销售额得分` → 销售额, `Revenue score` → Revenue. A total
 * (总分, 综合得分, Total score) is no KPI.
 *
 * @example
 * scoreKpi("回款率得分") // => "回款率"
 * scoreKpi("总分") // => null
 */
export function scoreKpi(header: string): string | null {
  const text = header.normalize("NFKC").trim();
  if (TOTAL_SCORE.test(text)) return null;
  const m = SCORE_HEADER.exec(text);
  const kpi = (m?.[1] ?? m?.[2] ?? "").trim();
  return kpi === "" ? null : kpi;
}

/** True for the label of a targets row (目标, Target) in the person column of an actuals-only sheet. */
export function isTargetRowLabel(label: string): boolean {
  return TARGET_ROW_LABELS.includes(normalizeHeader(label));
}

/**
 * An actuals-only KPI sheet: a header with a person column, KPI names as the other headers, and a row
 * labelled 目标 / Target under it (within three rows) that gives each KPI's target; a KPI is a column
 * with a target in that row. Weight and direction columns and the team are no KPIs.
 */
function actualsWithTargetRow(grid: readonly (readonly CellValue[])[], r: number, overrides: Readonly<Record<string, string>>): WideLayout | null {
  const headers = texts(grid[r]);
  const { columns } = mapColumns("scores", headers, overrides);
  if (columns.name === undefined || columns.kpi !== undefined) return null;
  const hints = hintColumns(headers);
  for (let t = r + 1; t <= Math.min(r + 3, grid.length - 1); t++) {
    const label = grid[t]?.[columns.name];
    if (typeof label !== "string" || !isTargetRowLabel(label)) continue;
    const pairs: WidePair[] = [];
    headers.forEach((header, col) => {
      if (header === null || col === columns.name || col === columns.team || col === hints.weight || col === hints.direction) return;
      const target = grid[t]?.[col];
      // A KPI is a column with a target; a target that is no number is named when the sheet is read.
      if (target === null || target === undefined || typeof target === "boolean" || (typeof target === "string" && target.trim() === "")) return;
      const hint = directionHint(header);
      pairs.push({ kpi: hint.text, target: col, actual: col, direction: hint.direction });
    });
    if (pairs.length === 0) return null;
    return { headerRow: r, headerRows: 1, headers, name: columns.name, team: columns.team ?? null, pairs, unpaired: [], targetSource: { kind: "row", targetRow: t } };
  }
  return null;
}

/**
 * An actuals-only KPI sheet whose targets are in a KPI library (指标库): a header with a person column
 * and a column per KPI of the library (its name as the library writes it, a direction hint aside). Each
 * pair's `entries[k]` is that KPI's row of the library. Null unless at least one column is a library KPI.
 */
export function actualsFromLibrary(grid: readonly (readonly CellValue[])[], library: KpiLibrary, overrides: Readonly<Record<string, string>> = {}, searchRows = 20): WideLayout | null {
  const byKey = new Map(library.entries.map((e) => [labelKey(e.kpi), e]));
  for (let r = 0; r < Math.min(grid.length, searchRows); r++) {
    const headers = texts(grid[r]);
    const { columns } = mapColumns("scores", headers, overrides);
    if (columns.name === undefined || columns.kpi !== undefined) continue;
    const pairs: WidePair[] = [];
    const entries: KpiLibraryEntry[] = [];
    headers.forEach((header, col) => {
      if (header === null || col === columns.name || col === columns.team) return;
      const hint = directionHint(header);
      const entry = byKey.get(labelKey(hint.text));
      if (!entry) return;
      pairs.push({ kpi: entry.kpi, target: col, actual: col, direction: hint.direction });
      entries.push(entry);
    });
    if (pairs.length > 0) return { headerRow: r, headerRows: 1, headers, name: columns.name, team: columns.team ?? null, pairs, unpaired: [], targetSource: { kind: "library", library, entries } };
  }
  return null;
}

/**
 * A sheet that holds a score per KPI (销售额得分, Revenue score), two or more: each score is read as the
 * KPI's actual against its full marks, which are 100, or 1 when every score in the column is a fraction
 * (a percentage cell). A total score column is left out (the review weights the KPIs itself).
 */
function scoreColumns(grid: readonly (readonly CellValue[])[], r: number, overrides: Readonly<Record<string, string>>): WideLayout | null {
  const headers = texts(grid[r]);
  const { columns } = mapColumns("scores", headers, overrides);
  if (columns.name === undefined || columns.kpi !== undefined) return null;
  const pairs: WidePair[] = [];
  const fullMarks: number[] = [];
  const totals: string[] = [];
  headers.forEach((header, col) => {
    if (header === null || col === columns.name || col === columns.team) return;
    const hint = directionHint(header);
    if (TOTAL_SCORE.test(hint.text.normalize("NFKC").trim())) {
      totals.push(header);
      return;
    }
    const kpi = scoreKpi(hint.text);
    if (kpi === null) return;
    const values = grid.slice(r + 1).map((row) => row[col]).filter((v): v is number => typeof v === "number");
    pairs.push({ kpi, target: col, actual: col, direction: hint.direction });
    fullMarks.push(values.length > 0 && values.every((v) => Math.abs(v) <= 1.5) ? 1 : 100);
  });
  if (pairs.length < 2) return null;
  return { headerRow: r, headerRows: 1, headers, name: columns.name, team: columns.team ?? null, pairs, unpaired: [], targetSource: { kind: "fullMarks", fullMarks, totals } };
}

/** Headers of a weight or a direction column, beside either layout, compared after `normalizeHeader`. */
const WEIGHT_HEADERS = ["Weight", "Weighting", "KPI weight", "Weight %", "权重", "指标权重", "权重比例", "权重(%)", "占比"].map(normalizeHeader);
// Not 指标类型: it usually says 定量/定性 (quantitative or not), which is no direction.
const DIRECTION_HEADERS = ["Direction", "KPI direction", "Polarity", "Better when", "指标方向", "方向", "考核方向", "指标性质"].map(normalizeHeader);

/**
 * What a row of a wide sheet labelled in its person column holds for every KPI: "weight" for a weights
 * row (权重, Weight), "direction" for a directions row (指标方向, Direction), else null.
 *
 * @example
 * settingsRowKind("权重") // => "weight"
 */
export function settingsRowKind(label: string): "weight" | "direction" | null {
  const key = normalizeHeader(label);
  if (WEIGHT_HEADERS.includes(key) || key === "weights") return "weight";
  if (DIRECTION_HEADERS.includes(key)) return "direction";
  return null;
}

/**
 * The weight and direction columns of a header row, if any (the leftmost of each).
 *
 * @example
 * hintColumns(["姓名", "指标", "权重", "指标方向", "目标", "实际"]) // => { weight: 2, direction: 3 }
 */
export function hintColumns(headers: readonly (string | null)[]): { weight: number | null; direction: number | null } {
  const find = (words: readonly string[]): number | null => {
    const col = headers.findIndex((h) => h !== null && words.includes(normalizeHeader(h)));
    return col < 0 ? null : col;
  };
  return { weight: find(WEIGHT_HEADERS), direction: find(DIRECTION_HEADERS) };
}

/**
 * The plan's corrections of a wide sheet's pairs (`sources.scores.pairs`): KPI name → the header of its
 * target column and of its actual column (either or both). On a sheet of actuals only (targets in a row,
 * or scores out of full marks) a KPI has one column, named as its `actual`.
 */
export type PairOverrides = Readonly<Record<string, { readonly target?: string; readonly actual?: string }>>;

/** A correction that could not be made: a header the sheet lacks, a KPI without both halves, a target that is no column. */
export type PairProblem =
  | { kind: "noHeader"; kpi: string; side: Side; header: string }
  | { kind: "halfPair"; kpi: string }
  | { kind: "noTargetColumn"; kpi: string };

/** The column whose header is `header`: written the same, else the same after `normalizeHeader`. */
function columnOf(headers: readonly (string | null)[], header: string): number {
  const exact = headers.findIndex((h) => h !== null && h === header.trim());
  if (exact >= 0) return exact;
  const key = normalizeHeader(header);
  return headers.findIndex((h) => h !== null && normalizeHeader(h) === key);
}

/**
 * Applies the plan's pair corrections to a detected wide layout: a KPI's target or actual column is the
 * one the plan names; a KPI the detection missed is added when both its columns are named. A column taken
 * from another KPI leaves that KPI out (its other half named as unpaired). A KPI's direction hint is read
 * again from its new headers.
 *
 * @returns the corrected layout, and each correction that could not be made (the caller reports them)
 *
 * @example
 * applyPairs(layout, { 销售额: { target: "销售额目标(调整后)" } }).layout.pairs[0].target // => the column of 销售额目标(调整后)
 */
export function applyPairs(layout: WideLayout, overrides: PairOverrides): { layout: WideLayout; problems: PairProblem[] } {
  const problems: PairProblem[] = [];
  const single = layout.targetSource !== undefined;
  let pairs = layout.pairs.map((p) => ({ ...p }));
  let fullMarks = layout.targetSource?.kind === "fullMarks" ? [...layout.targetSource.fullMarks] : null;
  const unpaired = [...layout.unpaired];
  for (const [kpi, sides] of Object.entries(overrides)) {
    const cols: Partial<Record<Side, number>> = {};
    for (const side of ["target", "actual"] as const) {
      const header = sides[side];
      if (header === undefined) continue;
      if (single && side === "target") {
        problems.push({ kind: "noTargetColumn", kpi });
        continue;
      }
      const col = columnOf(layout.headers, header);
      if (col < 0 || col === layout.name || col === layout.team) problems.push({ kind: "noHeader", kpi, side, header });
      else cols[side] = col;
    }
    if (single && cols.actual !== undefined) cols.target = cols.actual;
    if (cols.target === undefined && cols.actual === undefined) continue;
    let k = pairs.findIndex((p) => labelKey(p.kpi) === labelKey(kpi));
    if (k < 0) {
      if (cols.target === undefined || cols.actual === undefined || fullMarks !== null) {
        problems.push({ kind: "halfPair", kpi });
        continue;
      }
      pairs.push({ kpi, target: cols.target, actual: cols.actual, direction: null });
      k = pairs.length - 1;
    }
    const pair = pairs[k];
    if (cols.target !== undefined) pair.target = cols.target;
    if (cols.actual !== undefined) pair.actual = cols.actual;
    const hint = (col: number): Direction | null => directionHint(layout.headers[col] ?? "").direction;
    pair.direction = hint(pair.target) ?? hint(pair.actual);
    // The columns now this KPI's are no other KPI's: a pair that loses one is left out, its other half named.
    const taken = new Set([pair.target, pair.actual]);
    const keep = pairs.map((p, i) => i === k || (!taken.has(p.target) && !taken.has(p.actual)));
    pairs.forEach((p, i) => {
      if (keep[i]) return;
      for (const col of new Set([p.target, p.actual])) if (!taken.has(col)) unpaired.push(layout.headers[col] as string);
    });
    pairs = pairs.filter((_, i) => keep[i]);
    if (fullMarks !== null) fullMarks = fullMarks.filter((_, i) => keep[i]);
  }
  const source = layout.targetSource;
  const targetSource = source?.kind === "fullMarks" ? { ...source, fullMarks: fullMarks as number[] } : source;
  return { layout: { ...layout, pairs, unpaired, ...(targetSource ? { targetSource } : {}) }, problems };
}
