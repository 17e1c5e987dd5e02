/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import sampleEn from "../../src/taskpane/sample/sampleTeam.en.json";
import sampleZh from "../../src/taskpane/sample/sampleTeam.zh-CN.json";
import { format, MESSAGES } from "../../src/taskpane/i18n";
import type { FakeWorkbook } from "./fakeHost";
import { next, openPane, pickBuilder, settle, stepHeading } from "./flow";

expect.extend(toHaveNoViolations);

const EMPTY: FakeWorkbook = { sheets: [{ name: "Sheet1", grid: [] }] };
const SAMPLE_NAMES = { en: sampleEn.sheets.map((s) => s.name), "zh-CN": sampleZh.sheets.map((s) => s.name) };

beforeEach(() => localStorage.clear());

describe("Try it with sample data, on the welcome", () => {
  it.each(["en", "zh-CN"] as const)("writes the sample team in %s as new sheets of the person's own, never marked or replacing", async (language) => {
    const { host, t } = await openPane(EMPTY, language);
    fireEvent.click(screen.getByRole("button", { name: t.trySample }));
    await settle(50);
    const [write] = host.builds;
    expect([write.build.sheets.map((s) => s.name), write.options.unmarked, write.options.replace, [...host.unmarked]]).toEqual([SAMPLE_NAMES[language], true, false, SAMPLE_NAMES[language]]);
  });

  it.each(["en", "zh-CN"] as const)("opens a scorecard in %s with the sample's KPI results and people chosen", async (language) => {
    const { t } = await openPane(EMPTY, language);
    fireEvent.click(screen.getByRole("button", { name: t.trySample }));
    await settle(50);
    const picked = screen.getAllByRole("combobox").map((box) => (box as HTMLInputElement).value || box.textContent);
    expect([stepHeading().textContent, picked.some((p) => p?.includes(SAMPLE_NAMES[language][1])), picked.some((p) => p?.includes(SAMPLE_NAMES[language][0]))]).toEqual([t.step_sources, true, true]);
  });

  it("says what it wrote, and the welcome gives way to the review", async () => {
    const { t } = await openPane(EMPTY, "en");
    fireEvent.click(screen.getByRole("button", { name: t.trySample }));
    await settle(50);
    const sheets = SAMPLE_NAMES.en.map((name) => `“${name}”`).join(t.listSeparator);
    expect([screen.getByText(format(t.sampleWritten, { sheets })) !== null, screen.queryByText(t.welcomeTitle)]).toEqual([true, null]);
  });

  it("goes on to a plan with the sample's weights, complaints lower is better, and a preview", async () => {
    const { t } = await openPane(EMPTY, "en");
    fireEvent.click(screen.getByRole("button", { name: t.trySample }));
    await settle(50);
    await next(t);
    await next(t);
    const weights = screen.getAllByRole("textbox", { name: /^Weight/ }).map((box) => (box as HTMLInputElement).value);
    await next(t);
    expect([weights, stepHeading().textContent, screen.getByRole("table") !== null]).toEqual([["30", "20", "20", "15", "15"], t.step_build, true]);
  });

  it("leaves a sheet of the same name alone, adds the sample beside it and says so", async () => {
    const mine = { name: "Team", grid: [["my own notes"]] };
    const { host, t } = await openPane({ sheets: [mine] }, "en");
    fireEvent.click(screen.getByRole("button", { name: t.trySample }));
    await settle(50);
    expect([[...host.unmarked][0], host.written.has("Team"), screen.getByText(format(t.sampleRenamed, { sheets: "“Team”" })) !== null]).toEqual(["Team (2)", false, true]);
  });

  it("shows a failure under the button, in the pane's language", async () => {
    const { host, t } = await openPane(EMPTY, "zh-CN");
    host.failWrite = new Error("工作簿受保护");
    fireEvent.click(screen.getByRole("button", { name: t.trySample }));
    await settle(50);
    expect(screen.getByText(format(t.sampleFailed, { message: "工作簿受保护" }))).toBeTruthy();
  });

  it("has no accessibility violations on the welcome", async () => {
    const { container } = await openPane(EMPTY, "zh-CN");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("an empty workbook", () => {
  it("is offered the sample on the first step, once the welcome is gone", async () => {
    localStorage.setItem("KPIToolkit.welcomeSeen", "1");
    const { host, t } = await openPane(EMPTY, "en");
    const note = screen.getByText(t.noSources).closest("[role=group]") as HTMLElement;
    fireEvent.click(within(note).getByRole("button", { name: t.trySample }));
    await settle(50);
    expect([host.builds.length, stepHeading().textContent]).toEqual([1, t.step_sources]);
  });

  it("is offered the sample on the first step as soon as the welcome is dismissed", async () => {
    const { t } = await openPane(EMPTY, "en");
    const before = screen.getAllByRole("button", { name: t.trySample }).length;
    fireEvent.click(screen.getByRole("button", { name: t.welcomeDismiss }));
    await settle();
    const note = screen.getByText(t.noSources).closest("[role=group]") as HTMLElement;
    expect([before, within(note).getAllByRole("button", { name: t.trySample }).length, screen.queryByText(t.welcomeTitle)]).toEqual([1, 1, null]);
  });

  it("is not what a workbook with data is told", async () => {
    localStorage.setItem("KPIToolkit.welcomeSeen", "1");
    const { t } = await openPane({ sheets: [{ name: "Team", grid: [["Name", "Target"], ["Ann", 100]] }] }, "en");
    expect([screen.queryByText(t.noSources), screen.queryByRole("button", { name: t.trySample })]).toEqual([null, null]);
  });

  it("has no accessibility violations with the sample offered on the first step", async () => {
    localStorage.setItem("KPIToolkit.welcomeSeen", "1");
    const { container } = await openPane(EMPTY, "zh-CN");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("leads to the sample from the data step", async () => {
    localStorage.setItem("KPIToolkit.welcomeSeen", "1");
    const { host, t } = await openPane(EMPTY, "en");
    pickBuilder(t, "funnel");
    await next(t);
    const note = screen.getByText(t.noSources).closest("[role=group]") as HTMLElement;
    fireEvent.click(within(note).getByRole("button", { name: t.trySample }));
    await settle(50);
    expect([host.builds.length, stepHeading().textContent]).toEqual([1, t.step_sources]);
  });
});

describe("the sample the pane carries", () => {
  it.each([
    ["en", sampleEn],
    ["zh-CN", sampleZh],
  ] as const)("is in %s, with its plan in the same language", (language, sample) => {
    expect([sample.language, (sample.plan as { language: string }).language]).toEqual([language, language]);
  });

  it("names no sheet of one language in the other", () => {
    expect(SAMPLE_NAMES.en.filter((name) => SAMPLE_NAMES["zh-CN"].includes(name))).toEqual([]);
  });

  it("keeps the numbers the sample typed as text as text", () => {
    expect(sampleEn.sheets[0].rows.flat().filter((v) => typeof v === "string" && /^\d{1,3}(,\d{3})+$/.test(v)).length).toBeGreaterThan(0);
  });

  it("has a Chinese message for every English one it shows", () => {
    expect([MESSAGES["zh-CN"].trySample, MESSAGES["zh-CN"].sampleWritten.includes("{sheets}")]).toEqual(["用示例数据试一试", true]);
  });
});
