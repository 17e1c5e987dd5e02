/**
 * The Functions tab in a real browser, opened as the ribbon's "KPI functions" button opens it
 * (taskpane.html?open=functions): the production build, served from a local port, in headless Chromium,
 * with the scripted Excel host (test/workbook/mockExcel.ts) behind the real Office layer. At the widths of
 * a task pane nothing scrolls sideways, every argument list open; Insert writes the example into the
 * selected cell of the scripted workbook, and asks before writing over a cell that holds something.
 * Screenshots go to test-output/screenshots/ for people to look at. No request leaves localhost.
 *
 * Needs /usr/bin/chromium, as pane.browser.test.ts: without it the suite fails under CI and is skipped,
 * loudly, elsewhere.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { FUNCTION_CATALOG } from "../../src/taskpane/functionCatalog";
import { FUNCTION_WORDS } from "../../src/taskpane/functions/words";
import { MESSAGES, type Language } from "../../src/taskpane/i18n";
import type { MockExcelInit } from "../workbook/mockExcel";
import { servePane } from "./paneServer";

const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) {
  console.warn(`\n[functions.browser.test] SKIPPED: ${CHROMIUM} is missing. Install it with: apt-get install -y --no-install-recommends chromium\n`);
}
const suite = haveChromium || process.env.CI ? describe : describe.skip;

jest.setTimeout(90_000);

/** A workbook whose selected cell is C4 of "Q1 Review": empty, or holding a name. */
function book(holds: string | null): MockExcelInit {
  return {
    sheets: [
      { name: "Team", rows: [["Name", "Sales"], ["Ann", 1200]] },
      { name: "Q1 Review", rows: [[null]], cells: holds === null ? [] : [{ address: "C4", value: holds }] },
    ],
    selection: { sheet: "Q1 Review", address: "C4" },
  };
}

const SCORE = FUNCTION_CATALOG.find((fn) => fn.name === "SCORE")!;
const WIDTHS = [320, 350, 600];

suite("the Functions tab in Chromium with a scripted Excel", () => {
  let distDir = "";
  let profileDir = "";
  let server: http.Server;
  let baseUrl = "";
  let mockScript = "";
  let context: BrowserContext;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: CI installs it with apt-get install -y --no-install-recommends chromium`);
    ({ distDir, baseUrl, server, mockScript } = await servePane("kpi-functions-dist-"));
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-functions-profile-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 350, height: 800 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const dir of [distDir, profileDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the pane as the ribbon's "KPI functions" button does, on the scripted host over `init`. */
  async function openFunctions(language: Language, init: MockExcelInit, width = 350): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript({ content: `${mockScript}\nwindow.KpiMockExcel = KpiMockExcel;` });
    await page.addInitScript(
      ({ init, language }) => {
        const factory = (window as unknown as { KpiMockExcel: { createMockExcel: (i: unknown) => unknown } }).KpiMockExcel;
        const mock = factory.createMockExcel(init) as {
          Office: { context: { displayLanguage: string }; onReady?: () => Promise<unknown> };
          install: (target: unknown) => void;
        };
        mock.Office.context.displayLanguage = language;
        mock.Office.onReady = () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
        mock.install(window);
        (window as unknown as { __mock: unknown }).__mock = mock;
      },
      { init, language },
    );
    await page.goto(`${baseUrl}/taskpane.html?open=functions`);
    await page.getByRole("tabpanel", { name: MESSAGES[language].tabFunctions }).waitFor();
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join("; ")}`);
    return page;
  }

  /** What the scripted workbook's C4 of "Q1 Review" holds: its formula, or its value. */
  async function c4(page: Page): Promise<unknown> {
    return page.evaluate(() => {
      const mock = (window as unknown as { __mock: { cell(sheet: string, ref: string): { value: unknown; formula?: string } | undefined } }).__mock;
      const cell = mock.cell("Q1 Review", "C4");
      return cell ? (cell.formula ?? cell.value) : null;
    });
  }

  describe.each(["en", "zh-CN"] as const)("in %s", (language) => {
    const words = FUNCTION_WORDS[language];
    const overflow: Record<number, number> = {};

    beforeAll(async () => {
      for (const width of WIDTHS) {
        const page = await openFunctions(language, book(null), width);
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
        overflow[width] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.screenshot({ path: path.join(SCREENSHOTS, `functions-${language}-${width}px.png`), fullPage: true });
        await page.close();
      }
    }, 180_000);

    it.each(WIDTHS)("does not scroll sideways at %i px with every argument list open", (width) => {
      expect(overflow[width]).toBe(0);
    });

    it("writes the example into the selected cell through the Office layer and says so beside the button", async () => {
      const page = await openFunctions(language, book(null));
      const item = page.locator('li[data-function="SCORE"]');
      await item.getByRole("button", { name: words.insertLabel(SCORE.example.formula) }).click();
      const status = item.getByRole("status");
      await status.getByText(SCORE.example.formula, { exact: false }).waitFor();
      const written = await c4(page);
      const box = await status.boundingBox();
      await page.screenshot({ path: path.join(SCREENSHOTS, `functions-${language}-inserted.png`) });
      await page.close();
      expect([written, box !== null && box.y >= 0 && box.y + box.height <= 800]).toEqual([SCORE.example.formula, true]);
    });

    it("asks before writing over a cell that holds something, and replaces it only when told", async () => {
      const page = await openFunctions(language, book("Ann"));
      const item = page.locator('li[data-function="SCORE"]');
      await item.getByRole("button", { name: words.insertLabel(SCORE.example.formula) }).click();
      await item.getByRole("button", { name: words.keep }).waitFor();
      const asked = await c4(page);
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
      await page.screenshot({ path: path.join(SCREENSHOTS, `functions-${language}-asking.png`) });
      await item.getByRole("button", { name: words.replace }).click();
      await item.getByRole("status").getByText(SCORE.example.formula, { exact: false }).waitFor();
      const replaced = await c4(page);
      await page.close();
      expect([asked, focused, replaced]).toEqual(["Ann", words.keep, SCORE.example.formula]);
    });
  });
});
