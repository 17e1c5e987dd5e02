import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Catalogue } from "../../src/i18n/languages";
import { format, type Language, LANGUAGES, MESSAGES, type Messages } from "../../src/taskpane/i18n";
import { type ReviewKind, reviewOf } from "../../src/reviews/registry";
import type { Capabilities } from "../../src/workbook/hostCapabilities";
import { FakeHost, type FakeWorkbook } from "./fakeHost";
import { FULL_EXCEL, TODAY } from "./fixtures";

/**
 * Lets pending promises (loadPlan, reads, writes) settle and React render what they changed; `ms` also
 * lets animation frames run (Fluent's tab indicator moves on one).
 */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Shows a tab of the pane. */
export async function showTab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name }));
  await settle(50);
}

/** Opens the pane on a fake workbook, in a language, and waits for the saved plan to load. */
export async function openPane(book: FakeWorkbook, language: Language, capabilities: Capabilities = FULL_EXCEL) {
  const host = new FakeHost(book);
  const view = render(<App initialLanguage={language} host={host} capabilities={capabilities} today={TODAY} />);
  await settle();
  return { host, t: MESSAGES[language], ...view };
}

/** The heading of the step on screen. */
export function stepHeading(): HTMLElement {
  return screen.getByRole("heading", { level: 2 });
}

/** The Next button. */
export function nextButton(t: Messages): HTMLElement {
  return screen.getByRole("button", { name: t.next });
}

/** Presses Next and waits for what it started. */
export async function next(t: Messages): Promise<void> {
  fireEvent.click(nextButton(t));
  await settle();
}

/** The language of a catalogue of the pane: the pane's language in a test that holds only its words. */
export function languageOf(t: Messages): Language {
  const language = LANGUAGES.find((candidate) => MESSAGES[candidate] === t);
  if (language === undefined) throw new Error("not one of the pane's catalogues");
  return language;
}

/** A catalogue of a review's form (its labels.ts) in the language of the pane's words `t`. */
export function wordsOf<T>(t: Messages, catalogue: Catalogue<T>): T {
  return catalogue[languageOf(t)];
}

/** A review's name as the pane shows it, from its definition in the registry. */
export function reviewName(t: Messages, kind: ReviewKind): string {
  return reviewOf(kind).name[languageOf(t)];
}

/** Picks a review on the first step. */
export function pickBuilder(t: Messages, kind: ReviewKind): void {
  fireEvent.click(screen.getByRole("radio", { name: new RegExp(`^${reviewName(t, kind)}`) }));
}

/** Opens the dropdown labelled `label` (within `scope`) and picks the option `option`. */
export async function choose(label: string | RegExp, option: string, scope: HTMLElement = document.body): Promise<void> {
  fireEvent.click(within(scope).getByRole("combobox", { name: label }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
  await settle();
}

/** The fieldset named `name` (a KPI, a stage, a dataset's columns). */
export function group(name: string | RegExp): HTMLElement {
  return screen.getByRole("group", { name });
}

/** Types into the text box labelled `label` within `scope`. */
export function type(label: string | RegExp, text: string, scope: HTMLElement = document.body): void {
  fireEvent.change(within(scope).getByRole("textbox", { name: label }), { target: { value: text } });
}

/** The texts of the messages in the message area. */
export function messages(t: Messages): string[] {
  const region = screen.getByRole("region", { name: t.messagesLabel });
  return within(region)
    .queryAllByRole("group")
    .map((bar) => bar.textContent ?? "");
}

/** The texts of the build results, each shown under the button that started its build. */
export function buildResults(): string[] {
  return screen
    .queryAllByRole("status")
    .flatMap((region) => within(region).queryAllByRole("group"))
    .map((bar) => bar.textContent ?? "");
}

/** The preview table's rows as cell texts, the header row first. */
export function previewRows(): string[][] {
  const table = screen.getByRole("table");
  return within(table)
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));
}

/** Goes from the first step to the plan step of a builder with the proposed sources and detected columns. */
export async function toPlanStep(t: Messages, kind: ReviewKind): Promise<void> {
  pickBuilder(t, kind);
  await next(t);
  await next(t);
  await next(t);
}

/** The review sheet's heading text in the preview. */
export function previewHeading(t: Messages, sheet: string): string {
  return format(t.previewHeading, { sheet });
}

/** The steps of the flow, by the key of their heading in the catalogue. */
export type Step = "builder" | "sources" | "columns" | "plan" | "build";
const STEP_COUNT: Record<Step, number> = { builder: 0, sources: 1, columns: 2, plan: 3, build: 4 };

/** Opens the pane and walks a builder's flow to a step with what the pane proposes and detects. */
export async function walkTo(book: FakeWorkbook, language: Language, kind: ReviewKind, step: Step) {
  const pane = await openPane(book, language);
  pickBuilder(pane.t, kind);
  for (let i = 0; i < STEP_COUNT[step]; i++) await next(pane.t);
  // A walk stopped short would test the wrong step.
  if (stepHeading().textContent !== pane.t[`step_${step}`]) throw new Error(`the ${kind} flow stopped at "${stepHeading().textContent}" before the ${step} step`);
  return pane;
}

/** Exactly this label, with or without the required mark. */
export function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`);
}
