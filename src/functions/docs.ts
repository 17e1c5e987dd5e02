/*
 * The shape of a KPI.* function's documentation as the task pane and the README show it. The values are
 * not written here: scripts/function-docs.ts reads them from the JSDoc of functions.ts (the same JSDoc
 * the custom-functions metadata is generated from) into docs.generated.ts. No imports, so the pane can
 * use it without pulling in the functions runtime.
 */

export interface FunctionParameter {
  readonly name: string;
  /** Marked `[name]` in the JSDoc: an omitted argument takes its default. */
  readonly optional: boolean;
  /** What to give it, from its JSDoc `@param`: the shape it takes and an example. Excel shows it too. */
  readonly description: string;
}

/** A formula and what it returns, from the JSDoc's `@example <formula> returns <result>`. */
export interface FunctionExample {
  readonly formula: string;
  readonly result: string;
}

export interface FunctionDoc {
  /** The name after the KPI. namespace: the id of `@customfunction`. */
  readonly name: string;
  readonly parameters: readonly FunctionParameter[];
  /** The first sentence of the JSDoc description, on one line; Excel shows the whole description. */
  readonly summary: string;
  /** What it returns, from the JSDoc's `@returns`: fractions say so (1.2 is 120%). */
  readonly returns: string;
  readonly example: FunctionExample;
}

/**
 * The signature a user types, optional parameters in brackets.
 *
 * @example
 * signatureOf({ name: "FUNNEL", parameters: [{ name: "counts", optional: false }, { name: "cumulative", optional: true }] })
 * // => "KPI.FUNNEL(counts, [cumulative])"
 */
export function signatureOf(fn: { readonly name: string; readonly parameters: readonly Pick<FunctionParameter, "name" | "optional">[] }): string {
  return `KPI.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}
