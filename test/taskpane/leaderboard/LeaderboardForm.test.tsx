/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { LEADERBOARD_LABELS } from "../../../src/taskpane/leaderboard/labels";
import { choose, label, next, settle, walkTo } from "../flow";
import { ALL_EN } from "../fixtures";

const lb = LEADERBOARD_LABELS.en;

/** The message a field shows under it, found through its aria-describedby. */
function fieldMessage(field: HTMLElement): string | undefined {
  const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").find((text) => text !== "");
}

describe("the leaderboard plan form", () => {
  it("asks for the brackets once people are grouped by target size", async () => {
    await walkTo(ALL_EN, "en", "leaderboard", "plan");
    expect(screen.queryByRole("textbox", { name: label(lb.brackets) })).toBeNull();
    await choose(label(lb.groupBy), lb.groupBy_target);
    const brackets = screen.getByRole("textbox", { name: label(lb.brackets) });
    // A blank field stays quiet until the person leaves it (or asks to go on).
    fireEvent.blur(brackets);
    await settle();
    expect(fieldMessage(brackets)).toMatch(/needs the brackets' lower bounds/);
  });

  it("builds with the measure, period and prizes chosen", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "leaderboard", "plan");
    await choose(label(lb.period), lb.period_quarter);
    fireEvent.change(screen.getByRole("textbox", { name: label(lb.prizes_top) }), { target: { value: "3000, 2000, 1000" } });
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.savedPlans[0]).toMatchObject({ leaderboard: { measure: "sales", period: "quarter", prizes: { top: [3000, 2000, 1000] } } });
  });

  it("asks which activity type to count once the measure is activities", async () => {
    await walkTo(ALL_EN, "en", "leaderboard", "plan");
    expect(screen.queryByRole("textbox", { name: label(lb.activityType) })).toBeNull();
    await choose(label(lb.measure), lb.measure_activities);
    expect(screen.getByRole("textbox", { name: label(lb.activityType) })).toBeTruthy();
  });
});
