import { maxOf } from "../../core/numbers/extremes";
import { isoDate } from "../../core/text/parseDate";
import { rangeRef } from "../../excel/a1";
import { exactCriterion, fx, join, range, ref, text, type Formula } from "../../excel/formula";
import { activityTypeLabel } from "../../datasets/activityTypes";
import { CellGrid } from "../../sheets/cellGrid";
import { nameGroup, type activitiesSheet, type dealsSheet } from "../../sheets/dataCopies";
import { DATE, PERCENT, WHOLE, ONE_DECIMAL } from "../../sheets/formats";
import type { Cell, CellValue, ConditionalFormat, SheetSpec } from "../../sheets/spec";
import type { BuildContext } from "../context";
import type { ActivityLabels } from "./labels";
import { WINDOWS, type ActivityModel, type PersonModel, type WindowKind } from "./model";

/**
 * Places the Activity sheet: heading and notes; the team summary for the morning meeting (each type on
 * the day, the week and the month to date against the team's quota); one row per person (each quota's
 * counts, month quota and share, then days and weeks short, streaks and a flag, and with deals the
 * activities per won deal and follow-ups per open deal); the activities per deal reaching each stage;
 * below them the settings the formulas read: the as-of date, the people, the quotas, the windows and
 * the holidays.
 */

/** The data copies the sheet's formulas read. */
export interface ActivityCopies {
  activities: ReturnType<typeof activitiesSheet>;
  deals?: ReturnType<typeof dealsSheet>;
}

/** Per quota in the person table: the day, week and month to date, the month's quota and the share of it. */
const PER_QUOTA = 5;
/** Per window in the team summary: done, quota, share. */
const PER_WINDOW = 3;
const AFTER = ["monthTotal", "daysShort", "weeksShort", "currentStreak", "longestStreak", "status"] as const;
const DEALS = ["activities", "won", "perWon", "open", "followUps", "perOpen"] as const;
/** After the deals: the team (when anyone has one) and, when someone joined or left in a window, their dates and working days in the role per window. */
const ROLE = ["team", "start", "end", "dayDays", "weekDays", "monthDays"] as const;
type RoleColumn = (typeof ROLE)[number];
const DAYS_COLUMN: Record<(typeof WINDOWS)[number], RoleColumn> = { day: "dayDays", week: "weekDays", month: "monthDays" };
/** The most working days a month has: the length of the settings' list of the month's working days. */
const MONTH_DAYS = 23;
/** The column of that list, beside the holidays. */
const MONTH_DAYS_COLUMN = 2;
/** The settings' window rows: the summary's three windows, then the year to date. */
const SETTING_WINDOWS: readonly WindowKind[] = [...WINDOWS, "year"];

function rowsOf(model: ActivityModel) {
  let r = 0;
  const next = (): number => r++;
  const title = next();
  const subtitle = next();
  const quotaNote = next();
  const valuesNote = next();
  const firstWarning = r;
  r += model.warnings.length + 1;
  const summaryTitle = next();
  const summaryGroup = next();
  const summaryHeader = next();
  const firstType = r;
  r += model.types.length;
  const totalRow = next();
  r++;
  const personGroup = next();
  const personHeader = next();
  const firstPerson = r;
  r += model.people.length;
  const lastPerson = r - 1;
  r++;
  let teamsHeader = -1;
  let firstTeam = -1;
  if (model.teams.length > 0) {
    teamsHeader = next();
    firstTeam = r;
    r += model.teams.length;
    r++;
  }
  let stageTitle = -1;
  let stageHeader = -1;
  let yearTotal = -1;
  let firstStage = -1;
  if (model.stages) {
    stageTitle = next();
    next(); // the deals note
    stageHeader = next();
    yearTotal = next();
    firstStage = r;
    r += model.stages.length;
    r++;
  }
  const [settings, inputsNote, asOf, people] = Array.from({ length: 4 }, next);
  r++;
  const quotaHeader = next();
  const firstQuota = r;
  r += Math.max(model.quotas.length, 1);
  r++;
  const windowHeader = next();
  const firstWindow = r;
  r += SETTING_WINDOWS.length;
  r++;
  const holidayHeader = next();
  const firstHoliday = r;
  return {
    title, subtitle, quotaNote, valuesNote, firstWarning, summaryTitle, summaryGroup, summaryHeader, firstType, totalRow,
    personGroup, personHeader, firstPerson, lastPerson, teamsHeader, firstTeam, stageTitle, stageHeader, yearTotal, firstStage,
    settings, inputsNote, asOf, people, quotaHeader, firstQuota, windowHeader, firstWindow, holidayHeader, firstHoliday,
  };
}
type Rows = ReturnType<typeof rowsOf>;

interface Placing {
  ctx: BuildContext;
  t: ActivityLabels;
  model: ActivityModel;
  copies: ActivityCopies;
  rows: Rows;
  grid: CellGrid;
  asOf: Formula;
  people: Formula;
  holidays: Formula | null;
  /** First column of the columns after the quotas, and of the deals' columns. */
  after: number;
  deals: number;
  /** The columns of the team, dates and working days in the role that this sheet has. */
  role: Partial<Record<RoleColumn, number>>;
}

const windowRow = (p: Placing, kind: WindowKind): number => p.rows.firstWindow + SETTING_WINDOWS.indexOf(kind);
const windowStart = (p: Placing, kind: WindowKind): Formula => ref(windowRow(p, kind), 1, true);
const windowDays = (p: Placing, kind: WindowKind): Formula => ref(windowRow(p, kind), 3, true);
const rateOf = (p: Placing, k: number): Formula => ref(p.rows.firstQuota + k, 3, true);
/** The column of a quota's measure in the person table. */
const quotaCol = (k: number, measure: number): number => 1 + k * PER_QUOTA + measure;

function windowName(t: ActivityLabels, kind: WindowKind): string {
  return { day: t.day, week: t.week, month: t.month, year: t.year }[kind];
}

/** Dates from a window's start to the as-of date, as SUMIFS criteria on a date column. */
function upToAsOf(p: Placing, date: Formula, kind: WindowKind): Formula {
  return fx`${date},">="&${windowStart(p, kind)},${date},"<="&${p.asOf}`;
}

function placeHeading(p: Placing): void {
  const { ctx, t, rows, grid, model } = p;
  grid.set(rows.title, 0, { v: ctx.plan.title ? `${t.title} · ${ctx.plan.title}` : t.title, style: "title" });
  grid.set(rows.subtitle, 0, { v: t.asOfLine(isoDate(model.asOf)), style: "subtitle" });
  grid.set(rows.quotaNote, 0, { v: t.quotaNote, style: "subtitle" });
  grid.set(rows.valuesNote, 0, { v: model.prorated ? `${t.valuesNote(isoDate(model.trackedFrom))} ${t.proratedNote}` : t.valuesNote(isoDate(model.trackedFrom)), style: "subtitle" });
  model.warnings.forEach((w, i) => grid.set(rows.firstWarning + i, 0, { v: w, style: "warning" }));
}

/** A header over several columns, merged. */
function group(p: Placing, row: number, first: number, last: number, label: string, merges: string[]): void {
  p.grid.set(row, first, { v: label, style: "header" });
  for (let c = first + 1; c <= last; c++) p.grid.set(row, c, { v: null, style: "header" });
  if (last > first) merges.push(rangeRef(row, first, row, last));
}

function placeSummary(p: Placing, merges: string[]): void {
  const { t, rows, grid, model, copies } = p;
  const a = copies.activities;
  grid.set(rows.summaryTitle, 0, { v: t.teamSummary, style: "subtitle" });
  grid.set(rows.summaryHeader, 0, { v: t.type, style: "header" });
  grid.set(rows.summaryGroup, 0, { v: null, style: "header" });
  WINDOWS.forEach((kind, w) => {
    const base = 1 + w * PER_WINDOW;
    group(p, rows.summaryGroup, base, base + PER_WINDOW - 1, windowName(t, kind), merges);
    [t.done, t.quota, t.ofQuota].forEach((h, i) => grid.set(rows.summaryHeader, base + i, { v: h, style: "header" }));
  });
  model.types.forEach((type, i) => {
    const row = rows.firstType + i;
    grid.set(row, 0, { v: type.label });
    const criterion = exactCriterion(ref(row, 0, "column"), type.label);
    const k = type.quota ? model.quotas.indexOf(type.quota) : -1;
    WINDOWS.forEach((kind, w) => {
      const base = 1 + w * PER_WINDOW;
      grid.set(row, base, { v: type.counts[w], f: fx`SUMIFS(${a.column("count")},${a.column("type")},${criterion},${upToAsOf(p, a.column("date"), kind)})`, fmt: WHOLE });
      if (type.quotas && type.ofQuota && k >= 0) {
        const quota = ref(row, base + 1);
        const days = p.role[DAYS_COLUMN[kind]];
        const quotaF = days !== undefined && model.people.length > 0 ? fx`${rateOf(p, k)}*SUM(${range(rows.firstPerson, days, rows.lastPerson, days, true)})` : fx`${rateOf(p, k)}*${windowDays(p, kind)}*${p.people}`;
        grid.set(row, base + 1, { v: type.quotas[w], f: quotaF, fmt: ONE_DECIMAL });
        grid.set(row, base + 2, { v: type.ofQuota[w], f: fx`IF(${quota}=0,"",${ref(row, base)}/${quota})`, fmt: PERCENT });
      } else {
        grid.set(row, base + 1, { v: null });
        grid.set(row, base + 2, { v: null });
      }
    });
  });
  grid.set(rows.totalRow, 0, { v: t.allActivities, style: "total" });
  WINDOWS.forEach((_, w) => {
    const c = 1 + w * PER_WINDOW;
    const f = model.types.length === 0 ? fx`0` : fx`SUM(${range(rows.firstType, c, rows.totalRow - 1, c)})`;
    grid.set(rows.totalRow, c, { v: model.totals[w], f, fmt: WHOLE, style: "total" });
    grid.set(rows.totalRow, c + 1, { v: null, style: "total" });
    grid.set(rows.totalRow, c + 2, { v: null, style: "total" });
  });
}

function placePersonHeader(p: Placing, merges: string[]): void {
  const { t, rows, grid, model } = p;
  grid.set(rows.personGroup, 0, { v: null, style: "header" });
  grid.set(rows.personHeader, 0, { v: t.person, style: "header" });
  model.quotas.forEach((q, k) => {
    group(p, rows.personGroup, quotaCol(k, 0), quotaCol(k, PER_QUOTA - 1), q.label, merges);
    [t.day, t.week, t.month, t.monthQuota, t.ofQuota].forEach((h, i) => grid.set(rows.personHeader, quotaCol(k, i), { v: h, style: "header" }));
  });
  group(p, rows.personGroup, p.after, p.after + AFTER.length - 1, t.allActivities, merges);
  const afterWords: Record<(typeof AFTER)[number], string> = {
    // Weeks short and streaks are worked out at build time: their headers say so, as the note above the table does.
    monthTotal: t.month, daysShort: t.daysShort, weeksShort: t.asValue(t.weeksShort), currentStreak: t.asValue(t.currentStreak), longestStreak: t.asValue(t.longestStreak), status: t.status,
  };
  AFTER.forEach((m, i) => grid.set(rows.personHeader, p.after + i, { v: afterWords[m], style: "header" }));
  if (p.copies.deals) {
    group(p, rows.personGroup, p.deals, p.deals + DEALS.length - 1, t.dealsHeader, merges);
    const dealWords: Record<(typeof DEALS)[number], string> = {
      activities: t.activities, won: t.wonDeals, perWon: t.perWon, open: t.openDeals, followUps: t.followUps, perOpen: t.perOpen,
    };
    DEALS.forEach((m, i) => grid.set(rows.personHeader, p.deals + i, { v: dealWords[m], style: "header" }));
  }
  const roleWords: Record<RoleColumn, string> = { team: t.team, start: t.startDate, end: t.endDate, dayDays: t.day, weekDays: t.week, monthDays: t.month };
  const placed = ROLE.filter((m) => p.role[m] !== undefined);
  if (placed.length > 0) group(p, rows.personGroup, p.role[placed[0]] as number, p.role[placed[placed.length - 1]] as number, placed.includes("monthDays") ? t.inRole : t.team, merges);
  placed.forEach((m) => grid.set(rows.personHeader, p.role[m] as number, { v: roleWords[m], style: "header" }));
}

function placePerson(p: Placing, row: number, person: PersonModel): void {
  const { grid, model, copies, t } = p;
  const a = copies.activities;
  grid.set(row, 0, { v: person.name });
  const name = exactCriterion(ref(row, 0, "column"), person.name);
  // The person's block of the grouped copy: each SUMIFS reads only their rows, so the sheet stays
  // linear in rows (and still matches the name, so a row edited to another rep drops out).
  const block = a.blockOf(nameGroup(person.name));
  const col = (role: "count" | "rep" | "type" | "date"): Formula => a.column(role, block ?? undefined);
  const counted = (value: number, f: Formula): Cell => (block === null ? { v: value, fmt: WHOLE } : { v: value, f, fmt: WHOLE });
  const share: Formula[] = [];
  model.quotas.forEach((q, k) => {
    const pq = person.quotas[k];
    const type = exactCriterion(ref(p.rows.personGroup, quotaCol(k, 0), true), q.label);
    WINDOWS.forEach((kind, w) => {
      grid.set(row, quotaCol(k, w), counted(pq.counts[w], fx`SUMIFS(${col("count")},${col("rep")},${name},${col("type")},${type},${upToAsOf(p, col("date"), kind)})`));
    });
    const quota = ref(row, quotaCol(k, 3));
    const monthDays = p.role.monthDays === undefined ? windowDays(p, "month") : ref(row, p.role.monthDays);
    grid.set(row, quotaCol(k, 3), { v: pq.monthQuota, f: fx`${rateOf(p, k)}*${monthDays}`, fmt: ONE_DECIMAL });
    grid.set(row, quotaCol(k, 4), { v: pq.ofQuota, f: fx`IF(${quota}=0,"",${ref(row, quotaCol(k, 2))}/${quota})`, fmt: PERCENT });
    share.push(ref(row, quotaCol(k, 4)));
  });
  const at = (m: (typeof AFTER)[number]): number => p.after + AFTER.indexOf(m);
  grid.set(row, at("monthTotal"), counted(person.monthTotal, fx`SUMIFS(${col("count")},${col("rep")},${name},${upToAsOf(p, col("date"), "month")})`));
  const value = (v: CellValue): Cell => ({ v, fmt: WHOLE });
  grid.set(row, at("daysShort"), daysShortCell(p, row, person, block !== null));
  grid.set(row, at("weeksShort"), value(person.weeksShort));
  grid.set(row, at("currentStreak"), value(person.currentStreak));
  grid.set(row, at("longestStreak"), value(person.longestStreak));
  const below = join(share.map((s) => fx`AND(ISNUMBER(${s}),${s}<1)`), ",");
  grid.set(row, at("status"), share.length === 0 ? { v: "" } : { v: person.short ? t.short : "", f: fx`IF(OR(${below}),${text(t.short)},"")` });
  placeRole(p, row, person);

  if (!copies.deals || !person.deals) return;
  const d = person.deals;
  const deals = copies.deals;
  const dc = (m: (typeof DEALS)[number]): number => p.deals + DEALS.indexOf(m);
  const own = deals.blockOf(nameGroup(person.name));
  const owned = (v: number, status: "won" | "open"): Cell =>
    own === null ? { v, fmt: WHOLE } : { v, f: fx`COUNTIFS(${deals.column("owner", own)},${name},${deals.column("status", own)},${deals.status(status)})`, fmt: WHOLE };
  const followUp = activityTypeLabel("followUp", p.ctx.language);
  grid.set(row, dc("activities"), counted(d.activities, fx`SUMIFS(${col("count")},${col("rep")},${name},${upToAsOf(p, col("date"), "year")})`));
  grid.set(row, dc("won"), owned(d.won, "won"));
  grid.set(row, dc("perWon"), { v: d.perWon, f: fx`IF(${ref(row, dc("won"))}=0,"",${ref(row, dc("activities"))}/${ref(row, dc("won"))})`, fmt: ONE_DECIMAL });
  grid.set(row, dc("open"), owned(d.open, "open"));
  grid.set(row, dc("followUps"), counted(d.followUps, fx`SUMIFS(${col("count")},${col("rep")},${name},${col("type")},${text(followUp)},${upToAsOf(p, col("date"), "year")})`));
  grid.set(row, dc("perOpen"), { v: d.perOpen, f: fx`IF(${ref(row, dc("open"))}=0,"",${ref(row, dc("followUps"))}/${ref(row, dc("open"))})`, fmt: ONE_DECIMAL });
}

/**
 * The working days of the month to date on which the person missed a daily quota, counted by the sheet:
 * over the settings' list of the month's working days, a day is short when one daily quota's SUMIFS over
 * the person's block is below it (and, with start and end dates, it is a day in the role). A person
 * without rows in the log has every day short: a value.
 */
function daysShortCell(p: Placing, row: number, person: PersonModel, hasBlock: boolean): Cell {
  const { model, copies, rows } = p;
  const daily = model.quotas.map((q, k) => ({ q, k })).filter(({ q }) => q.per === "day");
  if (person.daysShort === "" || daily.length === 0 || !hasBlock) return { v: person.daysShort, fmt: WHOLE };
  const a = copies.activities;
  const block = a.blockOf(nameGroup(person.name)) ?? undefined;
  const name = exactCriterion(ref(row, 0, "column"), person.name);
  const days = range(rows.firstHoliday, MONTH_DAYS_COLUMN, rows.firstHoliday + MONTH_DAYS - 1, MONTH_DAYS_COLUMN, true);
  const short = daily.map(({ q, k }) => {
    const type = exactCriterion(ref(rows.personGroup, quotaCol(k, 0), true), q.label);
    return fx`(SUMIFS(${a.column("count", block)},${a.column("rep", block)},${name},${a.column("type", block)},${type},${a.column("date", block)},${days})<${ref(rows.firstQuota + k, 1, true)})`;
  });
  const { start, end } = p.role;
  const inRole = start !== undefined && end !== undefined ? fx`*(${days}>=N(${ref(row, start)}))*(${days}<=IF(${ref(row, end)}="",${p.asOf},${ref(row, end)}))` : fx``;
  return { v: person.daysShort, f: fx`SUMPRODUCT((${days}<>"")${inRole}*((${join(short, "+")})>0))`, fmt: WHOLE };
}

/** The person's team, and with proration their dates and working days in the role in each window. */
function placeRole(p: Placing, row: number, person: PersonModel): void {
  const { grid, role } = p;
  if (role.team !== undefined) grid.set(row, role.team, { v: person.team ?? "" });
  if (role.start === undefined || role.end === undefined) return;
  grid.set(row, role.start, { v: person.start ?? "", fmt: DATE });
  grid.set(row, role.end, { v: person.end ?? "", fmt: DATE });
  const start = ref(row, role.start);
  const end = ref(row, role.end);
  WINDOWS.forEach((kind, w) => {
    // From the later of the window's start and the start date, to the earlier of the as-of date and the end date.
    const from = fx`MAX(${windowStart(p, kind)},N(${start}))`;
    const to = fx`MIN(${p.asOf},IF(${end}="",${p.asOf},${end}))`;
    const days = p.holidays ? fx`NETWORKDAYS(${from},${to},${p.holidays})` : fx`NETWORKDAYS(${from},${to})`;
    grid.set(row, role[DAYS_COLUMN[kind]] as number, { v: person.days[w], f: fx`IF(${from}>${to},0,${days})`, fmt: WHOLE });
  });
}

/** One row per team: SUMIFS of its members' rows by the team column, shares from those sums (as the Progress review's team subtotals). */
function placeTeams(p: Placing): void {
  const { grid, rows, model, t } = p;
  if (model.teams.length === 0 || p.role.team === undefined) return;
  grid.set(rows.teamsHeader, 0, { v: t.teamSubtotals, style: "subtitle" });
  const people = (c: number): Formula => range(rows.firstPerson, c, rows.lastPerson, c, true);
  const teamColumn = people(p.role.team);
  model.teams.forEach((team, k) => {
    const row = rows.firstTeam + k;
    const name = exactCriterion(ref(row, 0, "column"), team.name);
    const sumOf = (c: number, v: CellValue, fmt = WHOLE): void => grid.set(row, c, { v, f: fx`SUMIFS(${people(c)},${teamColumn},${name})`, fmt, style: "total" });
    const shareOf = (c: number, v: CellValue, done: number, of: number, fmt: string): void =>
      grid.set(row, c, { v, f: fx`IF(${ref(row, of)}=0,"",${ref(row, done)}/${ref(row, of)})`, fmt, style: "total" });
    grid.set(row, 0, { v: team.name, style: "total" });
    team.quotas.forEach((q, i) => {
      WINDOWS.forEach((_, w) => sumOf(quotaCol(i, w), q.counts[w]));
      sumOf(quotaCol(i, 3), q.monthQuota, ONE_DECIMAL);
      shareOf(quotaCol(i, 4), q.ofQuota, quotaCol(i, 2), quotaCol(i, 3), PERCENT);
    });
    const at = (m: (typeof AFTER)[number]): number => p.after + AFTER.indexOf(m);
    sumOf(at("monthTotal"), team.monthTotal);
    if (team.daysShort !== "") sumOf(at("daysShort"), team.daysShort);
    if (team.weeksShort !== "") sumOf(at("weeksShort"), team.weeksShort);
    if (team.deals && p.copies.deals) {
      const dc = (m: (typeof DEALS)[number]): number => p.deals + DEALS.indexOf(m);
      sumOf(dc("activities"), team.deals.activities);
      sumOf(dc("won"), team.deals.won);
      shareOf(dc("perWon"), team.deals.perWon, dc("activities"), dc("won"), ONE_DECIMAL);
      sumOf(dc("open"), team.deals.open);
      sumOf(dc("followUps"), team.deals.followUps);
      shareOf(dc("perOpen"), team.deals.perOpen, dc("followUps"), dc("open"), ONE_DECIMAL);
    }
    WINDOWS.forEach((kind, w) => {
      const c = p.role[DAYS_COLUMN[kind]];
      if (c !== undefined) sumOf(c, team.days[w]);
    });
  });
}

function placeStages(p: Placing): void {
  const { t, rows, grid, model, copies } = p;
  if (!model.stages || !copies.deals) return;
  const a = copies.activities;
  grid.set(rows.stageTitle, 0, { v: t.stageHeader, style: "subtitle" });
  grid.set(rows.stageTitle + 1, 0, { v: t.dealsNote, style: "subtitle" });
  [t.stage, t.dealsReached, t.perReached].forEach((h, c) => grid.set(rows.stageHeader, c, { v: h, style: "header" }));
  grid.set(rows.yearTotal, 0, { v: t.activities });
  grid.set(rows.yearTotal, 2, { v: model.yearTotal, f: fx`SUMIFS(${a.column("count")},${upToAsOf(p, a.column("date"), "year")})`, fmt: WHOLE });
  const total = ref(rows.yearTotal, 2, true);
  const stageCol = copies.deals.column("stage");
  model.stages.forEach((stage, i) => {
    const row = rows.firstStage + i;
    grid.set(row, 0, { v: stage.stage });
    const counts = model.stages!.slice(i).map((s, j) => fx`COUNTIFS(${stageCol},${exactCriterion(ref(rows.firstStage + i + j, 0), s.stage)})`);
    grid.set(row, 1, { v: stage.reached, f: join(counts, "+"), fmt: WHOLE });
    grid.set(row, 2, { v: stage.perDeal, f: fx`IF(${ref(row, 1)}=0,"",${total}/${ref(row, 1)})`, fmt: ONE_DECIMAL });
  });
}

function placeSettings(p: Placing): void {
  const { t, rows, grid, model } = p;
  grid.set(rows.settings, 0, { v: t.settings, style: "subtitle" });
  grid.set(rows.inputsNote, 0, { v: t.inputsNote, style: "subtitle" });
  grid.set(rows.asOf, 0, { v: t.asOf });
  grid.set(rows.asOf, 1, { v: model.asOf, fmt: DATE, style: "input" });
  grid.set(rows.people, 0, { v: t.people });
  // Everyone may have left before the month: then there is no name to count, and no quota.
  const count = model.people.length === 0 ? fx`0` : fx`COUNTA(${range(rows.firstPerson, 0, rows.lastPerson, 0)})`;
  grid.set(rows.people, 1, { v: model.people.length, f: count });

  [t.type, t.quota, t.per, t.rate].forEach((h, c) => grid.set(rows.quotaHeader, c, { v: h, style: "header" }));
  model.quotas.forEach((q, k) => {
    const row = rows.firstQuota + k;
    const per = q.per === "day" ? t.perDay : t.perWeek;
    grid.set(row, 0, { v: q.label });
    grid.set(row, 1, { v: q.quota, style: "input" });
    grid.set(row, 2, { v: per });
    grid.set(row, 3, { v: q.rate, f: fx`IF(${ref(row, 2)}=${text(t.perWeek)},${ref(row, 1)}/5,${ref(row, 1)})`, fmt: ONE_DECIMAL });
  });

  [t.window, t.start, t.end, t.workingDays].forEach((h, c) => grid.set(rows.windowHeader, c, { v: h, style: "header" }));
  const a = p.asOf;
  const starts: Record<WindowKind, Formula | null> = {
    day: fx`${a}`,
    week: fx`${a}-WEEKDAY(${a},2)+1`,
    month: fx`DATE(YEAR(${a}),MONTH(${a}),1)`,
    year: null,
  };
  const windows = [...model.windows, model.year];
  SETTING_WINDOWS.forEach((kind, i) => {
    const row = rows.firstWindow + i;
    const w = windows[i];
    const start = ref(row, 1);
    grid.set(row, 0, { v: windowName(t, kind) });
    const f = starts[kind];
    // The year to date starts with the plan's period, an input; the others follow the as-of date.
    grid.set(row, 1, f ? { v: w.start, f, fmt: DATE } : { v: w.start, fmt: DATE, style: "input" });
    grid.set(row, 2, { v: w.end, f: fx`${a}`, fmt: DATE });
    const days = p.holidays ? fx`NETWORKDAYS(${start},${ref(row, 2)},${p.holidays})` : fx`NETWORKDAYS(${start},${ref(row, 2)})`;
    grid.set(row, 3, { v: w.workingDays, f: fx`IF(${ref(row, 2)}<${start},0,${days})` });
  });

  grid.set(rows.holidayHeader, 0, { v: t.holidays, style: "header" });
  // The month's working days to the as-of date, one a row (blank past the last), for the days short.
  grid.set(rows.holidayHeader, MONTH_DAYS_COLUMN, { v: t.monthDays, style: "header" });
  const monthStart = windowStart(p, "month");
  for (let k = 1; k <= MONTH_DAYS; k++) {
    const workday = p.holidays ? fx`WORKDAY(${monthStart}-1,${k},${p.holidays})` : fx`WORKDAY(${monthStart}-1,${k})`;
    grid.set(rows.firstHoliday + k - 1, MONTH_DAYS_COLUMN, { v: model.monthDays[k - 1] ?? "", f: fx`IF(${k}>${windowDays(p, "month")},"",${workday})`, fmt: DATE });
  }
  model.holidays.forEach((h, i) => grid.set(rows.firstHoliday + i, 0, { v: h, fmt: DATE, style: "input" }));
  if (model.holidays.length === 0) grid.set(rows.firstHoliday, 0, { v: null, fmt: DATE, style: "input" });
}

/** Shares of quota below 100% and the Short flag show red. */
function looksOf(p: Placing): ConditionalFormat[] {
  const { rows, t, model } = p;
  const below = (row1: number, row2: number, c: number): ConditionalFormat => ({
    type: "expression",
    range: rangeRef(row1, c, row2, c),
    formula: fx`AND(ISNUMBER(${ref(row1, c)}),${ref(row1, c)}<1)`,
    look: "bad",
  });
  const looks: ConditionalFormat[] = [];
  if (model.types.length > 0) WINDOWS.forEach((_, w) => looks.push(below(rows.firstType, rows.firstType + model.types.length - 1, 1 + w * PER_WINDOW + 2)));
  if (model.people.length > 0) {
    model.quotas.forEach((_, k) => looks.push(below(rows.firstPerson, rows.lastPerson, quotaCol(k, 4))));
    const c = p.after + AFTER.indexOf("status");
    looks.push({ type: "expression", range: rangeRef(rows.firstPerson, c, rows.lastPerson, c), formula: fx`${ref(rows.firstPerson, c)}=${text(t.short)}`, look: "bad" });
  }
  return looks;
}

/** Characters a text takes in a column: Chinese, Japanese and Korean characters count double. */
function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Lays out the Activity sheet: every count caches the model's value and is a formula over the data
 * copies and the settings block, so a changed as-of date or quota recomputes the sheet.
 *
 * @example
 * activitySheet(ctx, t, model, { activities }).name // => "Activity"
 */
export function activitySheet(ctx: BuildContext, t: ActivityLabels, model: ActivityModel, copies: ActivityCopies): SheetSpec {
  const rows = rowsOf(model);
  const after = 1 + model.quotas.length * PER_QUOTA;
  const deals = after + AFTER.length;
  let next = deals + (copies.deals ? DEALS.length : 0);
  const role: Placing["role"] = {};
  if (model.teams.length > 0) role.team = next++;
  if (model.prorated) for (const m of ["start", "end", "dayDays", "weekDays", "monthDays"] as const) role[m] = next++;
  const p: Placing = {
    ctx, t, model, copies, rows, grid: new CellGrid(),
    asOf: ref(rows.asOf, 1, true),
    people: ref(rows.people, 1, true),
    holidays: model.holidays.length > 0 ? range(rows.firstHoliday, 0, rows.firstHoliday + model.holidays.length - 1, 0, true) : null,
    after,
    deals,
    role,
  };
  const merges: string[] = [];
  placeHeading(p);
  placeSummary(p, merges);
  placePersonHeader(p, merges);
  model.people.forEach((person, k) => placePerson(p, rows.firstPerson + k, person));
  placeTeams(p);
  placeStages(p);
  placeSettings(p);
  const longest = maxOf([t.person, t.type, t.allActivities, t.activities, ...model.types.map((x) => x.label), ...model.people.map((x) => x.name)].map(displayWidth));
  const width = p.grid.width();
  return {
    name: t.sheet,
    purpose: "activity",
    rows: p.grid.rows,
    columnWidths: Array.from({ length: width }, (_, c) => (c === 0 ? Math.min(50, Math.max(16, longest + 2)) : 13)),
    frozen: { rows: 0, cols: 1 },
    merges,
    conditionalFormats: looksOf(p),
    warnings: model.warnings,
  };
}
