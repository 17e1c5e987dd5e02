import { hostCapabilities, supportUpTo } from "../../src/workbook/hostCapabilities";
import type { FakeWorkbook } from "./fakeHost";

/** 2026-04-01: today for every test, so a review without dates in its data is dated the same each run. */
export const TODAY = 46113;

/** An Excel with every requirement set the pane uses. */
export const FULL_EXCEL = hostCapabilities(supportUpTo("1.12"));

/**
 * KPI results under a title row, in English. With Revenue weighted 60 and Calls 40:
 * Ann: Revenue 120,000/100,000 = 1.2, Calls 45/50 = 0.9 → 1.2·0.6 + 0.9·0.4 = 1.08 → 108.0%, rating A.
 * Bob: Revenue 80,000/100,000 = 0.8, Calls 60/50 = 1.2 → 0.48 + 0.48 = 0.96 → 96.0%, rating B.
 */
export const SCORES_EN: FakeWorkbook = {
  sheets: [
    { name: "Notes", grid: [["Quarterly review, draft"], ["Ask finance for the Q2 numbers"]] },
    {
      name: "KPI results",
      grid: [
        ["Q1 results", null, null, null, null],
        [null, null, null, null, null],
        ["Name", "Team", "KPI", "Target", "Actual"],
        ["Ann", "North", "Revenue", 100000, 120000],
        ["Ann", "North", "Calls", 50, 45],
        ["Bob", "South", "Revenue", 100000, 80000],
        ["Bob", "South", "Calls", 50, 60],
      ],
    },
  ],
};

/** The same results with Chinese headers and names. */
export const SCORES_ZH: FakeWorkbook = {
  sheets: [
    { name: "备注", grid: [["季度回顾草稿"]] },
    {
      name: "考核结果",
      grid: [
        ["姓名", "团队", "指标", "目标", "实际"],
        ["张伟", "华北", "销售额", 100000, 120000],
        ["张伟", "华北", "拜访量", 50, 45],
        ["李娜", "华南", "销售额", 100000, 80000],
        ["李娜", "华南", "拜访量", 50, 60],
      ],
    },
  ],
};

const DEALS_HEADER_EN = ["Deal", "Owner", "Stage", "Amount", "Status", "Stage date"];
const DEALS_HEADER_ZH = ["商机", "负责人", "阶段", "金额", "状态", "阶段日期"];

/**
 * Eight deals of two owners, the stage dates up to 2026-03-31 (serial 46112), the review date the data gives.
 * Ann: open Lead 10,000 and Proposal 40,000, won 30,000, lost at Needs 5,000.
 * Bob: open Needs 20,000 and Negotiation 50,000, won 60,000, open Proposal 25,000.
 */
const DEALS_ROWS: (string | number)[][] = [
  ["D-1", "Ann", "Lead", 10000, "Open", 46100],
  ["D-2", "Ann", "Proposal", 40000, "Open", 46050],
  ["D-3", "Ann", "Won", 30000, "Won", 46080],
  ["D-4", "Ann", "Needs", 5000, "Lost", 46090],
  ["D-5", "Bob", "Needs", 20000, "Open", 46110],
  ["D-6", "Bob", "Negotiation", 50000, "Open", 46112],
  ["D-7", "Bob", "Won", 60000, "Won", 46070],
  ["D-8", "Bob", "Proposal", 25000, "Open", 46105],
];

const ZH_STAGE: Record<string, string> = { Lead: "线索", Needs: "需求", Proposal: "方案", Negotiation: "谈判", Won: "成交" };
const ZH_STATUS: Record<string, string> = { Open: "进行中", Won: "赢单", Lost: "输单" };
const ZH_OWNER: Record<string, string> = { Ann: "张伟", Bob: "李娜" };

/** Deals in a table on their own sheet, and a people sheet the funnel may use. */
export const DEALS_EN: FakeWorkbook = {
  sheets: [
    { name: "Pipeline", grid: [DEALS_HEADER_EN, ...DEALS_ROWS] },
    { name: "Team", grid: [["Name", "Team"], ["Ann", "North"], ["Bob", "South"]] },
  ],
  tables: [{ name: "tblDeals", sheet: "Pipeline", grid: [DEALS_HEADER_EN, ...DEALS_ROWS] }],
};

/** The same deals with Chinese headers, stages, statuses and names. */
export const DEALS_ZH: FakeWorkbook = {
  sheets: [
    {
      name: "商机",
      grid: [DEALS_HEADER_ZH, ...DEALS_ROWS.map(([id, owner, stage, amount, status, date]) => [id, ZH_OWNER[owner], ZH_STAGE[stage], amount, ZH_STATUS[status], date])],
    },
  ],
};

/** A workbook with data for every builder's required dataset, in English and in Chinese. */
export const ALL_EN: FakeWorkbook = {
  sheets: [
    ...SCORES_EN.sheets,
    ...DEALS_EN.sheets,
    { name: "Transactions", grid: [["Rep", "Date", "Amount", "Product line"], ["Ann", "2026-03-01", 1000, "Hardware"]] },
  ],
  tables: DEALS_EN.tables,
};
export const ALL_ZH: FakeWorkbook = {
  sheets: [
    ...SCORES_ZH.sheets,
    ...DEALS_ZH.sheets,
    { name: "团队", grid: [["姓名", "目标"], ["张伟", 100]] },
    { name: "交易明细", grid: [["销售员", "日期", "金额", "产品线"], ["张伟", "2026-03-01", 1000, "硬件"]] },
  ],
};
