import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { signatureOf } from "../../src/functions/docs";
import { FUNCTION_DOCS } from "../../src/functions/docs.generated";
import {
  DOCS_MODULE,
  examplesIn,
  expectedOutputs,
  firstSentence,
  functionDocs,
  catalogWords,
  LOCALIZED_METADATA,
  localizeMetadata,
  type MetadataFunction,
  README,
  renderReadmeTable,
  ROOT,
  TABLE_END,
  TABLE_START,
  withReadmeTable,
} from "../../scripts/function-docs";

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

// The generated files are committed so the pane and the README need no build step; they must be what the
// JSDoc says now. When this fails, run `npm run docs:functions` and commit the result.
describe("the files generated from the JSDoc of src/functions/functions.ts", () => {
  let expected: Map<string, string>;
  beforeAll(async () => {
    expected = await expectedOutputs();
  }, 60_000);

  it(`${DOCS_MODULE} is up to date`, () => {
    expect(read(DOCS_MODULE)).toBe(expected.get(DOCS_MODULE));
  });

  it(`the function table of ${README} is up to date`, () => {
    expect(read(README)).toBe(expected.get(README));
  });

  it.each(Object.values(LOCALIZED_METADATA))("%s is up to date", (file) => {
    expect(read(file)).toBe(expected.get(file));
  });

  it(`${README} keeps one generated function table, under "The functions"`, () => {
    const readme = read(README);
    const section = readme.slice(readme.indexOf("## The functions"), readme.indexOf("\n## ", readme.indexOf("## The functions")));
    expect([readme.split(TABLE_START).length, section.includes(TABLE_START), section.includes(TABLE_END)]).toEqual([2, true, true]);
  });
});

// Checked against the metadata generator itself, not through the script, so a bug in the script shows here.
describe("FUNCTION_DOCS against the metadata Excel gets", () => {
  let metadata: MetadataFunction[];
  beforeAll(async () => {
    metadata = JSON.parse((await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"))).metadataJson).functions;
  }, 60_000);

  it("has every function, in the same order", () => {
    expect(FUNCTION_DOCS.map((doc) => doc.name)).toEqual(metadata.map((fn) => fn.id));
  });

  it.each(FUNCTION_DOCS.map((doc) => [doc.name, doc] as const))("%s has the parameters of the metadata, optional ones marked, each described", (name, doc) => {
    const fn = metadata.find((f) => f.id === name)!;
    expect(doc.parameters).toEqual(fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true, description: (p.description ?? "").replace(/\s+/g, " ").trim() })));
  });

  // The pane and Excel's function wizard say what a table argument looks like, with the notation to type it.
  it.each([
    ["BANDSCORE", "bands", "{0.8,60;0.9,80;1,100}"],
    ["RATING", "scale", '{0,"C";0.8,"B";0.9,"A"}'],
    ["COMMISSION", "tiers", "{0,0.05;100000,0.06}"],
  ])("%s describes %s with an example of its shape", (name, parameter, example) => {
    const doc = FUNCTION_DOCS.find((d) => d.name === name)!;
    expect(doc.parameters.find((p) => p.name === parameter)?.description).toContain(example);
  });

  it.each(FUNCTION_DOCS.filter((doc) => /fraction/i.test(doc.returns)).map((doc) => [doc.name, doc.returns] as const))("%s says how a fraction it returns reads as a percentage", (_name, returns) => {
    expect(returns).toMatch(/\d(\.\d+)? is \d+%/);
  });

  it.each(FUNCTION_DOCS.map((doc) => [doc.name, doc] as const))("%s summarises with the description's first sentence", (name, doc) => {
    const description = (metadata.find((f) => f.id === name)!.description ?? "").replace(/\s+/g, " ");
    expect([description.startsWith(doc.summary), doc.summary.endsWith("."), doc.summary.length > 20]).toEqual([true, true, true]);
  });
});

describe("firstSentence", () => {
  it("ends at the first full stop followed by a space, on one line", () => {
    expect(firstSentence("Score 0.8 means 80%.\nWorks on\nranges. More.")).toBe("Score 0.8 means 80%.");
  });

  it("joins the lines of a sentence that spans them", () => {
    expect(firstSentence("Weighted score over the KPIs (a blank KPI\ndoes not apply). Weights may be percents.")).toBe(
      "Weighted score over the KPIs (a blank KPI does not apply).",
    );
  });

  it("keeps the whole text when it has a single sentence", () => {
    expect(firstSentence("  Revenue per day = opportunities × win rate.  ")).toBe("Revenue per day = opportunities × win rate.");
  });
});

describe("examplesIn", () => {
  it("reads the @example of each exported function by its name", () => {
    const source = [
      "/**",
      " * Doubles.",
      " * @customfunction TWICE",
      " * @param x A number.",
      " * @example =KPI.TWICE({1,2}) returns {2,4}",
      " */",
      "export function twice(x: number): number { return 2 * x; }",
      "/** No example. */",
      "export function plain(): number { return 1; }",
    ].join("\n");
    expect([...examplesIn(source)]).toEqual([["twice", "=KPI.TWICE({1,2}) returns {2,4}"]]);
  });

  it("refuses a function with two examples", () => {
    const source = "/**\n * @example =KPI.A(1) returns 1\n * @example =KPI.A(2) returns 2\n */\nexport function a() {}";
    expect(() => examplesIn(source)).toThrow("a has 2 @example tags");
  });
});

describe("functionDocs", () => {
  const metadata: MetadataFunction[] = [
    {
      id: "TWICE",
      description: "Doubles a number.\nWorks on ranges.",
      parameters: [
        { name: "x", description: "A number,\n such as 2." },
        { name: "times", optional: true, description: "How often. Default 1." },
      ],
    },
  ];
  const associations = [{ id: "TWICE", functionName: "twice" }];
  const returns = new Map([["twice", "Twice x,\nas a number."]]);

  it("takes the name, parameters and summary from the metadata, what it returns from @returns, and splits the example at 'returns'", () => {
    expect(functionDocs(metadata, associations, new Map([["twice", "=KPI.TWICE(2, 1) returns 4"]]), returns)).toEqual([
      {
        name: "TWICE",
        parameters: [
          { name: "x", optional: false, description: "A number, such as 2." },
          { name: "times", optional: true, description: "How often. Default 1." },
        ],
        summary: "Doubles a number.",
        returns: "Twice x, as a number.",
        example: { formula: "=KPI.TWICE(2, 1)", result: "4" },
      },
    ]);
  });

  it("refuses a function without @returns, naming it", () => {
    expect(() => functionDocs(metadata, associations, new Map([["twice", "=KPI.TWICE(2) returns 4"]]), new Map())).toThrow("KPI.TWICE has no @returns");
  });

  it("refuses a parameter without a description, naming it and its function", () => {
    const bare = [{ ...metadata[0], parameters: [{ name: "x" }] }];
    expect(() => functionDocs(bare, associations, new Map([["twice", "=KPI.TWICE(2) returns 4"]]), returns)).toThrow("the parameter x of KPI.TWICE has no description");
  });

  it.each([
    ["no example", new Map<string, string>(), "KPI.TWICE has no @example"],
    ["an example without a result", new Map([["twice", "=KPI.TWICE(2)"]]), 'the @example of KPI.TWICE is "=KPI.TWICE(2)"'],
    ["an example over two lines", new Map([["twice", "=KPI.TWICE(2)\nreturns 4"]]), "write it on one line"],
    ["an example of another function", new Map([["twice", "=KPI.HALF(2) returns 1"]]), "the @example of KPI.TWICE calls KPI.HALF"],
  ])("refuses %s, naming the function", (_case, examples, message) => {
    expect(() => functionDocs(metadata, associations, examples, returns)).toThrow(message);
  });

  it("refuses a function without a description", () => {
    expect(() => functionDocs([{ ...metadata[0], description: undefined }], associations, new Map([["twice", "=KPI.TWICE(2) returns 4"]]), returns)).toThrow(
      "KPI.TWICE has no description",
    );
  });
});

describe("the README table", () => {
  const doc = {
    name: "PICK",
    parameters: [{ name: "choices", optional: false, description: "Two choices." }],
    summary: "Picks a or b.",
    returns: "One of them.",
    example: { formula: '=KPI.PICK("a|b")', result: "a" },
  };

  it("writes one row per function, signature, summary, example and result, and escapes pipes", () => {
    expect(renderReadmeTable([doc]).split("\n")).toEqual([
      TABLE_START,
      "",
      "| Function | What it does | Example | Result |",
      "|---|---|---|---|",
      '| `KPI.PICK(choices)` | Picks a or b. | `=KPI.PICK("a\\|b")` | `a` |',
      "",
      TABLE_END,
    ]);
  });

  it("replaces only what lies between the markers", () => {
    const readme = `# Title\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nRules.\n`;
    expect(withReadmeTable(readme, "NEW")).toBe("# Title\n\nNEW\n\nRules.\n");
  });

  it("refuses a README without the markers", () => {
    expect(() => withReadmeTable("# Title\n| a | b |\n", "NEW")).toThrow("has no function table to replace");
  });
});

describe("signatureOf", () => {
  it("writes the namespace, the name and the parameters with optional ones in brackets", () => {
    const achievement = FUNCTION_DOCS.find((doc) => doc.name === "ACHIEVEMENT")!;
    expect(signatureOf(achievement)).toBe("KPI.ACHIEVEMENT(actual, target, [direction])");
  });
});

describe("localizeMetadata", () => {
  const metadata = JSON.stringify({
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "TWICE",
        name: "TWICE",
        description: "Doubles a number.",
        parameters: [{ name: "x", description: "A number.", type: "number", dimensionality: "matrix", optional: true }],
        result: { dimensionality: "matrix" },
      },
    ],
  });
  const words = (id: string) => (id === "TWICE" ? { description: "把数翻倍。", parameters: { x: { name: "数值", description: "一个数。" } } } : undefined);

  it("replaces the descriptions and parameter names and keeps ids, names, types and options", () => {
    expect(JSON.parse(localizeMetadata(metadata, words))).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "TWICE",
          name: "TWICE",
          description: "把数翻倍。",
          parameters: [{ name: "数值", description: "一个数。", type: "number", dimensionality: "matrix", optional: true }],
          result: { dimensionality: "matrix" },
        },
      ],
    });
  });

  it("refuses a function without words, naming it", () => {
    expect(() => localizeMetadata(metadata, () => undefined)).toThrow("KPI.TWICE has no localized words");
  });

  it("refuses a parameter without words, naming it", () => {
    expect(() => localizeMetadata(metadata, () => ({ description: "把数翻倍。", parameters: {} }))).toThrow("the parameter x of KPI.TWICE has no localized words");
  });
});

describe("catalogWords", () => {
  // Read from the notes themselves, so a parameter added to the JSDoc and the notes is found before
  // docs.generated.ts is regenerated.
  it("gives a function's Chinese summary and each parameter's name and description, by parameter", () => {
    const score = catalogWords("zh-CN")("SCORE")!;
    expect([score.description, Object.keys(score.parameters), score.parameters.threshold.name]).toEqual([
      "KPI 得分：即达成率，低于门槛记 0，且不超过封顶值。",
      ["actual", "target", "threshold", "cap", "direction"],
      "门槛",
    ]);
  });

  it("has nothing for a function the notes do not know", () => {
    expect(catalogWords("zh-CN")("NOPE")).toBeUndefined();
  });
});
