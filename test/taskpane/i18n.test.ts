import { LANGUAGES, MESSAGES, pickLanguage } from "../../src/taskpane/i18n";

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

  it("names each language's switch target in that target language", () => {
    expect([MESSAGES.en.otherLanguageName, MESSAGES["zh-CN"].otherLanguageName]).toEqual(["中文", "English"]);
  });
});
