/**
 * The task pane in a real browser: the production build, served from a local port, in headless
 * Chromium driven by playwright-core, with the scripted Excel host (test/workbook/mockExcel.ts) standing
 * in for Office.js. Each case goes through the whole flow (pick a review, accept the proposed source and
 * the detected columns, set the plan, preview, build) in English or Chinese, then checks what was
 * written to the mock workbook and that the source sheet was left alone. Screenshots of each step go
 * to test-output/screenshots/ for people to look at. No request leaves localhost.
 *
 * Needs /usr/bin/chromium (`apt-get install -y --no-install-recommends chromium`): without it the
 * suite fails under CI and is skipped, loudly, elsewhere.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { format, MESSAGES, type Language } from "../../src/taskpane/i18n";
import type { MockExcelInit } from "../workbook/mockExcel";
import type { Plan } from "../../src/reviews/plan";
import { buildReview, type ReviewData } from "../../src/reviews/build";
import { freshPlan } from "../../src/taskpane/common/planDraft";
import { draftFromPlan } from "../../src/taskpane/forms";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import { reviewOf } from "../../src/reviews/registry";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import { readOptionsFromPlan } from "../../src/reviews/plan";
import { DEALS_EN, DEALS_ZH, SCORES_EN, SCORES_ZH, TODAY } from "../taskpane/fixtures";
import { FIXTURES } from "../fixtures/kpi-sheets/generate";
import type { FakeWorkbook } from "../taskpane/fakeHost";
import ExcelJS from "exceljs";
import { parsePlan } from "../../src/reviews/plan";
import { REVIEW_KINDS } from "../../src/reviews/registry";
import type { SampleTeam } from "../../src/taskpane/sample/sampleTeam";
import sampleEn from "../../src/taskpane/sample/sampleTeam.en.json";
import sampleZh from "../../src/taskpane/sample/sampleTeam.zh-CN.json";
import { servePane } from "./paneServer";

const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
const PLAN_SETTING = "KPIToolkit.plan";

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) {
  console.warn(`\n[pane.browser.test] SKIPPED: ${CHROMIUM} is missing. Install it with: apt-get install -y --no-install-recommends chromium\n`);
}
const suite = haveChromium || process.env.CI ? describe : describe.skip;

jest.setTimeout(90_000);

/** The fake workbooks of the component tests as the scripted Excel host takes them. */
function mockInit(book: FakeWorkbook): MockExcelInit {
  return {
    sheets: book.sheets.map((s) => ({ name: s.name, rows: s.grid })),
    tables: (book.tables ?? []).map((t) => {
      const width = Math.max(...t.grid.map((row) => row.length));
      return { name: t.name, sheet: t.sheet, range: `A1:${String.fromCharCode(64 + width)}${t.grid.length}` };
    }),
  };
}

interface Case {
  name: string;
  language: Language;
  book: FakeWorkbook;
  builder: "scorecard" | "funnel";
  /** The source sheet, which no write may touch. */
  source: string;
  /** What the build writes: the review sheet first. */
  sheets: string[];
  /** The scorecard's two KPIs, weighted 60 and 40 on the plan step; the funnel keeps its default stages. */
  kpis?: [string, string];
  /** A computed number the preview and the written review sheet both show. */
  number: string;
  /** The review sheet's cell holding that number, and its cached value. */
  check: { person: string; value: number };
}

/** Weights the two KPIs 60 and 40 on the plan step: the first person's weighted score is 108.0%. */
async function setWeights(page: Page, language: Language, kpis: [string, string]): Promise<void> {
  const sc = SCORECARD_LABELS[language];
  for (const [i, weight] of ["60", "40"].entries()) {
    const group = page.getByRole("group", { name: format(MESSAGES[language].named, { label: format(sc.kpi, { n: i + 1 }), text: kpis[i] }) });
    await group.getByRole("textbox", { name: sc.weight }).fill(weight);
  }
}

const CASES: Case[] = [
  {
    name: "scorecard-en",
    language: "en",
    book: SCORES_EN,
    builder: "scorecard",
    source: "KPI results",
    sheets: ["Scorecard", "Data - KPI results"],
    kpis: ["Revenue", "Calls"],
    number: "108.0%",
    check: { person: "Ann", value: 1.08 },
  },
  {
    name: "scorecard-zh",
    language: "zh-CN",
    book: SCORES_ZH,
    builder: "scorecard",
    source: "考核结果",
    sheets: ["绩效评分", "数据-考核结果"],
    kpis: ["销售额", "拜访量"],
    number: "108.0%",
    check: { person: "张伟", value: 1.08 },
  },
  {
    name: "funnel-en",
    language: "en",
    book: DEALS_EN,
    builder: "funnel",
    source: "Pipeline",
    sheets: ["Funnel review", "Data - Deals", "Data - People"],
    // Ann's weighted pipeline: 10,000 × 10% + 40,000 × 40%
    number: "17,000",
    check: { person: "Ann", value: 17000 },
  },
  {
    name: "funnel-zh",
    language: "zh-CN",
    book: DEALS_ZH,
    builder: "funnel",
    source: "商机",
    sheets: ["漏斗分析", "数据-商机"],
    number: "17,000",
    check: { person: "张伟", value: 17000 },
  },
];

/** The review the builder makes of a case's data with the plan the flow sets, without the pane. */
function expectedReview(c: Case) {
  const base = draftFromPlan(freshPlan(c.language), true);
  const kpis = (c.kpis ?? []).map((name, i) => ({ name, weight: i === 0 ? 60 : 40, direction: "higher" as const, threshold: 0, cap: null }));
  const plan: Plan = { ...base, scorecard: { ...base.scorecard, kpis } };
  const data: ReviewData = {};
  const read = <D extends "scores" | "deals" | "people">(dataset: D, grid: FakeWorkbook["sheets"][number]["grid"], where: { sheet: string; table?: string }) => {
    const result = readDataset(dataset, grid, where, readOptionsFromPlan(plan, dataset));
    if (result instanceof ReadError) throw result;
    return result;
  };
  if (c.builder === "scorecard") {
    data.scores = read("scores", c.book.sheets.find((s) => s.name === c.source)!.grid, { sheet: c.source });
  } else if (c.book.tables?.length) {
    data.deals = read("deals", c.book.tables[0].grid, { sheet: c.source, table: c.book.tables[0].name });
    data.people = read("people", c.book.sheets.find((s) => s.name === "Team")!.grid, { sheet: "Team" });
  } else {
    data.deals = read("deals", c.book.sheets.find((s) => s.name === c.source)!.grid, { sheet: c.source });
  }
  return buildReview(c.builder, plan, data, TODAY);
}

suite("the task pane in Chromium with a scripted Excel", () => {
  let distDir = "";
  let profileDir = "";
  let server: http.Server;
  let baseUrl = "";
  let mockScript = "";
  let context: BrowserContext;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: CI installs it with apt-get install -y --no-install-recommends chromium`);
    ({ distDir, baseUrl, server, mockScript } = await servePane("kpi-pane-dist-"));

    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-pane-profile-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 420, height: 900 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    // Nothing leaves the machine: office.js from Microsoft's CDN, fonts, telemetry all stop here.
    await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const dir of [distDir, profileDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the pane on a fresh page whose Office and Excel are the scripted host over `init`. */
  async function openPane(c: Case, init: MockExcelInit = mockInit(c.book)): Promise<Page> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The bundled scripted host first, as a script of its own; init scripts run in the order they are added.
    await page.addInitScript({ content: `${mockScript}\nwindow.KpiMockExcel = KpiMockExcel;` });
    await page.addInitScript(
      ({ init, language }) => {
        const factory = (window as unknown as { KpiMockExcel: { createMockExcel: (i: unknown) => unknown } }).KpiMockExcel;
        const mock = factory.createMockExcel(init) as {
          Office: { context: { displayLanguage: string }; onReady?: () => Promise<unknown> };
          install: (target: unknown) => void;
        };
        // The scripted host stands in for Excel; office.js's own readiness and display language are set here.
        mock.Office.context.displayLanguage = language;
        mock.Office.onReady = () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
        mock.install(window);
        (window as unknown as { __mock: unknown }).__mock = mock;
      },
      { init, language: c.language },
    );
    await page.goto(`${baseUrl}/taskpane.html`);
    await page.getByRole("heading", { level: 2 }).waitFor();
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join("; ")}`);
    return page;
  }

  async function shot(page: Page, c: Case, step: string): Promise<void> {
    await page.screenshot({ path: path.join(SCREENSHOTS, `${c.name}-${step}.png`), fullPage: true });
  }

  /** What the scripted host holds after the build. */
  async function workbook(page: Page, c: Case) {
    return page.evaluate(
      ({ sheets, source, setting }) => {
        const mock = (window as unknown as { __mock: Record<string, unknown> }).__mock as {
          sheetNames(): string[];
          sheet(name: string): { cells: ({ value: unknown; formula?: string } | undefined)[][] };
          writes: { sheet?: string }[];
          savedSettings: Record<string, unknown>;
        };
        const review = mock.sheet(sheets[0]);
        return {
          names: mock.sheetNames(),
          // The mock's rows are sparse arrays: Array.from fills their holes.
          reviewCells: Array.from(review.cells, (row) => Array.from(row ?? [], (cell) => (cell ? (cell.formula ?? cell.value ?? null) : null))),
          sourceWrites: mock.writes.filter((w) => w.sheet === source).length,
          plan: mock.savedSettings[setting],
        };
      },
      { sheets: c.sheets, source: c.source, setting: PLAN_SETTING },
    );
  }

  /** Goes through the flow to a finished build, with a screenshot at each step. */
  async function buildThrough(c: Case): Promise<Page> {
    const t = MESSAGES[c.language];
    const page = await openPane(c);
    await shot(page, c, "1-builder");
    await page.getByRole("radio", { name: new RegExp(`^${reviewOf(c.builder).name[c.language]}`) }).check();
    await page.getByRole("button", { name: t.next, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: t.step_sources }).waitFor();
    await page.getByText(format(t.sourceProposed, { dataset: c.builder === "scorecard" ? t.dataset_scores : t.dataset_deals })).waitFor();
    await shot(page, c, "2-sources");
    await page.getByRole("button", { name: t.next, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: t.step_columns }).waitFor();
    await shot(page, c, "3-columns");
    await page.getByRole("button", { name: t.next, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: t.step_plan }).waitFor();
    if (c.kpis) await setWeights(page, c.language, c.kpis);
    await shot(page, c, "4-plan");
    await page.getByRole("button", { name: t.next, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: t.step_build }).waitFor();
    await page.getByRole("table").getByRole("cell", { name: c.number, exact: true }).first().waitFor();
    await shot(page, c, "5-preview");
    await page.getByRole("button", { name: t.build, exact: true }).click();
    await page.getByText(format(t.buildDone, { sheets: c.sheets.map((s) => `“${s}”`).join(t.listSeparator) })).waitFor();
    await shot(page, c, "6-built");
    return page;
  }

  describe.each(CASES)("$name", (c) => {
    const t = MESSAGES[c.language];
    let built: Awaited<ReturnType<typeof workbook>>;
    let rebuilt: Awaited<ReturnType<typeof workbook>>;

    beforeAll(async () => {
      const page = await buildThrough(c);
      built = await workbook(page, c);
      await page.close();
      // Next month: the workbook holds the saved plan and the sheets this build made, marked as the add-in's.
      const init = mockInit(c.book);
      init.settings = { [PLAN_SETTING]: built.plan };
      init.sheets.push(...c.sheets.map((name, i) => ({ name, rows: [["last month"]], madeByAddin: i === 0 ? c.builder : "data" })));
      const again = await openPane(c, init);
      await again.getByRole("button", { name: format(t.rebuild, { builder: reviewOf(c.builder).name[c.language] }) }).click();
      await again.getByText(format(t.buildDone, { sheets: c.sheets.map((s) => `“${s}”`).join(t.listSeparator) })).waitFor();
      await shot(again, c, "7-rebuilt");
      rebuilt = await workbook(again, c);
      await again.close();
    }, 120_000);

    it("writes the review sheet and its data copies to the workbook", () => {
      expect(built.names).toEqual([...c.book.sheets.map((s) => s.name), ...c.sheets]);
    });

    it("writes the builder's formulas for the first person, the number the preview showed among their results", () => {
      const sheet = expectedReview(c).sheets[0];
      const r = sheet.rows.findIndex((row) => row[0]?.v === c.check.person);
      const spec = sheet.rows[r].map((cell) => (cell?.f ? `=${cell.f}` : (cell?.v ?? null)));
      const cached = sheet.rows[r].filter((cell) => cell?.f !== undefined && typeof cell.v === "number" && Math.abs(cell.v - c.check.value) < 1e-9);
      expect([built.reviewCells[r].slice(0, spec.length), cached.length > 0]).toEqual([spec, true]);
    });

    it("never writes to the source sheet", () => {
      expect(built.sourceWrites).toBe(0);
    });

    it("saves the plan with the source it read in the workbook", () => {
      const plan = JSON.parse(String(built.plan)) as { sources: Record<string, { sheet?: string; table?: string }> };
      expect(Object.values(plan.sources).map((s) => s.sheet ?? s.table)).toContain(c.builder === "funnel" && c.language === "en" ? "tblDeals" : c.source);
    });

    it("rebuilds in one click next time, replacing the sheets it made rather than adding copies", () => {
      expect(rebuilt.names).toEqual([...c.book.sheets.map((s) => s.name), ...c.sheets]);
    });
  });

  describe("at the widths of a task pane", () => {
    /** Nothing scrolls sideways but the preview's own table: the page is no wider than the pane. */
    async function overflow(page: Page): Promise<number> {
      return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    }

    /** Whether an element is wholly inside the viewport as it stands (no scrolling). */
    async function inView(page: Page, name: string): Promise<boolean> {
      const box = await page.getByRole("button", { name, exact: true }).boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    }

    const WIDTHS = [350, 450, 500];
    const STEPS_AT = ["1-builder", "2-sources", "3-columns", "4-plan", "5-preview", "6-built"] as const;

    describe.each(CASES.filter((c) => c.builder === "scorecard"))("$name", (c) => {
      const t = MESSAGES[c.language];
      const seen: Record<number, { overflow: Record<string, number>; nextInView: Record<string, boolean>; resultInView: boolean }> = {};

      beforeAll(async () => {
        for (const width of WIDTHS) {
          const page = await openPane(c);
          await page.setViewportSize({ width, height: 800 });
          const record = { overflow: {} as Record<string, number>, nextInView: {} as Record<string, boolean>, resultInView: false };
          const at = async (step: (typeof STEPS_AT)[number]): Promise<void> => {
            record.overflow[step] = await overflow(page);
            if (step !== "5-preview" && step !== "6-built") record.nextInView[step] = await inView(page, t.next);
            await page.screenshot({ path: path.join(SCREENSHOTS, `${c.name}-${width}px-${step}.png`) });
          };
          await page.getByRole("radio", { name: new RegExp(`^${reviewOf(c.builder).name[c.language]}`) }).check();
          await at("1-builder");
          await page.getByRole("button", { name: t.next, exact: true }).click();
          await page.getByText(format(t.sourceProposed, { dataset: t.dataset_scores })).waitFor();
          await at("2-sources");
          await page.getByRole("button", { name: t.next, exact: true }).click();
          await page.getByRole("heading", { level: 2, name: t.step_columns }).waitFor();
          await at("3-columns");
          await page.getByRole("button", { name: t.next, exact: true }).click();
          await page.getByRole("heading", { level: 2, name: t.step_plan }).waitFor();
          await setWeights(page, c.language, c.kpis!);
          await at("4-plan");
          await page.getByRole("button", { name: t.next, exact: true }).click();
          await page.getByRole("table").waitFor();
          await at("5-preview");
          await page.getByRole("button", { name: t.build, exact: true }).click();
          const done = page.getByText(format(t.buildDone, { sheets: c.sheets.map((s) => `“${s}”`).join(t.listSeparator) }));
          await done.waitFor();
          const box = await done.boundingBox();
          record.resultInView = box !== null && box.y >= 0 && box.y + box.height <= 800;
          await at("6-built");
          seen[width] = record;
          await page.close();
        }
      }, 180_000);

      it.each(WIDTHS)("does not scroll sideways at %i px on any step", (width) => {
        expect(seen[width].overflow).toEqual(Object.fromEntries(STEPS_AT.map((step) => [step, 0])));
      });

      it.each(WIDTHS)("keeps Next in view without scrolling at %i px, however long the step", (width) => {
        expect(Object.values(seen[width].nextInView).every(Boolean)).toBe(true);
      });

      it.each(WIDTHS)("shows the build's result in view at %i px", (width) => {
        expect(seen[width].resultInView).toBe(true);
      });
    });
  });

  describe("every review the pane offers, on the sample team, at 350 px", () => {
    const WIDTH = 350;
    const HEIGHT = 800;
    const SAMPLES: Record<Language, SampleTeam> = { en: sampleEn as SampleTeam, "zh-CN": sampleZh as SampleTeam };
    const STEP_KEYS = ["sources", "columns", "plan", "build"] as const;

    /**
     * The sample team's sheets as the scripted Excel holds them, the last 400 rows of its activity log
     * (read from the bundled workbook: the pane's own copy leaves the log out) and its plan saved in the
     * workbook, as a build would have left it.
     */
    async function sampleWorkbook(language: Language): Promise<MockExcelInit> {
      const sample = SAMPLES[language];
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(ROOT, "examples", language === "en" ? "sample-team.xlsx" : "sample-team-zh.xlsx"));
      const log = workbook.worksheets[workbook.worksheets.length - 1];
      const rows: (string | number | null)[][] = [];
      log.eachRow((row, r) => {
        if (r === 1 || r > log.rowCount - 400) {
          rows.push(Array.from({ length: log.columnCount }, (_, c) => {
            const v = row.getCell(c + 1).value;
            return v instanceof Date ? v.getTime() / 86_400_000 + 25569 : (v as string | number | null);
          }));
        }
      });
      const parsed = parsePlan(sample.plan);
      if (!parsed.ok) throw new Error(parsed.errors.join("; "));
      return {
        sheets: [...sample.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows as (string | number | null)[][] })), { name: log.name, rows }],
        settings: { [PLAN_SETTING]: JSON.stringify(parsed.plan) },
      };
    }

    /** How far the page scrolls sideways: nothing may, but the preview's own table. */
    async function sideways(page: Page): Promise<number> {
      return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    }

    const sampleCase = (language: Language): Case => ({ ...CASES.find((c) => c.language === language)!, name: `sample-${language}` });

    /** Whether the button named `name` is wholly in the viewport as it stands. */
    async function buttonInView(page: Page, name: string): Promise<boolean> {
      const box = await page.getByRole("button", { name, exact: true }).boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= HEIGHT;
    }

    /** What has focus: the body (focus lost) or an element, and whether a person can see it. */
    async function focusSeen(page: Page): Promise<string> {
      return page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return "lost";
        const box = el.getBoundingClientRect();
        return box.height > 0 && box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight ? "visible" : `hidden: ${el.tagName} ${el.textContent?.slice(0, 40)}`;
      });
    }

    /** Waits until Next may be pressed, or says what blocks it. */
    async function nextReady(page: Page, t: (typeof MESSAGES)[Language]): Promise<void> {
      const button = page.getByRole("button", { name: t.next, exact: true });
      try {
        await page.waitForFunction((el) => el?.getAttribute("aria-disabled") !== "true", await button.elementHandle(), { timeout: 20_000 });
      } catch {
        const why = await page.locator("#step-blocked").textContent().catch(() => "");
        throw new Error(`Next stayed disabled at "${await page.getByRole("heading", { level: 2 }).textContent()}": ${why}`);
      }
    }

    interface Seen {
      overflow: Record<string, number>;
      navInView: Record<string, boolean>;
      focus: Record<string, string>;
      resultInView: boolean;
      result: string;
    }
    const seen = new Map<string, Seen>();
    const RUNS = (["en", "zh-CN"] as const).flatMap((language) => REVIEW_KINDS.map((kind) => ({ language, kind })));

    beforeAll(async () => {
      for (const language of ["en", "zh-CN"] as const) {
        const init = await sampleWorkbook(language);
        const c = sampleCase(language);
        const t = MESSAGES[language];
        for (const kind of REVIEW_KINDS) {
          const page = await openPane(c, JSON.parse(JSON.stringify(init)) as MockExcelInit);
          await page.setViewportSize({ width: WIDTH, height: HEIGHT });
          const record: Seen = { overflow: {}, navInView: {}, focus: {}, resultInView: false, result: "" };
          const name = `${c.name}-${kind}-${WIDTH}px`;
          try {
            await page.getByRole("radio", { name: new RegExp(`^${reviewOf(kind).name[language]}`) }).check();
            record.overflow.builder = await sideways(page);
            record.navInView.builder = await buttonInView(page, t.next);
            await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-1-builder.png`) });
            for (const [i, step] of STEP_KEYS.entries()) {
              await nextReady(page, t);
              await page.getByRole("button", { name: t.next, exact: true }).click();
              await page.getByRole("heading", { level: 2, name: t[`step_${step}`] }).waitFor();
              if (step === "build") await page.getByRole("button", { name: t.build, exact: true }).waitFor();
              else await page.waitForTimeout(300);
              record.overflow[step] = await sideways(page);
              record.focus[step] = await focusSeen(page);
              record.navInView[step] = (await buttonInView(page, t.back)) && (step === "build" || (await buttonInView(page, t.next)));
              await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${i + 2}-${step}.png`) });
            }
            await page.getByRole("button", { name: t.build, exact: true }).click();
            const done = page.getByText(new RegExp(`^${t.buildDone.split("{sheets}")[0]}`));
            await done.waitFor({ timeout: 30_000 });
            const box = await done.boundingBox();
            record.resultInView = box !== null && box.y >= 0 && box.y + box.height <= HEIGHT;
            record.result = "built";
            record.overflow.built = await sideways(page);
            await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-6-built.png`) });
          } catch (error) {
            record.result = (error as Error).message.split("\n")[0];
            await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-failed.png`), fullPage: true });
          }
          seen.set(`${language} ${kind}`, record);
          await page.close();
        }
      }
    }, 600_000);

    it.each(RUNS)("builds the $kind in $language from the sample, step by step", ({ language, kind }) => {
      expect(seen.get(`${language} ${kind}`)?.result).toBe("built");
    });

    it.each(RUNS)("never scrolls sideways on any step of the $kind in $language", ({ language, kind }) => {
      const overflows = Object.values(seen.get(`${language} ${kind}`)?.overflow ?? { none: -1 });
      expect(overflows.filter((o) => o !== 0)).toEqual([]);
    });

    it.each(RUNS)("keeps Back and Next in view without scrolling on every step of the $kind in $language", ({ language, kind }) => {
      const nav = seen.get(`${language} ${kind}`)?.navInView ?? {};
      expect(Object.entries(nav).filter(([, inView]) => !inView)).toEqual([]);
    });

    it.each(RUNS)("keeps focus on something visible as the $kind in $language moves on", ({ language, kind }) => {
      const focus = seen.get(`${language} ${kind}`)?.focus ?? {};
      expect(Object.entries(focus).filter(([, where]) => where !== "visible")).toEqual([]);
    });

    it.each(RUNS)("shows the $kind's build result in view in $language", ({ language, kind }) => {
      expect(seen.get(`${language} ${kind}`)?.resultInView).toBe(true);
    });

    it.each(["en", "zh-CN"] as const)("picks up the draft after a reload in %s, where it was, weights as typed", async (language) => {
      const t = MESSAGES[language];
      const init = await sampleWorkbook(language);
      const page = await openPane(sampleCase(language), init);
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await page.getByRole("radio", { name: new RegExp(`^${reviewOf("scorecard").name[language]}`) }).check();
      for (const step of ["sources", "columns", "plan"] as const) {
        await nextReady(page, t);
        await page.getByRole("button", { name: t.next, exact: true }).click();
        await page.getByRole("heading", { level: 2, name: t[`step_${step}`] }).waitFor();
      }
      const sc = SCORECARD_LABELS[language];
      await page.getByRole("textbox", { name: sc.weight }).first().fill("25");
      await page.waitForTimeout(1200);
      const settings = await page.evaluate(() => (window as unknown as { __mock: { savedSettings: Record<string, unknown> } }).__mock.savedSettings);
      await page.close();
      // The workbook reopened: the settings as the file kept them.
      const again = await openPane(sampleCase(language), { ...(await sampleWorkbook(language)), settings });
      await again.setViewportSize({ width: WIDTH, height: HEIGHT });
      await again.getByRole("heading", { level: 2, name: t.step_plan }).waitFor();
      const weight = await again.getByRole("textbox", { name: sc.weight }).first().inputValue();
      await again.screenshot({ path: path.join(SCREENSHOTS, `sample-${language}-${WIDTH}px-draft-restored.png`) });
      const startOverInView = await buttonInView(again, t.startOver);
      await again.close();
      expect([weight, startOverInView]).toEqual(["25", true]);
    });

    it.each(["en", "zh-CN"] as const)("starts over from the keyboard after asking, focus always on something visible, in %s", async (language) => {
      const t = MESSAGES[language];
      const page = await openPane(sampleCase(language), await sampleWorkbook(language));
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await page.getByRole("radio", { name: new RegExp(`^${reviewOf("scorecard").name[language]}`) }).check();
      await nextReady(page, t);
      await page.getByRole("button", { name: t.next, exact: true }).click();
      await page.getByRole("heading", { level: 2, name: t.step_sources }).waitFor();
      const startOver = page.getByRole("button", { name: t.startOver, exact: true });
      await startOver.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("alertdialog", { name: t.startOverTitle });
      await dialog.waitFor();
      await page.waitForTimeout(300);
      const inDialog = [await focusSeen(page), await page.evaluate(() => Boolean(document.activeElement?.closest("[role=alertdialog]")))];
      await page.screenshot({ path: path.join(SCREENSHOTS, `sample-${language}-${WIDTH}px-start-over.png`) });
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      const backOnButton = await page.evaluate((name) => document.activeElement?.textContent === name, t.startOver);
      await page.keyboard.press("Enter");
      await dialog.waitFor();
      await dialog.getByRole("button", { name: t.startOver, exact: true }).click();
      await page.getByRole("heading", { level: 2, name: t.step_builder }).waitFor();
      await page.waitForTimeout(300);
      const after = [await focusSeen(page), await page.evaluate(() => document.activeElement?.id)];
      await page.close();
      expect([inDialog, backOnButton, after]).toEqual([["visible", true], true, ["visible", "step-heading"]]);
    });

    it.each(["en", "zh-CN"] as const)("exports the plan file the command line reads and imports it back, in %s", async (language) => {
      const t = MESSAGES[language];
      const init = await sampleWorkbook(language);
      const page = await openPane(sampleCase(language), init);
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await page.getByRole("tab", { name: t.tabSettings }).click();
      await page.getByRole("button", { name: t.settingsExport }).waitFor();
      const widthAtSettings = await sideways(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, `sample-${language}-${WIDTH}px-settings.png`), fullPage: true });
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.settingsExport }).click()]);
      const file = await download.path();
      const exported = fs.readFileSync(file, "utf8");
      const parsed = parsePlan(JSON.parse(exported));
      // The same file with one change, imported back: the workbook's plan becomes it.
      const changed = path.join(profileDir, `plan-${language}.json`);
      fs.writeFileSync(changed, exported.replace(/"annual": \d+/, '"annual": 15000000'));
      await page.locator("input[type=file]").setInputFiles(changed);
      await page.getByText(format(t.settingsImported, { file: path.basename(changed) })).waitFor();
      const saved = await page.evaluate((key) => (window as unknown as { __mock: { savedSettings: Record<string, unknown> } }).__mock.savedSettings[key], PLAN_SETTING);
      const resultBox = await page.getByText(format(t.settingsImported, { file: path.basename(changed) })).boundingBox();
      await page.screenshot({ path: path.join(SCREENSHOTS, `sample-${language}-${WIDTH}px-settings-imported.png`) });
      await page.close();
      const original = parsePlan(JSON.parse(String(init.settings?.[PLAN_SETTING])));
      const imported = parsePlan(JSON.parse(String(saved)));
      expect([
        download.suggestedFilename(),
        parsed.ok && original.ok && JSON.stringify(parsed.plan) === JSON.stringify(original.plan),
        imported.ok && imported.plan.targets.annual,
        widthAtSettings,
        resultBox !== null && resultBox.y >= 0 && resultBox.y + resultBox.height <= HEIGHT,
      ]).toEqual(["kpi-plan.json", true, 15000000, 0, true]);
    });

    it.each(["en", "zh-CN"] as const)("writes the sample into an empty workbook from the welcome and opens a scorecard on it, in %s", async (language) => {
      const t = MESSAGES[language];
      const c = sampleCase(language);
      const page = await openPane(c, { sheets: [{ name: language === "en" ? "Sheet1" : "工作表1" }] });
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await page.evaluate(() => localStorage.removeItem("KPIToolkit.welcomeSeen"));
      await page.reload();
      await page.getByRole("button", { name: t.trySample }).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, `sample-${language}-${WIDTH}px-welcome.png`) });
      const welcomeOverflow = await sideways(page);
      await page.getByRole("button", { name: t.trySample }).click();
      await page.getByRole("heading", { level: 2, name: t.step_sources }).waitFor();
      await page.getByText(format(t.sourceProposed, { dataset: t.dataset_scores })).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, `sample-${language}-${WIDTH}px-sample-written.png`) });
      const names = await page.evaluate(() => (window as unknown as { __mock: { sheetNames(): string[] } }).__mock.sheetNames());
      const focus = await focusSeen(page);
      await page.close();
      expect([welcomeOverflow, names, focus]).toEqual([0, [language === "en" ? "Sheet1" : "工作表1", ...SAMPLES[language].sheets.map((s) => s.name)], "visible"]);
    });
  });

  describe("without a mouse", () => {
    const c = CASES[0];
    const t = MESSAGES.en;

    /** The accessible name of the focused element as a person hears it, and the group it sits in. */
    async function focused(page: Page): Promise<{ name: string; group: string }> {
      return page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return { name: "", group: "" };
        const byIds = el.getAttribute("aria-labelledby")?.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
        const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
        const name = el.getAttribute("aria-label") ?? byFor ?? byIds ?? el.textContent ?? "";
        return { name: name.replace(/\s*\*\s*$/, "").trim(), group: el.closest("fieldset")?.querySelector("legend")?.textContent ?? "" };
      });
    }

    /** Presses Tab until the control named `name` (in the group `group`) has focus. */
    async function tabTo(page: Page, name: string | RegExp, group?: string): Promise<void> {
      for (let presses = 0; presses < 120; presses++) {
        await page.keyboard.press("Tab");
        const at = await focused(page);
        const named = typeof name === "string" ? at.name === name : name.test(at.name);
        if (named && (group === undefined || at.group === group)) return;
      }
      throw new Error(`Tab never reached "${String(name)}"${group ? ` in "${group}"` : ""}`);
    }

    it("goes from the first step to a written scorecard with the keyboard alone", async () => {
      const page = await openPane(c);
      await tabTo(page, new RegExp(`^${reviewOf("scorecard").name[c.language]}:`));
      await page.keyboard.press("Space");
      for (const heading of [t.step_sources, t.step_columns, t.step_plan]) {
        await tabTo(page, t.next);
        await page.keyboard.press("Enter");
        await page.getByRole("heading", { level: 2, name: heading }).waitFor();
      }
      for (const [i, weight] of ["60", "40"].entries()) {
        const sc = SCORECARD_LABELS[c.language];
        await tabTo(page, sc.weight, format(MESSAGES[c.language].named, { label: format(sc.kpi, { n: i + 1 }), text: c.kpis![i] }));
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.type(weight);
      }
      await tabTo(page, t.next);
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: t.step_build }).waitFor();
      await tabTo(page, t.build);
      await page.keyboard.press("Enter");
      await page.getByText(format(t.buildDone, { sheets: c.sheets.map((s) => `“${s}”`).join(t.listSeparator) })).waitFor();
      await shot(page, c, "keyboard-built");
      const book = await workbook(page, c);
      await page.close();
      expect(book.names).toEqual([...c.book.sheets.map((s) => s.name), ...c.sheets]);
    });

    it("shows the function list only on its own tab", async () => {
      const page = await openPane(c);
      const split = page.getByText("KPI.SPLIT(total, weights, [decimals], [minimums], [maximums])");
      const before = await split.isVisible();
      await tabTo(page, t.tabBuild);
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await split.waitFor();
      const after = await split.isVisible();
      await page.close();
      expect([before, after]).toEqual([false, true]);
    });
  });

  describe.each(["en", "zh-CN"] as const)("the column step on a wide 绩效考核表 at 350 px, pane in %s", (language) => {
    const t = MESSAGES[language];
    const c: Case = {
      name: `wide-kpi-${language}`,
      language,
      book: { sheets: [{ name: FIXTURES.ZH_WIDE.sheet, grid: FIXTURES.ZH_WIDE.rows }] },
      builder: "scorecard",
      source: FIXTURES.ZH_WIDE.sheet,
      sheets: [],
      number: "92.5%",
      check: { person: "张伟", value: 0.925 },
    };
    let seen: { sentence: boolean; kpis: string[]; overflow: number; preview: boolean };

    beforeAll(async () => {
      const page = await openPane(c);
      await page.setViewportSize({ width: 350, height: 800 });
      await page.getByRole("radio", { name: new RegExp(`^${reviewOf("scorecard").name[language]}`) }).check();
      await page.getByRole("button", { name: t.next, exact: true }).click();
      await page.getByText(format(t.sourceProposed, { dataset: t.dataset_scores })).waitFor();
      await page.getByRole("button", { name: t.next, exact: true }).click();
      await page.getByRole("heading", { level: 2, name: t.step_columns }).waitFor();
      const sentence = await page.getByText(format(t.layoutPairs, { row: 3, place: format(t.placeSheet, { name: FIXTURES.ZH_WIDE.sheet }) })).isVisible();
      const kpis = await page.getByRole("group", { name: /^(KPI: |指标：)/ }).evaluateAll((groups) => groups.map((g) => g.querySelector("legend")?.textContent ?? ""));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${c.name}-350px-3-columns.png`), fullPage: true });
      await page.getByRole("button", { name: t.next, exact: true }).click();
      await page.getByRole("heading", { level: 2, name: t.step_plan }).waitFor();
      await page.getByRole("button", { name: t.next, exact: true }).click();
      await page.getByRole("heading", { level: 2, name: t.step_build }).waitFor();
      // 张伟: (1.1 + 0.75) / 2 = 92.5%, worked by hand in test/fixtures/kpi-sheets/expected.ts.
      const preview = await page.getByRole("table").getByRole("cell", { name: c.number, exact: true }).first().isVisible();
      await page.screenshot({ path: path.join(SCREENSHOTS, `${c.name}-350px-5-preview.png`), fullPage: true });
      await page.close();
      seen = { sentence, kpis, overflow, preview };
    }, 120_000);

    it("says the sheet is one row per person with a target and an actual column per KPI", () => {
      expect(seen.sentence).toBe(true);
    });

    it("lists the KPIs found in the headers", () => {
      expect(seen.kpis).toEqual(["销售额", "新客户数"].map((kpi) => format(t.kpiLegend, { kpi })));
    });

    it("does not scroll sideways", () => {
      expect(seen.overflow).toBe(0);
    });

    it("previews the weighted score worked by hand", () => {
      expect(seen.preview).toBe(true);
    });
  });
});
