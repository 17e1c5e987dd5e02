import { ROLES } from "../../src/datasets/columns";
import { DATASETS } from "../../src/datasets/records";
import { REVIEW_PANES } from "../../src/taskpane/forms";
import { format, inEveryLanguage, LANGUAGE_NAMES, LANGUAGES, MESSAGES, pickLanguage } from "../../src/taskpane/i18n";
import { FUNCTION_AREAS, FUNCTION_NOTES } from "../../src/taskpane/functionCatalog";
import { HOST_MESSAGES } from "../../src/workbook/hostMessages";

describe("pickLanguage", () => {
  it.each([
    { case: "Office in Simplified Chinese", tags: ["zh-CN", "en-US"], language: "zh-CN" },
    { case: "Office in English on a Chinese browser", tags: ["en-US", "zh-CN"], language: "en" },
    { case: "no Office, a Chinese browser", tags: [undefined, "zh-CN"], language: "zh-CN" },
    { case: "no Office, a browser tag in lower case", tags: [undefined, "zh-cn"], language: "zh-CN" },
    { case: "Traditional Chinese (closest catalogue)", tags: ["zh-TW"], language: "zh-CN" },
    { case: "a bare zh tag", tags: ["zh"], language: "zh-CN" },
    { case: "a script-tagged Chinese", tags: ["zh-Hans-SG"], language: "zh-CN" },
    { case: "a blank Office language", tags: ["", "zh-CN"], language: "zh-CN" },
    { case: "a language without a catalogue", tags: ["de-DE"], language: "en" },
    { case: "a tag that only starts with zh", tags: ["zha"], language: "en" },
    { case: "no language at all", tags: [], language: "en" },
  ])("chooses $language for $case", ({ tags, language }) => {
    expect(pickLanguage(...tags)).toBe(language);
  });
});

describe("MESSAGES", () => {
  it("has a catalogue for every language", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)("has no empty string in %s", (language) => {
    expect(Object.values(MESSAGES[language]).filter((text) => text.trim() === "")).toEqual([]);
  });

  it("has the same keys in English and Chinese", () => {
    expect(Object.keys(MESSAGES["zh-CN"]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it("has the same placeholders in both languages for every text", () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = Object.keys(MESSAGES.en).filter(
      (key) => placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]).join() !== placeholders(MESSAGES["zh-CN"][key as keyof typeof MESSAGES.en]).join(),
    );
    expect(differ).toEqual([]);
  });

  it("has Chinese text, not English left untranslated, in the Chinese catalogue", () => {
    // Texts may match only where they hold no English word (an acronym such as KPI, placeholders, quotes).
    const same = Object.keys(MESSAGES.en).filter((key) => {
      const text = MESSAGES.en[key as keyof typeof MESSAGES.en];
      return /[a-z]{3,}/.test(text.replace(/\{\w+\}/g, "")) && text === MESSAGES["zh-CN"][key as keyof typeof MESSAGES.en];
    });
    expect(same).toEqual([]);
  });

  it("names each language's switch target in that target language", () => {
    expect([MESSAGES.en.otherLanguageName, MESSAGES["zh-CN"].otherLanguageName]).toEqual(["中文", "English"]);
  });
});

describe("LANGUAGE_NAMES", () => {
  it.each(LANGUAGES)("names every language, none blank, in %s", (language) => {
    expect(Object.keys(LANGUAGE_NAMES[language]).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.values(LANGUAGE_NAMES[language]).filter((name) => name.trim() === "")).toEqual([]);
  });

  it("names the languages in Chinese, not English left untranslated, in Chinese", () => {
    expect(LANGUAGES.filter((language) => LANGUAGE_NAMES["zh-CN"][language] === LANGUAGE_NAMES.en[language])).toEqual([]);
  });
});

// Each review's form has a catalogue of its own (src/taskpane/<kind>/labels.ts), typed Catalogue<…> so
// that a key missing in a language does not compile; these check what the type cannot.
describe.each(Object.entries(REVIEW_PANES))("the words of the %s form", (_kind, pane) => {
  it.each(LANGUAGES)("have no empty string in %s", (language) => {
    expect(Object.values(pane.labels[language]).filter((text) => text.trim() === "")).toEqual([]);
  });

  it("have the same placeholders in both languages for every text", () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = Object.keys(pane.labels.en).filter((key) => placeholders(pane.labels.en[key]).join() !== placeholders(pane.labels["zh-CN"][key]).join());
    expect(differ).toEqual([]);
  });

  it("are Chinese, not English left untranslated, in Chinese", () => {
    const same = Object.keys(pane.labels.en).filter((key) => {
      const text = pane.labels.en[key];
      return /[a-z]{3,}/.test(text.replace(/\{\w+\}/g, "")) && text === pane.labels["zh-CN"][key];
    });
    expect(same).toEqual([]);
  });
});

describe("inEveryLanguage", () => {
  it("makes a text in every language from a catalogue", () => {
    expect(inEveryLanguage(MESSAGES, (t) => format(t.stepOf, { n: 1, total: 5 }))).toEqual({ en: "Step 1 of 5", "zh-CN": "第 1 步，共 5 步" });
  });
});

describe("format", () => {
  it("fills every placeholder", () => {
    expect(format("Step {n} of {total}", { n: 2, total: 5 })).toBe("Step 2 of 5");
  });

  it("leaves a placeholder without a value as written", () => {
    expect(format("Wrote {sheets}.", {})).toBe("Wrote {sheets}.");
  });
});

describe("the column step's words", () => {
  it("names every role of every dataset in every language (a dropdown without a name is unusable)", () => {
    const missing = LANGUAGES.flatMap((language) =>
      DATASETS.flatMap((dataset) => ROLES[dataset].filter((role) => !(MESSAGES[language] as Record<string, string>)[`role_${role}`]).map((role) => `${language} role_${role}`)),
    );
    expect(missing).toEqual([]);
  });
});

/**
 * Every text a Chinese reader sees from the pane: its own catalogue, each review form's, the language
 * names, the function summaries and the Office host's messages (called with sample values). A colon in
 * Chinese text is the full-width "：" ("第 3 步：…"); an ASCII ":" followed by text is a slip. A colon in a
 * time or a URL ("10:30", "https://") is not text punctuation and is left alone.
 */
/** Sample values for the host's messages that take lists or flags; the rest take names ("甲", "乙"). */
const HOST_SAMPLE_ARGS: Record<string, unknown[]> = {
  lacks: [["ExcelApi 1.12"]],
  writing: [[{ first: 1, last: 20, sheet: "乙" }]],
  keptAside: ["甲", ["乙"]],
  rollbackFailed: ["甲", "乙", ["丙"]],
  undone: ["甲", true],
  sparseRange: ["甲", "A1:XFD1048576", 200_000, 12],
};

function chineseTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const [key, text] of Object.entries(MESSAGES["zh-CN"])) texts.push([`MESSAGES.${key}`, text]);
  for (const [kind, pane] of Object.entries(REVIEW_PANES)) for (const [key, text] of Object.entries(pane.labels["zh-CN"])) texts.push([`${kind}.${key}`, text]);
  for (const [key, text] of Object.entries(LANGUAGE_NAMES["zh-CN"])) texts.push([`LANGUAGE_NAMES.${key}`, text]);
  for (const [name, notes] of Object.entries(FUNCTION_NOTES)) texts.push([`FUNCTION_NOTES.${name}`, notes.summary["zh-CN"]]);
  for (const area of FUNCTION_AREAS) texts.push([`FUNCTION_AREAS.${area.id}`, area.title["zh-CN"]]);
  for (const [key, entry] of Object.entries(HOST_MESSAGES["zh-CN"])) {
    const args = HOST_SAMPLE_ARGS[key] ?? ["甲", "乙"];
    const text = typeof entry === "function" ? (entry as (...a: unknown[]) => string)(...args) : entry;
    texts.push([`HOST_MESSAGES.${key}`, String(text)]);
  }
  return texts;
}

describe("Chinese punctuation", () => {
  it("uses the full-width colon in every Chinese text of the pane and the host", () => {
    const slips = chineseTexts().filter(([, text]) => /:(?!\/\/|\d)\s*\S/u.test(text.replace(/\{\w+\}/g, "x").replace(/\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/g, "x")));
    expect(slips).toEqual([]);
  });

  it("finds an ASCII colon where one slips in (the check can fail)", () => {
    expect(/:(?!\/\/|\d)\s*\S/u.test("第 1 步: 选择数据")).toBe(true);
  });
});
