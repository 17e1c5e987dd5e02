/**
 * The bundled sample team: a sales team's hand-made workbook (title rows, a total row, numbers typed as
 * text, real dates) in English and Chinese, and the plans that go with it. Deterministic: a seeded
 * random generator and fixed dates, so `npx tsx examples/generate.ts` writes the same bytes every time.
 * `generateTeam` also writes the large workbooks the command-line benchmark reads.
 */
import { maxOf, minOf } from "../src/core/numbers/extremes";
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { commissionFor } from "../src/core/commission";
import { isKpiError } from "../src/core/errors";
import { dateSerial } from "../src/core/text/parseDate";
import type { PlanInput } from "../src/reviews/plan";

export type Language = "en" | "zh-CN";

/** What to generate: how many of each, in which language, from which seed. */
export interface TeamOptions {
  /** People on the team sheet (and rows of the paid sheet when there are transactions). */
  reps: number;
  /** Rows of the deals sheet; 0 leaves the sheet out. */
  deals: number;
  /** Transactions; 0 leaves the transactions and paid sheets out. */
  transactions: number;
  /** KPIs per person on the KPI results sheet (1 to 6); 0 leaves the sheet out. */
  kpis: number;
  /** Days of activity log (日报) ending on the as-of date; 0 or absent leaves the activities sheet out. */
  activityDays?: number;
  language: Language;
  seed: number;
}

/** The bundled sample: 12 reps, 400 deals, 2,000 transactions, 5 KPIs, a year of daily activities. */
export const SAMPLE_TEAM: Omit<TeamOptions, "language"> = { reps: 12, deals: 400, transactions: 2000, kpis: 5, activityDays: 365, seed: 2026 };

/** The review year and the day the sample is "as of". */
export const REVIEW_YEAR = 2026;
export const AS_OF = "2026-11-20";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = 25569;
const AS_OF_SERIAL = serial(2026, 11, 20);
const YEAR_START = serial(2026, 1, 1);
const JOIN_DATE = serial(2026, 4, 1);
const LEAVE_DATE = serial(2026, 9, 30);
/** Every 12th person from the 11th joins on 1 April; every 12th from the 8th leaves on 30 September. */
const JOINER = 10;
const LEAVER = 7;

const DATE_FORMAT = "yyyy-mm-dd";
const MONEY_FORMAT = "#,##0";
const PERCENT_FORMAT = "0%";

interface Labels {
  sheets: { team: string; kpis: string; history: string; deals: string; transactions: string; paid: string };
  title: string;
  kpiTitle: string;
  total: string;
  teamHeader: string[];
  kpiHeader: string[];
  kpiNames: string[];
  historyHeader: string[];
  month: (m: number) => string | number;
  dealHeader: string[];
  stages: string[];
  status: { open: string; won: string; lost: string };
  transactionHeader: string[];
  lines: string[];
  paidHeader: string[];
  teams: string[];
  names: string[];
  /** A name for person i beyond the named ones. */
  extraName: (i: number) => string;
  ratings: string[];
}

const LABELS: Record<Language, Labels> = {
  en: {
    sheets: { team: "Team", kpis: "KPI results", history: "Sales history", deals: "Deals", transactions: "Transactions", paid: "Paid" },
    title: "Sales team 2026",
    kpiTitle: "KPI results 2026 (as of 20 Nov)",
    total: "Total",
    teamHeader: ["Name", "Team", "Target", "Last year", "Potential", "Start date", "End date"],
    kpiHeader: ["Name", "KPI", "Target", "Actual"],
    kpiNames: ["Revenue", "New customers", "Proposals sent", "Win rate", "Complaints", "Customer visits"],
    historyHeader: ["Year", "Month", "Sales"],
    month: (m) => m,
    dealHeader: ["Deal", "Owner", "Stage", "Status", "Amount", "Created", "Stage date", "Close date"],
    stages: ["Lead", "Needs", "Proposal", "Negotiation", "Won"],
    status: { open: "Open", won: "Won", lost: "Lost" },
    transactionHeader: ["Transaction ID", "Rep", "Date", "Product line", "Amount", "Split share"],
    lines: ["Hardware", "Software", "Services"],
    paidHeader: ["Rep", "Paid"],
    teams: ["North", "South", "East"],
    names: ["Ann Lee", "Ben Ortiz", "Chloe Martin", "David Kim", "Emma Novak", "Farid Haddad", "Grace Chen", "Hugo Silva", "Isla Brown", "Jonas Weber", "Kara Singh", "Liam Walsh"],
    extraName: (i) => `Rep ${String(i + 1).padStart(5, "0")}`,
    ratings: ["C", "B", "A", "S"],
  },
  "zh-CN": {
    sheets: { team: "团队", kpis: "考核结果", history: "历史销售", deals: "商机", transactions: "交易", paid: "已付" },
    title: "销售团队 2026",
    kpiTitle: "2026 年考核结果（截至 11 月 20 日）",
    total: "合计",
    teamHeader: ["姓名", "团队", "目标", "上年实际", "潜力", "入职日期", "离职日期"],
    kpiHeader: ["姓名", "指标", "目标", "实际"],
    kpiNames: ["销售额", "新客户数", "方案提交数", "赢单率", "客户投诉", "客户拜访"],
    historyHeader: ["年份", "月份", "销售额"],
    month: (m) => `${m}月`,
    dealHeader: ["商机", "负责人", "阶段", "状态", "金额", "创建日期", "进入阶段日期", "关闭日期"],
    stages: ["线索", "需求", "方案", "谈判", "成交"],
    status: { open: "进行中", won: "赢单", lost: "输单" },
    transactionHeader: ["订单号", "销售员", "日期", "产品线", "金额", "分成比例"],
    lines: ["硬件", "软件", "服务"],
    paidHeader: ["销售员", "已付金额"],
    teams: ["华北", "华南", "华东"],
    names: ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴昊", "徐丽", "孙杰"],
    extraName: (i) => `销售${String(i + 1).padStart(5, "0")}`,
    ratings: ["待改进", "合格", "良好", "优秀"],
  },
};

const KPI_WEIGHTS = [30, 20, 20, 15, 15, 10];
const STAGE_DAYS: (number | null)[] = [14, 21, 30, 30, null];
const STAGE_PROBABILITY = [0.1, 0.2, 0.4, 0.6, 1];
/**
 * Chance that a deal is lost in each open stage instead of moving on: most are qualified out early, few
 * once terms are being negotiated, so the weakest step is an early one, as in a real funnel.
 */
const STAGE_LOSS = [0.3, 0.25, 0.15, 0.05];
/**
 * How the deals' amounts are set (sizeDeals): a rep's won deals add up to about three quarters of the
 * target (the CRM started in March; the rest of the year's sales are not in it), a little more in good
 * form, and the weighted open pipeline covers what is left of the target from 0.6× (the rep in the
 * poorest form: behind) to 3.6× (the rep in the best form), so most reps sit between 1× and 4×.
 */
const WON_SHARE = 0.745;
const FORM_WEIGHT = 0.25;
const COVERAGE = { low: 0.6, high: 3.6 };
/** Relative sales by month, December strongest, summer and February weak. */
const SEASON = [0.82, 0.74, 0.95, 0.98, 1.0, 1.04, 0.88, 0.84, 1.06, 1.1, 1.16, 1.43];
/** Commission tiers per product line (marginal), in sales credited over the period. */
const LINE_TIERS = [
  [
    { from: 0, rate: 0.03 },
    { from: 300000, rate: 0.04 },
  ],
  [
    { from: 0, rate: 0.06 },
    { from: 250000, rate: 0.08 },
  ],
  [{ from: 0, rate: 0.04 }],
];
/** Relative size of a sale per product line. */
const LINE_SIZE = [1.4, 1.0, 0.6];
const ACCELERATOR = { above: 1, multiplier: 1.5 };
const COMMISSION_CAP = 90000;
const DRAW = 24000;

function serial(year: number, month: number, day: number): number {
  return dateSerial(year, month, day) as number;
}

/** A date serial as the JavaScript Date ExcelJS writes as that day. */
function toDate(serialDay: number): Date {
  return new Date((serialDay - EXCEL_EPOCH) * DAY_MS);
}

/** mulberry32: a small, fast, seeded generator; the same seed gives the same team. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = random(seed);
  }
  unit(): number {
    return this.next();
  }
  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }
  int(low: number, high: number): number {
    return Math.floor(this.between(low, high + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A standard normal draw (Box-Muller). */
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** A right-skewed positive size with mean 1, as sale amounts are. */
  skewed(sigma = 0.6): number {
    return Math.exp(sigma * this.normal() - (sigma * sigma) / 2);
  }
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

const TEXT_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
/** "1,234,000": a number typed as text, as people paste it from other files. */
function typedText(value: number): string {
  return TEXT_NUMBER.format(value);
}

interface Person {
  name: string;
  team: string;
  target: number;
  lastYear: number;
  potential: number;
  start: number;
  end: number | null;
  /** How well this person sells, relative to target. */
  form: number;
}

interface Deal {
  id: string;
  owner: string;
  stage: number;
  status: "open" | "won" | "lost";
  amount: number;
  created: number;
  stageDate: number;
  closeDate: number | null;
}

interface Transaction {
  id: string;
  rep: number;
  date: number;
  line: number;
  amount: number;
  share: number;
}

interface Team {
  labels: Labels;
  people: Person[];
  history: { year: number; month: number; amount: number }[];
  deals: Deal[];
  transactions: Transaction[];
  /** Per person: the commission the plan pays on their sales, before an error is made. */
  due: number[];
  activities: Activity[];
}

function makePeople(options: TeamOptions, dice: Dice, labels: Labels): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < options.reps; i++) {
    const joiner = i % 12 === JOINER;
    const leaver = i % 12 === LEAVER;
    const lastYear = roundTo(dice.between(700_000, 1_600_000), 1000);
    const target = joiner ? roundTo(dice.between(800_000, 1_000_000), 10_000) : roundTo(lastYear * dice.between(1.05, 1.2), 10_000);
    people.push({
      name: i < labels.names.length ? labels.names[i] : labels.extraName(i),
      team: labels.teams[i % labels.teams.length],
      target,
      // A joiner takes over a territory: its last year's sales are the joiner's "last year".
      lastYear,
      potential: Math.round(dice.between(2, 5) * 10) / 10,
      start: joiner ? JOIN_DATE : serial(dice.int(2015, 2025), dice.int(1, 12), dice.int(1, 28)),
      end: leaver ? LEAVE_DATE : null,
      form: dice.between(0.72, 1.3),
    });
  }
  return people;
}

function makeHistory(people: readonly Person[], dice: Dice): Team["history"] {
  const lastYearTotal = people.reduce((s, p) => s + p.lastYear, 0);
  const seasonTotal = SEASON.reduce((a, b) => a + b, 0);
  const rows: Team["history"] = [];
  for (let y = 0; y < 3; y++) {
    const year = REVIEW_YEAR - 3 + y;
    const yearTotal = lastYearTotal / Math.pow(1.08, 2 - y);
    for (let m = 1; m <= 12; m++) {
      rows.push({ year, month: m, amount: roundTo((yearTotal * SEASON[m - 1] * dice.between(0.96, 1.04)) / seasonTotal, 100) });
    }
  }
  return rows;
}

function active(person: Person, day: number): boolean {
  return person.start <= day && (person.end === null || day <= person.end);
}

/** Picks people in proportion to how much they sell, skipping those not in the role that day. */
class RepPicker {
  private readonly cumulative: Float64Array;
  constructor(
    private readonly people: readonly Person[],
    private readonly dice: Dice,
  ) {
    this.cumulative = new Float64Array(people.length);
    let sum = 0;
    people.forEach((p, i) => {
      sum += p.target * p.form;
      this.cumulative[i] = sum;
    });
  }
  pick(day: number, not = -1): number {
    const total = this.cumulative[this.cumulative.length - 1];
    for (let attempt = 0; attempt < 50; attempt++) {
      const x = this.dice.unit() * total;
      let low = 0;
      let high = this.cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.cumulative[mid] > x) high = mid;
        else low = mid + 1;
      }
      if (low !== not && active(this.people[low], day)) return low;
    }
    return this.people.findIndex((p, i) => i !== not && active(p, day));
  }
}

function makeTransactions(options: TeamOptions, people: readonly Person[], dice: Dice): Transaction[] {
  if (people.length === 0) return [];
  const picker = new RepPicker(people, dice);
  const elapsed = (AS_OF_SERIAL - YEAR_START + 1) / 365;
  const expected = people.reduce((s, p) => s + p.target * p.form, 0) * elapsed;
  const meanSize = LINE_SIZE.reduce((a, b) => a + b, 0) / LINE_SIZE.length;
  const mean = expected / Math.max(options.transactions, 1) / meanSize;
  const sales: { date: number; line: number; amount: number; rep: number; partner: number }[] = [];
  let rows = 0;
  while (rows < options.transactions) {
    const date = YEAR_START + Math.floor(dice.unit() * (AS_OF_SERIAL - YEAR_START + 1));
    const line = dice.int(0, 2);
    const amount = roundTo(mean * LINE_SIZE[line] * dice.skewed(), 10) || 10;
    const rep = picker.pick(date);
    if (rep < 0) continue;
    // About one sale in 150 is shared 50/50 by two reps: two rows with the same transaction ID.
    const split = sales.length % 150 === 75 && rows + 2 <= options.transactions && people.length > 1;
    const partner = split ? picker.pick(date, rep) : -1;
    sales.push({ date, line, amount, rep, partner });
    rows += partner >= 0 ? 2 : 1;
  }
  // Transaction IDs run in date order, as an order system numbers them.
  sales.sort((a, b) => a.date - b.date);
  const width = Math.max(String(sales.length).length, 5);
  return sales.flatMap((sale, i) => {
    const id = `T-${String(i + 1).padStart(width, "0")}`;
    const row = { id, date: sale.date, line: sale.line, amount: sale.amount };
    return sale.partner >= 0
      ? [
          { ...row, rep: sale.rep, share: 0.5 },
          { ...row, rep: sale.partner, share: 0.5 },
        ]
      : [{ ...row, rep: sale.rep, share: 1 }];
  });
}

function makeDeals(options: TeamOptions, people: readonly Person[], dice: Dice): Deal[] {
  if (people.length === 0) return [];
  const picker = new RepPicker(people, dice);
  const first = serial(REVIEW_YEAR, 3, 1);
  const width = String(options.deals).length;
  const deals: Deal[] = [];
  for (let i = 0; i < options.deals; i++) {
    // More deals were opened lately: the pipeline grows through the year.
    const created = first + Math.floor(Math.sqrt(dice.unit()) * (AS_OF_SERIAL - 3 - first));
    const rep = picker.pick(created);
    // A few deals stall: they sit in a stage far longer than the plan allows.
    const stalled = dice.chance(0.12);
    let stage = 0;
    let stageDate = created;
    let status: Deal["status"] = "open";
    let closeDate: number | null = null;
    for (;;) {
      const limit = STAGE_DAYS[stage] as number;
      const stay = Math.max(1, Math.round(limit * (stalled ? dice.between(1.5, 4) : dice.between(0.3, 1.2))));
      const leave = stageDate + stay;
      if (leave > AS_OF_SERIAL) break;
      if (dice.chance(STAGE_LOSS[stage])) {
        status = "lost";
        closeDate = leave;
        break;
      }
      stage++;
      stageDate = leave;
      if (stage === STAGE_DAYS.length - 1) {
        status = "won";
        closeDate = leave;
        break;
      }
    }
    deals.push({
      id: "",
      owner: rep < 0 ? people[0].name : people[rep].name,
      stage,
      status,
      // Relative size for now; scaled to the owner's target below.
      amount: dice.skewed(0.5),
      created,
      stageDate,
      closeDate,
    });
  }
  sizeDeals(deals, people);
  // Deal IDs run in the order deals were created, as a CRM numbers them.
  deals.sort((a, b) => a.created - b.created);
  deals.forEach((d, i) => (d.id = `D-${String(i + 1).padStart(Math.max(width, 4), "0")}`));
  return deals;
}

/**
 * Turns each deal's relative size into an amount, per owner: the closed deals at one scale, set so that
 * the won ones add up to the owner's share of target (WON_SHARE × form^FORM_WEIGHT × target), and the
 * open deals at another, set so that their weighted amount covers what is left of the target
 * COVERAGE.low to COVERAGE.high times, by the owner's form (a rep in poor form is behind, one in top form
 * well covered). An owner with nothing won or open gets the team's average scale.
 */
function sizeDeals(deals: Deal[], people: readonly Person[]): void {
  const units = new Map<string, { won: number; open: number }>();
  for (const d of deals) {
    const u = units.get(d.owner) ?? { won: 0, open: 0 };
    if (d.status === "won") u.won += d.amount;
    if (d.status === "open") u.open += d.amount * STAGE_PROBABILITY[d.stage];
    units.set(d.owner, u);
  }
  const closed = new Map<string, number>();
  const open = new Map<string, number>();
  const forms = people.map((p) => p.form);
  const [lowForm, highForm] = [minOf(forms), maxOf(forms)];
  for (const p of people) {
    const u = units.get(p.name);
    if (!u) continue;
    const won = p.target * WON_SHARE * Math.pow(p.form, FORM_WEIGHT);
    const rank = highForm > lowForm ? (p.form - lowForm) / (highForm - lowForm) : 0.5;
    const coverage = COVERAGE.low + (COVERAGE.high - COVERAGE.low) * rank;
    if (u.won > 0) closed.set(p.name, won / u.won);
    if (u.open > 0) open.set(p.name, (coverage * Math.max(p.target - won, 0)) / u.open);
  }
  const mean = (m: Map<string, number>): number => (m.size > 0 ? [...m.values()].reduce((a, b) => a + b, 0) / m.size : 20_000);
  const [closedMean, openMean] = [mean(closed), mean(open)];
  for (const d of deals) {
    const scale = d.status === "open" ? (open.get(d.owner) ?? openMean) : (closed.get(d.owner) ?? closedMean);
    d.amount = roundTo(scale * d.amount, 500) || 500;
  }
}

/**
 * What each person is due under the sample plan: marginal tiers per product line on their credited
 * sales, commission on the sales above target multiplied by the accelerator, then the cap and the draw.
 */
function commissionDue(people: readonly Person[], transactions: readonly Transaction[]): number[] {
  const byLine = people.map(() => [0, 0, 0]);
  for (const t of transactions) byLine[t.rep][t.line] += t.amount * t.share;
  return people.map((person, i) => {
    const lines = byLine[i];
    const sales = lines[0] + lines[1] + lines[2];
    let earned = 0;
    lines.forEach((amount, line) => {
      const c = commissionFor(amount, LINE_TIERS[line]);
      earned += isKpiError(c) ? 0 : c;
    });
    const above = Math.max(0, sales - ACCELERATOR.above * person.target);
    if (sales > 0) earned += earned * (above / sales) * (ACCELERATOR.multiplier - 1);
    return Math.round(Math.max(DRAW, Math.min(COMMISSION_CAP, earned)) * 100) / 100;
  });
}

/** Generates a team's data in memory, the same for a seed whichever language it is written in. */
function makeTeam(options: TeamOptions): Team {
  const labels = LABELS[options.language];
  const dice = new Dice(options.seed);
  const people = makePeople(options, dice, labels);
  const history = makeHistory(people, new Dice(options.seed + 1));
  const transactions = makeTransactions(options, people, new Dice(options.seed + 2));
  const deals = makeDeals(options, people, new Dice(options.seed + 3));
  const activities = makeActivities(options, people, new Dice(options.seed + 5));
  return { labels, people, history, deals, transactions, due: commissionDue(people, transactions), activities };
}

/** One line of a rep's daily report (日报): how many of one type on one day. */
interface Activity {
  rep: number;
  date: number;
  type: number;
  count: number;
  customer: number | null;
}

/** The activity log's words: sheet, header, types (the last one a type the reader does not know), customers. */
const ACTIVITY_WORDS: Record<Language, { sheet: string; header: string[]; types: string[]; customers: string[] }> = {
  en: {
    sheet: "Activities",
    header: ["Date", "Rep", "Team", "Activity type", "Count", "Customer"],
    types: ["Call", "Visit", "Meeting", "Proposal", "New contact", "Follow-up", "Demo", "Email"],
    customers: ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Foods", "Hooli", "Vandelay Imports"],
  },
  "zh-CN": {
    sheet: "销售活动",
    header: ["日期", "姓名", "团队", "活动类型", "次数", "客户名称"],
    types: ["电话", "拜访", "会议", "方案", "新客户", "跟进", "演示", "微信"],
    customers: ["上海恒通机电", "杭州华辰科技", "苏州瑞丰物流", "广州粤海食品", "深圳星河电子", "宁波东港贸易", "北京中科恒达", "成都天府商贸"],
  },
};
/** Mean count per working day of each type, for a rep who works to quota (20 calls a day, 8 visits and 10 follow-ups a week). */
const ACTIVITY_MEANS = [23, 1.8, 0.4, 0.3, 0.8, 2.3, 0.2, 3];
/** Types whose line names a customer: visits, meetings, proposals, demos. */
const WITH_CUSTOMER = new Set([1, 2, 3, 6]);

/** A count drawn around a mean (normal above 4, else a sum of chances), never negative. */
function countAround(dice: Dice, mean: number): number {
  if (mean > 4) return Math.max(0, Math.round(mean + Math.sqrt(mean) * dice.normal()));
  let n = 0;
  for (let k = 0; k < 4; k++) if (dice.chance(mean / 4)) n++;
  return n;
}

/**
 * A year of daily reports ending on the as-of date: weekdays busy, weekends quiet (now and then a few
 * calls), a week's holiday for each rep, nothing outside their time in the role; two reps in twelve
 * work well below quota and most others around it.
 */
function makeActivities(options: TeamOptions, people: readonly Person[], dice: Dice): Activity[] {
  const days = options.activityDays ?? 0;
  const rows: Activity[] = [];
  if (days <= 0) return rows;
  const effort = people.map((_, i) => (i % 12 === 2 || i % 12 === 9 ? dice.between(0.7, 0.8) : dice.between(0.92, 1.15)));
  const holiday = people.map(() => AS_OF_SERIAL - days + 1 + dice.int(0, Math.max(0, days - 10)));
  for (let date = AS_OF_SERIAL - days + 1; date <= AS_OF_SERIAL; date++) {
    const weekday = ((date % 7) + 7) % 7 >= 2;
    people.forEach((person, rep) => {
      if (!active(person, date) || (date >= holiday[rep] && date < holiday[rep] + 7)) return;
      if (!weekday && !dice.chance(0.1)) return;
      ACTIVITY_MEANS.forEach((mean, type) => {
        const count = countAround(dice, (weekday ? mean : mean * 0.2) * effort[rep]);
        if (count === 0) return;
        rows.push({ rep, date, type, count, customer: WITH_CUSTOMER.has(type) ? dice.int(0, 7) : null });
      });
    });
  }
  return rows;
}

function writeActivities(workbook: ExcelJS.stream.xlsx.WorkbookWriter, team: Team, language: Language): void {
  const W = ACTIVITY_WORDS[language];
  const sheet = addSheet(workbook, W.sheet, [12, 16, 10, 14, 8, 18], [DATE_FORMAT, undefined, undefined, undefined, undefined, undefined]);
  sheet.header(W.header);
  for (const a of team.activities) {
    const person = team.people[a.rep];
    sheet.row([toDate(a.date), person.name, person.team, W.types[a.type], a.count, a.customer === null ? undefined : W.customers[a.customer]]);
  }
}

type Row = (ExcelJS.CellValue | undefined)[];

const PLAIN_STYLE: Partial<ExcelJS.Style> = {};
const STYLES = new Map<string, Partial<ExcelJS.Style>>();

function sharedStyle(numFmt: string): Partial<ExcelJS.Style> {
  let style = STYLES.get(numFmt);
  if (style === undefined) {
    style = { numFmt };
    STYLES.set(numFmt, style);
  }
  return style;
}

/** Writes one worksheet row by row (streaming), styling the header and formatting columns. */
class SheetWriter {
  private rowNumber = 0;
  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly formats: (string | undefined)[],
  ) {}

  title(text: string, width: number): void {
    const row = this.sheet.addRow([text]);
    row.getCell(1).font = { bold: true, size: 14 };
    this.rowNumber++;
    this.sheet.mergeCells(this.rowNumber, 1, this.rowNumber, width);
    row.commit();
  }

  header(texts: readonly string[]): void {
    const row = this.sheet.addRow([...texts]);
    texts.forEach((_, c) => {
      const cell = row.getCell(c + 1);
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
      cell.border = { bottom: { style: "thin" } };
    });
    row.commit();
    this.rowNumber++;
  }

  /** Adds a data row; `formats` overrides the column formats for this row (a percentage KPI). */
  row(values: Row, options: { bold?: boolean; formats?: (string | undefined)[] } = {}): number {
    const row = this.sheet.addRow(values.map((v) => (v === undefined ? null : v)));
    values.forEach((v, c) => {
      const fmt = options.formats?.[c] ?? this.formats[c];
      const formatted = fmt !== undefined && (typeof v === "number" || v instanceof Date || (typeof v === "object" && v !== null));
      const cell = row.getCell(c + 1);
      // One style object per format: ExcelJS recognises a style object it has seen and skips
      // re-serialising it, which makes writing 200,000 rows several times faster.
      if (options.bold) cell.style = { ...(formatted ? { numFmt: fmt } : {}), font: { bold: true } };
      else if (formatted) cell.style = sharedStyle(fmt);
      else if (!(v instanceof Date)) cell.style = PLAIN_STYLE;
    });
    row.commit();
    return ++this.rowNumber;
  }

  get lastRow(): number {
    return this.rowNumber;
  }
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, widths: number[], formats: (string | undefined)[]): SheetWriter {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "normal" }] });
  sheet.columns = widths.map((width) => ({ width }));
  return new SheetWriter(sheet, formats);
}

function writePeople(workbook: ExcelJS.stream.xlsx.WorkbookWriter, team: Team): void {
  const L = team.labels;
  const sheet = addSheet(workbook, L.sheets.team, [16, 10, 14, 14, 10, 12, 12], [undefined, undefined, MONEY_FORMAT, MONEY_FORMAT, "0.0", DATE_FORMAT, DATE_FORMAT]);
  sheet.title(L.title, L.teamHeader.length);
  sheet.header(L.teamHeader);
  const first = sheet.lastRow + 1;
  let targetSum = 0;
  let lastYearSum = 0;
  team.people.forEach((p, i) => {
    // A few targets were pasted as text; Excel's SUM below skips them, as it would in the real file.
    const asText = i % 12 === 3 || i % 12 === 8;
    if (!asText) targetSum += p.target;
    lastYearSum += p.lastYear;
    sheet.row([p.name, p.team, asText ? typedText(p.target) : p.target, p.lastYear, p.potential, toDate(p.start), p.end === null ? undefined : toDate(p.end)]);
  });
  const last = sheet.lastRow;
  sheet.row(
    [L.total, undefined, { formula: `SUM(C${first}:C${last})`, result: targetSum }, { formula: `SUM(D${first}:D${last})`, result: lastYearSum }],
    { bold: true },
  );
}

function writeScores(workbook: ExcelJS.stream.xlsx.WorkbookWriter, team: Team, kpis: number, dice: Dice): void {
  const L = team.labels;
  const sheet = addSheet(workbook, L.sheets.kpis, [16, 16, 14, 14], [undefined, undefined, "#,##0.##", "#,##0.##"]);
  sheet.title(L.kpiTitle, L.kpiHeader.length);
  sheet.header(L.kpiHeader);
  const revenue = team.people.map(() => 0);
  for (const t of team.transactions) revenue[t.rep] += t.amount * t.share;
  team.people.forEach((p, i) => {
    const k = i % 12;
    for (let kpi = 0; kpi < kpis; kpi++) {
      const name = L.kpiNames[kpi];
      let target: ExcelJS.CellValue;
      let actual: ExcelJS.CellValue | undefined;
      let percent = false;
      switch (kpi) {
        case 0:
          target = k === 5 ? typedText(p.target) : p.target;
          actual = Math.round(revenue[i] || p.target * p.form * 0.88);
          break;
        case 1: {
          const t = dice.int(12, 30);
          target = t;
          actual = k === JOINER ? undefined : Math.round(t * p.form * dice.between(0.8, 1.2));
          break;
        }
        case 2: {
          const t = 5 * dice.int(8, 16);
          target = t;
          actual = Math.round(t * p.form * dice.between(0.85, 1.15));
          break;
        }
        case 3: {
          percent = true;
          const rate = Math.round(dice.between(0.18, 0.45) * 100) / 100;
          target = 0.3;
          actual = k === 2 ? `${Math.round(rate * 100)}%` : rate;
          break;
        }
        case 4:
          target = 4;
          actual = dice.int(0, 6);
          break;
        default: {
          const t = 10 * dice.int(10, 15);
          target = t;
          actual = Math.round(t * p.form * dice.between(0.8, 1.2));
        }
      }
      sheet.row([p.name, name, target, actual], percent ? { formats: [undefined, undefined, PERCENT_FORMAT, PERCENT_FORMAT] } : {});
    }
  });
}

function writeHistory(workbook: ExcelJS.stream.xlsx.WorkbookWriter, team: Team): void {
  const L = team.labels;
  const sheet = addSheet(workbook, L.sheets.history, [8, 8, 14], [undefined, undefined, MONEY_FORMAT]);
  sheet.header(L.historyHeader);
  for (const h of team.history) sheet.row([h.year, L.month(h.month), h.amount]);
}

function writeDeals(workbook: ExcelJS.stream.xlsx.WorkbookWriter, team: Team): void {
  const L = team.labels;
  const sheet = addSheet(workbook, L.sheets.deals, [10, 16, 13, 9, 12, 12, 12, 12], [undefined, undefined, undefined, undefined, MONEY_FORMAT, DATE_FORMAT, DATE_FORMAT, DATE_FORMAT]);
  sheet.header(L.dealHeader);
  team.deals.forEach((d, i) => {
    sheet.row([
      d.id,
      d.owner,
      L.stages[d.stage],
      L.status[d.status],
      i % 53 === 17 ? typedText(d.amount) : d.amount,
      toDate(d.created),
      toDate(d.stageDate),
      d.closeDate === null ? undefined : toDate(d.closeDate),
    ]);
  });
}

function writeTransactions(workbook: ExcelJS.stream.xlsx.WorkbookWriter, team: Team): void {
  const L = team.labels;
  const sheet = addSheet(workbook, L.sheets.transactions, [14, 16, 12, 13, 12, 11], [undefined, undefined, DATE_FORMAT, undefined, MONEY_FORMAT, PERCENT_FORMAT]);
  sheet.header(L.transactionHeader);
  let splits = 0;
  team.transactions.forEach((t, i) => {
    const shareAsText = t.share < 1 && splits++ % 6 === 0;
    sheet.row([
      t.id,
      team.people[t.rep].name,
      toDate(t.date),
      L.lines[t.line],
      i % 97 === 41 ? typedText(t.amount) : t.amount,
      shareAsText ? `${t.share * 100}%` : t.share,
    ]);
  });
}

function writePaid(workbook: ExcelJS.stream.xlsx.WorkbookWriter, team: Team): void {
  const L = team.labels;
  const sheet = addSheet(workbook, L.sheets.paid, [16, 14], [undefined, "#,##0.00"]);
  sheet.header(L.paidHeader);
  team.people.forEach((p, i) => {
    const k = i % 12;
    // Most were paid what the plan says; two were underpaid and one overpaid, for the check to find.
    const due = team.due[i];
    const paid = k === 4 ? due - 1200 : k === 9 ? Math.round(due * 0.9 * 100) / 100 : k === 1 ? due + 850 : due;
    sheet.row([p.name, paid]);
  });
}

/**
 * Writes a team workbook: Team, KPI results, History, Deals, Transactions and Paid sheets (English or
 * Chinese headers and names), streaming row by row so 200,000-row sheets stay fast and small in memory.
 *
 * @param file - the .xlsx to write (replaced if it exists)
 * @param options - how many people, deals, transactions and KPIs; the language; the seed
 *
 * @example
 * await generateTeam("/tmp/team.xlsx", { reps: 10000, deals: 0, transactions: 0, kpis: 6, language: "en", seed: 1 })
 * // => /tmp/team.xlsx with Team (10,000 people), KPI results (60,000 rows) and History
 */
export async function generateTeam(file: string, options: TeamOptions): Promise<void> {
  const team = makeTeam(options);
  const fixed = toDate(AS_OF_SERIAL);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
    created: fixed,
    modified: fixed,
    creator: "KPI Toolkit sample",
    lastModifiedBy: "KPI Toolkit sample",
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  writePeople(workbook, team);
  if (options.kpis > 0) writeScores(workbook, team, Math.min(options.kpis, LABELS.en.kpiNames.length), new Dice(options.seed + 4));
  writeHistory(workbook, team);
  if (options.deals > 0) writeDeals(workbook, team);
  if (options.transactions > 0) {
    writeTransactions(workbook, team);
    writePaid(workbook, team);
  }
  if (team.activities.length > 0) writeActivities(workbook, team, options.language);
  await workbook.commit();
  await fs.writeFile(file, fixZipTimes(await fs.readFile(file), fixed));
}

/**
 * Sets every entry's modification time in a zip to one date, so the same content gives the same bytes
 * (zip writers stamp each entry with the time of writing).
 */
export function fixZipTimes(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const dosTime = 0;
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65_535); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error(`not a zip file: bad central directory entry ${n}`);
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(dosTime, local + 10);
      out.writeUInt16LE(dosDate, local + 12);
    }
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/**
 * The plan that goes with a generated team: KPI weights 30/20/20/15/15 (complaints: lower is better),
 * a C/B/A/S rating scale with a forced distribution, five funnel stages, commission tiers per product
 * line with an accelerator, cap and draw, and the team target as the sum of the people's targets.
 *
 * @param options - the team the plan is for (its language, KPIs and people's targets)
 */
export function teamPlan(options: TeamOptions): PlanInput {
  const team = makeTeam({ ...options, deals: 0, transactions: 0 });
  const L = team.labels;
  const zh = options.language === "zh-CN";
  const other = LABELS[zh ? "en" : "zh-CN"];
  const kpis = L.kpiNames.slice(0, Math.min(options.kpis, L.kpiNames.length)).map((name, i) => ({
    name,
    weight: KPI_WEIGHTS[i],
    ...(i === 4 ? { direction: "lower" as const, cap: 1.2 } : { cap: i === 2 ? 1.2 : 1.5 }),
  }));
  return {
    version: 1,
    title: L.title,
    language: options.language,
    asOf: AS_OF,
    period: { start: `${REVIEW_YEAR}-01-01`, end: `${REVIEW_YEAR}-12-31` },
    scorecard: {
      kpis,
      rating: [0, 0.8, 1, 1.15].map((min, i) => ({ min, label: L.ratings[i] })),
      distribution: { [L.ratings[3]]: 0.1, [L.ratings[2]]: 0.3 },
    },
    targets: {
      annual: team.people.reduce((s, p) => s + p.target, 0),
      decimals: 0,
      weighting: "lastYear",
      seasonality: "history",
      ramp: [0.25, 0.5, 0.75],
    },
    funnel: {
      stages: L.stages.map((name, i) => ({ name, aliases: [other.stages[i]], maxDays: STAGE_DAYS[i], probability: STAGE_PROBABILITY[i] })),
    },
    commission: {
      method: "marginal",
      lines: L.lines.map((name, i) => ({ name, aliases: [other.lines[i]], tiers: LINE_TIERS[i] })),
      defaultTiers: [{ from: 0, rate: 0.05 }],
      accelerator: ACCELERATOR,
      cap: COMMISSION_CAP,
      draw: DRAW,
      tolerance: 1,
    },
    // The April joiners are 7 months in on the as-of date: a year's limit makes them this contest's newcomers.
    leaderboard: { newcomerMonths: 12, prizes: { top: [3000, 2000, 1000], improved: [1000], newcomer: [1000] } },
  };
}

/** The four bundled example files, by name. */
export const EXAMPLE_FILES = {
  en: { workbook: "sample-team.xlsx", plan: "plan.json" },
  "zh-CN": { workbook: "sample-team-zh.xlsx", plan: "plan-zh.json" },
} as const;

/**
 * Writes the sample team workbooks (English and Chinese) and their plans into a folder.
 *
 * @param dir - where to write (the examples folder by default)
 * @returns the paths written
 */
export async function writeExamples(dir: string = __dirname): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const language of ["en", "zh-CN"] as const) {
    const options: TeamOptions = { ...SAMPLE_TEAM, language };
    const workbook = path.join(dir, EXAMPLE_FILES[language].workbook);
    const plan = path.join(dir, EXAMPLE_FILES[language].plan);
    await generateTeam(workbook, options);
    await fs.writeFile(plan, `${JSON.stringify(teamPlan(options), null, 2)}\n`);
    written.push(workbook, plan);
  }
  return written;
}

if (require.main === module) {
  writeExamples().then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
