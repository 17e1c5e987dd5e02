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

  it.each(FUNCTION_DOCS.map((doc) => [doc.name, doc] as const))("%s has the parameters of the metadata, optional ones marked", (name, doc) => {
    const fn = metadata.find((f) => f.id === name)!;
    expect(doc.parameters).toEqual(fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true })));
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
    { id: "TWICE", description: "Doubles a number.\nWorks on ranges.", parameters: [{ name: "x" }, { name: "times", optional: true }] },
  ];
  const associations = [{ id: "TWICE", functionName: "twice" }];

  it("takes the name, parameters and summary from the metadata and splits the example at 'returns'", () => {
    expect(functionDocs(metadata, associations, new Map([["twice", "=KPI.TWICE(2, 1) returns 4"]]))).toEqual([
      {
        name: "TWICE",
        parameters: [
          { name: "x", optional: false },
          { name: "times", optional: true },
        ],
        summary: "Doubles a number.",
        example: { formula: "=KPI.TWICE(2, 1)", result: "4" },
      },
    ]);
  });

  it.each([
    ["no example", new Map<string, string>(), "KPI.TWICE has no @example"],
    ["an example without a result", new Map([["twice", "=KPI.TWICE(2)"]]), 'the @example of KPI.TWICE is "=KPI.TWICE(2)"'],
    ["an example over two lines", new Map([["twice", "=KPI.TWICE(2)\nreturns 4"]]), "write it on one line"],
    ["an example of another function", new Map([["twice", "=KPI.HALF(2) returns 1"]]), "the @example of KPI.TWICE calls KPI.HALF"],
  ])("refuses %s, naming the function", (_case, examples, message) => {
    expect(() => functionDocs(metadata, associations, examples)).toThrow(message);
  });

  it("refuses a function without a description", () => {
    expect(() => functionDocs([{ ...metadata[0], description: undefined }], associations, new Map([["twice", "=KPI.TWICE(2) returns 4"]]))).toThrow(
      "KPI.TWICE has no description",
    );
  });
});

describe("the README table", () => {
  const doc = {
    name: "PICK",
    parameters: [{ name: "choices", optional: false }],
    summary: "Picks a or b.",
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
