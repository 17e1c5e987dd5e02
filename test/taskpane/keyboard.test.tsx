/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { format } from "../../src/taskpane/i18n";
import { label, nextButton, settle, walkTo } from "./flow";
import { SCORES_EN } from "./fixtures";

describe("keyboard use", () => {
  it("unsets a column with the keyboard alone: open, go to the first choice, pick it", async () => {
    const { t } = await walkTo(SCORES_EN, "en", "scorecard", "columns");
    const actual = screen.getByRole("combobox", { name: label(t.role_actual) });
    act(() => actual.focus());
    fireEvent.keyDown(actual, { key: "Enter" });
    fireEvent.keyDown(actual, { key: "Home" });
    fireEvent.keyDown(actual, { key: "Enter" });
    await settle(50);
    // A required field without a column shows the invitation to choose one.
    expect([actual.textContent, actual.getAttribute("aria-invalid")]).toEqual([t.columnChoose, "true"]);
  });

  it("keeps a blocked Next button focusable, so the reason can be reached", async () => {
    const { t } = await walkTo(SCORES_EN, "en", "scorecard", "columns");
    const actual = screen.getByRole("combobox", { name: label(t.role_actual) });
    fireEvent.keyDown(actual, { key: "Enter" });
    fireEvent.keyDown(actual, { key: "Home" });
    fireEvent.keyDown(actual, { key: "Enter" });
    await settle(50);
    nextButton(t).focus();
    expect([document.activeElement, document.getElementById(nextButton(t).getAttribute("aria-describedby")!)?.textContent]).toEqual([
      nextButton(t),
      format(t.mappingBlocked, { list: format(t.named, { label: t.dataset_scores, text: t.role_actual }) }),
    ]);
  });

  it("lets the preview table be scrolled from the keyboard", async () => {
    const { t } = await walkTo(SCORES_EN, "en", "scorecard", "build");
    expect(screen.getByRole("region", { name: format(t.previewRegion, { sheet: "Scorecard" }) }).tabIndex).toBe(0);
  });
});
