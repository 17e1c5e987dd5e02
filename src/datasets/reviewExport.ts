import { columnLetter } from "../excel/a1";
import type { CellValue } from "../excel/cell";
import { normalizeHeader } from "./columns";
import { labelKey } from "./keys";
import { cellText, isBlank, type Context } from "./readContext";

/**
 * What an HR system's performance-review export (钉钉绩效, 北森, Moka, an HRIS's goals export) says beside a
 * KPI sheet's roles, on the long and the wide layout: the employee number (工号), which must name one person
 * and one person only; the review period (考核周期), of which a scorecard takes one; the review's status
 * (考核状态), since a review still under way scores on what was entered so far; and the system's own
 * scores and grades (得分, 考核总分, 绩效等级), which the review does not take over: it scores from the
 * targets and actuals with its own weights and rating scale. Each is used or said, never passed over.
 */

/** Headers of each column, compared after `normalizeHeader`; none is a synonym of a scores role. */
export const REVIEW_EXPORT_HEADERS = {
  employeeId: ["Employee ID", "Employee number", "Employee No", "Employee code", "Emp ID", "Staff ID", "Worker ID", "工号", "员工工号", "员工编号", "职工号", "人员编号", "工号编码"],
  period: ["Period", "Review period", "Review cycle", "Performance period", "Performance cycle", "Cycle", "考核周期", "绩效周期", "考核期间", "考核期", "考核月份", "周期"],
  status: ["Status", "Review status", "Evaluation status", "Assessment status", "考核状态", "评估状态", "绩效状态", "活动状态", "流程状态", "状态"],
  ownScore: [
    "Score",
    "Goal score",
    "KPI score",
    "Total score",
    "Overall score",
    "Final score",
    "Rating",
    "Overall rating",
    "Final rating",
    "Grade",
    "得分",
    "评分",
    "指标得分",
    "考核项得分",
    "考核得分",
    "总分",
    "考核总分",
    "最终得分",
    "绩效得分",
    "等级",
    "考核等级",
    "绩效等级",
    "考核结果",
    "绩效结果",
  ],
} as const;

/** Status words that say a review is finished; any other non-blank status is one still under way. */
export const FINISHED_REVIEW_WORDS = ["Completed", "Complete", "Done", "Finished", "Closed", "Finalized", "Finalised", "Signed off", "Acknowledged", "已完成", "完成", "已结束", "结束", "已归档", "已发布", "已公布", "结果已公布", "已确认", "已审批", "已校准"] as const;

const KEYS = {
  employeeId: new Set(REVIEW_EXPORT_HEADERS.employeeId.map(normalizeHeader)),
  period: new Set(REVIEW_EXPORT_HEADERS.period.map(normalizeHeader)),
  status: new Set(REVIEW_EXPORT_HEADERS.status.map(normalizeHeader)),
  ownScore: new Set(REVIEW_EXPORT_HEADERS.ownScore.map(normalizeHeader)),
};
const FINISHED = new Set(FINISHED_REVIEW_WORDS.map(normalizeHeader));

/**
 * Status words that say how a goal is going (an HRIS's goal tracking: On track, At risk), not where its
 * review is: a status column of these says nothing about the review being finished.
 */
export const GOAL_STATUS_WORDS = ["On track", "On-track", "At risk", "At-risk", "Off track", "Off-track", "Behind", "Ahead", "Exceeding", "Needs attention", "进展正常", "正常", "有风险", "风险", "滞后", "落后", "超前"] as const;
const GOAL_STATUS = new Set(GOAL_STATUS_WORDS.map(normalizeHeader));

/** True for text a review export writes where nothing was entered: "--", "—", "——" (a single "-" is not). */
export function isNotEntered(v: CellValue | undefined): boolean {
  return typeof v === "string" && /^\s*(?:[-‐‑‒–－]{2,}|[—―]{1,2})\s*$/u.test(v);
}

interface Person {
  name: string;
  team: string | null;
}

/**
 * Reads the export's columns beside the roles of a scores sheet, a person's row at a time, and at the end
 * adds to the context what they say: a problem for an employee number on two people or two numbers on
 * one person, and for rows of more than one period; a warning naming the period read, the people whose
 * review is not finished, and the score and grade columns left to the export.
 */
export class ReviewExportReader {
  private readonly ids = new Map<string, { id: string; person: Person; row: number }>();
  private readonly people = new Map<string, { person: Person; id: string; row: number }>();
  private readonly periods = new Map<string, { value: string; rows: number[] }>();
  private readonly unfinished = new Map<string, { value: string; people: Map<string, { person: Person; rows: number[] }> }>();
  /** Goal statuses met in the status column (On track, At risk), each with its rows. */
  private readonly goalStatuses = new Map<string, { value: string; rows: number[] }>();
  private readonly problems: { row: number; text: string }[] = [];

  private constructor(
    private readonly ctx: Context<"scores">,
    private readonly headers: readonly (string | null)[],
    private readonly cols: { employeeId: number | null; period: number | null; status: number | null; ownScore: number[] },
  ) {}

  /** The reader for a header row, or null when it has none of these columns. */
  static forHeader(ctx: Context<"scores">, headers: readonly (string | null)[], taken: readonly number[]): ReviewExportReader | null {
    const find = (keys: Set<string>): number | null => {
      const col = headers.findIndex((h, i) => h !== null && !taken.includes(i) && keys.has(normalizeHeader(h)));
      return col < 0 ? null : col;
    };
    const ownScore = headers.flatMap((h, i) => (h !== null && !taken.includes(i) && KEYS.ownScore.has(normalizeHeader(h)) ? [i] : []));
    const cols = { employeeId: find(KEYS.employeeId), period: find(KEYS.period), status: find(KEYS.status), ownScore };
    if (cols.employeeId === null && cols.period === null && cols.status === null && ownScore.length === 0) return null;
    return new ReviewExportReader(ctx, headers, cols);
  }

  /** The columns read (employee number, period, status, own scores), so a caller does not call them unread. */
  columns(): number[] {
    const { employeeId, period, status, ownScore } = this.cols;
    return [employeeId, period, status, ...ownScore].filter((c): c is number => c !== null);
  }

  private columnPlace(col: number): string {
    return this.ctx.m.column(this.ctx.where.sheet, columnLetter(this.ctx.firstCol - 1 + col), this.headers[col] as string);
  }

  private cellPlace(col: number, row: number): string {
    return this.ctx.m.cell(this.ctx.where.sheet, row, columnLetter(this.ctx.firstCol - 1 + col), this.headers[col] as string);
  }

  /** Takes in a row that became a record of this person. */
  add(cells: readonly CellValue[], row: number, person: Person): void {
    const { m } = this.ctx;
    const personKey = `${labelKey(person.name)}\u0000${labelKey(person.team ?? "")}`;
    const { employeeId, period, status } = this.cols;
    if (employeeId !== null && !isBlank(cells[employeeId])) {
      const id = cellText(cells[employeeId] as CellValue);
      const idKey = labelKey(id);
      const byId = this.ids.get(idKey);
      if (byId === undefined) this.ids.set(idKey, { id, person, row });
      else if (labelKey(byId.person.name) !== labelKey(person.name) || labelKey(byId.person.team ?? "") !== labelKey(person.team ?? "")) {
        this.problems.push({ row, text: m.at(this.cellPlace(employeeId, row), m.idTwoPeople(id, byId.person.name, byId.person.team, byId.row, person.name, person.team)) });
      }
      const byPerson = this.people.get(personKey);
      if (byPerson === undefined) this.people.set(personKey, { person, id, row });
      else if (labelKey(byPerson.id) !== idKey) {
        this.problems.push({ row, text: m.at(this.cellPlace(employeeId, row), m.personTwoIds(person.name, person.team, byPerson.id, byPerson.row, id)) });
      }
    }
    if (period !== null && !isBlank(cells[period])) {
      const value = cellText(cells[period] as CellValue);
      const key = labelKey(value);
      const found = this.periods.get(key);
      if (found) found.rows.push(row);
      else this.periods.set(key, { value, rows: [row] });
    }
    if (status !== null && !isBlank(cells[status])) {
      const value = cellText(cells[status] as CellValue);
      if (FINISHED.has(normalizeHeader(value))) return;
      const key = labelKey(value);
      if (GOAL_STATUS.has(normalizeHeader(value))) {
        const goal = this.goalStatuses.get(key) ?? { value, rows: [] };
        this.goalStatuses.set(key, goal);
        goal.rows.push(row);
        return;
      }
      const found = this.unfinished.get(key) ?? { value, people: new Map() };
      this.unfinished.set(key, found);
      const entry = found.people.get(personKey) ?? { person, rows: [] };
      found.people.set(personKey, entry);
      entry.rows.push(row);
    }
  }

  /** Adds what the columns said to the context; returns true when an employee number named two people. */
  finish(): boolean {
    const { ctx } = this;
    const { m } = ctx;
    const { period, status, ownScore } = this.cols;
    ctx.problems.push(...this.problems);
    if (period !== null && this.periods.size > 1) {
      const periods = [...this.periods.values()];
      ctx.problems.push({ row: periods[1].rows[0], text: m.at(this.columnPlace(period), m.manyPeriods(periods.map((p) => ({ value: p.value, rows: p.rows })))) });
    } else if (period !== null && this.periods.size === 1) {
      ctx.warnings.push(m.at(this.columnPlace(period), m.onePeriod([...this.periods.values()][0].value)));
    }
    if (status !== null && this.goalStatuses.size > 0) {
      ctx.warnings.push(m.at(this.columnPlace(status), m.goalStatuses([...this.goalStatuses.values()].map((g) => ({ value: g.value, count: g.rows.length })))));
    }
    if (status !== null) {
      for (const { value, people } of this.unfinished.values()) {
        ctx.warnings.push(m.at(this.columnPlace(status), m.reviewUnfinished(value, [...people.values()].map((p) => ({ name: p.person.name, team: p.person.team, rows: p.rows })))));
      }
    }
    if (ownScore.length > 0) {
      ctx.warnings.push(m.at(m.sheet(ctx.where.sheet), m.ownScoresNotUsed(ownScore.map((c) => ({ header: this.headers[c] as string, column: columnLetter(ctx.firstCol - 1 + c) })))));
    }
    return this.problems.length > 0;
  }
}
