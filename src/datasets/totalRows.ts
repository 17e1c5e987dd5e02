import { memoText } from "../core/text/memoText";
import { normalizeHeader } from "./columns";
import type { CellValue } from "../excel/cell";

/** Total and subtotal rows: a total label in a text cell, or numbers that are the sums of the rows above. */
/** Labels of a total or subtotal row, compared after `normalizeHeader`. */
const TOTAL_WORDS = new Set(
  [
    ...["total", "grand total", "team total", "sub total", "subtotal", "overall total", "region total", "department total", "dept total", "group total", "page total"].flatMap((w) => [w, `${w}s`]),
    ...["sum", "合计", "总计", "小计", "总和", "汇总", "共计", "全部", "总合计", "全部合计", "团队合计", "部门合计", "小组合计", "本页合计", "本页小计", "团队小计", "部门小计"],
  ].map(normalizeHeader),
);

/** What may follow a total word: a count ("60 records", "5人"), or a note in brackets ("(All regions)"). */
const TOTAL_TAIL = /(?:\s*[(（[【][^)）\]】]*[)）\]】]|[\s:：,，]*\d[\d,.]*\s*(?:records?|rows?|items?|entries|people|persons?|reps?|employees?|人|条|项|名|行|位)?)\s*$/iu;

/** The count line an HR system's export ends with: "共 9 条记录", "共12条数据", "共 5 人". */
const COUNT_LINE = /^共\s*\d[\d,]*\s*(?:条|人|项|行|名|位)(?:记录|数据)?$/u;

/**
 * True for a total row's label: a total word (Total, Grand total, Team total, Subtotal, Sum, 合计, 总计,
 * 小计, 汇总, 全部...) as the whole cell, or followed by a count or a bracketed note ("Grand Totals (60
 * records)", "合计：5人"), or an export's count line ("共 9 条记录"). "Total Wang" is a person.
 *
 * @example
 * isTotalLabel("Grand Totals (60 records)") // => true
 * isTotalLabel("Total Wang") // => false
 */
export const isTotalLabel: (text: string) => boolean = memoText((text) => {
  // Asked of every text cell of every row (a name, a type repeated 365 times each): each text is worked out once.
  const t = text.normalize("NFKC").trim();
  return TOTAL_WORDS.has(normalizeHeader(t)) || TOTAL_WORDS.has(normalizeHeader(t.replace(TOTAL_TAIL, ""))) || COUNT_LINE.test(t);
});

/**
 * The label of a total row, or null: a total label (see `isTotalLabel`) in the label column (the person,
 * the year of a history row), or in any text cell when the label column holds no text of its own (a
 * "Team total" under the team, a 合计 in the first column), so a person's row whose KPI is called "Sum"
 * stays a person's row.
 */
export function totalLabel(cells: readonly CellValue[], label: CellValue): string | null {
  if (typeof label === "string" && isTotalLabel(label)) return label.trim();
  if (typeof label === "string" && label.trim() !== "") return null;
  for (const v of cells) {
    if (typeof v === "string" && isTotalLabel(v)) return v.trim();
  }
  return null;
}

/**
 * Tells a total row that has no label (SUM formulas under the data) by its numbers: every number in it
 * is its column's sum over the rows above, since the header or the last total row. Only rows of numbers
 * and blanks, under at least two rows, qualify.
 */
export class ColumnSums {
  private sums = new Map<number, number>();
  private rows = 0;

  /** Counts a data row in. */
  add(cells: readonly CellValue[]): void {
    cells.forEach((v, c) => {
      if (typeof v === "number") this.sums.set(c, (this.sums.get(c) ?? 0) + v);
    });
    this.rows++;
  }

  /** Starts again under a total row. */
  reset(): void {
    this.sums.clear();
    this.rows = 0;
  }

  /** Whether the row is the sums of the rows counted. */
  isTotal(cells: readonly CellValue[]): boolean {
    if (this.rows < 2 || cells.some((v) => typeof v === "string" && v.trim() !== "") || cells.some((v) => typeof v === "boolean")) return false;
    const numbers = cells.flatMap((v, c) => (typeof v === "number" ? [[c, v] as const] : []));
    return numbers.length > 0 && numbers.every(([c, v]) => Math.abs(v - (this.sums.get(c) ?? Number.NaN)) <= 1e-9 * Math.max(1, Math.abs(v)));
  }
}
