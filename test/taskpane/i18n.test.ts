import { ROLES } from "../../src/datasets/columns";
import { DATASETS } from "../../src/datasets/records";
import { REVIEW_PANES } from "../../src/taskpane/forms";
import { format, inEveryLanguage, LANGUAGE_NAMES, LANGUAGES, MESSAGES, pickLanguage } from "../../src/taskpane/i18n";

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
