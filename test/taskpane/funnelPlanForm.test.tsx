/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { format } from "../../src/taskpane/i18n";
import { FUNNEL_LABELS } from "../../src/taskpane/funnel/labels";
import { choose, group, label, next, settle, type, walkTo } from "./flow";
import { ALL_EN, ALL_ZH } from "./fixtures";

const fn = FUNNEL_LABELS.en;
const zh = FUNNEL_LABELS["zh-CN"];

/** Builds from the plan step and gives the funnel section of the plan it saved. */
async function buildAndSave(t: Awaited<ReturnType<typeof walkTo>>["t"], host: Awaited<ReturnType<typeof walkTo>>["host"]) {
  await next(t);
  fireEvent.click(screen.getByRole("button", { name: t.build }));
  await settle();
  return (host.savedPlans[0] as { funnel: Record<string, unknown> }).funnel;
}

describe("the funnel plan form: outcomes, status words and the stuck list", () => {
  it("marks a new stage as the words of a lost deal, and builds with it", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    fireEvent.click(screen.getByRole("button", { name: fn.addStage }));
    await settle();
    const stage = group(format(fn.stage, { n: 6 }));
    type(label(fn.stageName), "Closed Lost", stage);
    await choose(label(fn.outcome), fn.outcome_lost, group(`${format(fn.stage, { n: 6 })}: Closed Lost`));
    const funnel = await buildAndSave(t, host);
    expect((funnel.stages as { name: string; outcome?: string }[]).map((s) => [s.name, s.outcome ?? null])).toEqual([
      ["Lead", null],
      ["Needs", null],
      ["Proposal", null],
      ["Negotiation", null],
      ["Won", null],
      ["Closed Lost", "lost"],
    ]);
  });

  it("shows each stage's outcome, a step unless marked, and takes a mark away again", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    const won = group(`${format(fn.stage, { n: 5 })}: Won`);
    expect((within(won).getByRole("combobox", { name: label(fn.outcome) }) as HTMLButtonElement).textContent).toBe(fn.outcome_none);
    await choose(label(fn.outcome), fn.outcome_won, won);
    await choose(label(fn.outcome), fn.outcome_excluded, group(`${format(fn.stage, { n: 1 })}: Lead`));
    await choose(label(fn.outcome), fn.outcome_none, group(`${format(fn.stage, { n: 1 })}: Lead`));
    const funnel = await buildAndSave(t, host);
    const stages = funnel.stages as { name: string; outcome?: string }[];
    expect([stages[0], stages[4].outcome]).toEqual([expect.not.objectContaining({ outcome: expect.anything() }), "won"]);
  });

  it("keeps the status words typed for each meaning, and leaves out a meaning with none", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    type(label(fn.statusWords_lost), "Verloren, 已输单");
    type(label(fn.statusWords_excluded), "Spam");
    type(label(fn.statusWords_excluded), "");
    type(label(fn.statusWords_won), "Gewonnen");
    const funnel = await buildAndSave(t, host);
    expect(funnel.statusWords).toEqual({ lost: ["Verloren", "已输单"], won: ["Gewonnen"] });
  });

  it("sets how many stuck deals are listed", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    type(label(fn.stuckListSize), "50");
    const funnel = await buildAndSave(t, host);
    expect(funnel.stuckListSize).toBe(50);
  });

  it("asks for a whole number of stuck deals to list", async () => {
    const { t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    const size = screen.getByRole("textbox", { name: label(fn.stuckListSize) });
    fireEvent.change(size, { target: { value: "2.5" } });
    const ids = size.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent ?? "").find((text) => text !== "")).toBe(t.errWholeNumber);
  });

  it("says the won stage must be the last one, at the stage marked won too early", async () => {
    await walkTo(ALL_EN, "en", "funnel", "plan");
    const lead = group(`${format(fn.stage, { n: 1 })}: Lead`);
    await choose(label(fn.outcome), fn.outcome_won, lead);
    const field = within(lead).getByRole("combobox", { name: label(fn.outcome) });
    const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent ?? "").find((text) => text !== "")).toBe(fn.errWonLast);
  });

  it("speaks Chinese in a Chinese pane: the outcomes and the status words", async () => {
    await walkTo(ALL_ZH, "zh-CN", "funnel", "plan");
    const first = screen.getAllByRole("group", { name: new RegExp(`^${format(zh.stage, { n: 1 })}`) })[0];
    await choose(label(zh.outcome), zh.outcome_lost, first);
    expect([
      within(first).getByRole("combobox", { name: label(zh.outcome) }).textContent,
      screen.getAllByRole("textbox", { name: label(zh.statusWords_lost) }).length,
      screen.getByRole("group", { name: zh.statusWords }) !== null,
    ]).toEqual([zh.outcome_lost, 1, true]);
  });
});
