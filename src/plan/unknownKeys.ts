import type { z } from "zod";
import { nearest } from "./nearest";

/**
 * Keys of a plan that its schema does not know, found by walking the schema beside the plan: a typo such
 * as `"dirction"` would otherwise be dropped without a word and the default used. One walk covers every
 * review's section, so no section can forget to be strict.
 */

/** A key the schema does not know, where it is, and the known key it most likely meant. */
export interface UnknownKey {
  path: PropertyKey[];
  key: string;
  known: string[];
  suggestion: string | null;
}

/** The parts of a zod 4 schema's definition the walk reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: readonly z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema under wrappers that do not change an object's keys (default, optional, nullable, pipe...). */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def.innerType && ["default", "prefault", "optional", "nullable", "readonly", "catch", "nonoptional"].includes(def.type)) s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else break;
  }
  return s;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Every key of `value` that `schema` has no place for, with the nearest known key.
 *
 * @example
 * unknownKeys(planSchema, { version: 1, scorecard: { kpis: [{ name: "Churn", weight: 1, dirction: "lower" }] } })
 * // => [{ path: ["scorecard", "kpis", 0], key: "dirction", suggestion: "direction", known: [...] }]
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: PropertyKey[] = []): UnknownKey[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === "object" && def.shape && isPlainObject(value)) {
    const known = Object.keys(def.shape);
    const found: UnknownKey[] = [];
    for (const [key, v] of Object.entries(value)) {
      // Own keys only: a plan key such as "constructor" is unknown, not Object.prototype's.
      const child = Object.prototype.hasOwnProperty.call(def.shape, key) ? def.shape[key] : undefined;
      if (child === undefined) found.push({ path, key, known, suggestion: nearest(key, known) });
      else for (const inner of unknownKeys(child, v, [...path, key])) found.push(inner);
    }
    return found;
  }
  if (def.type === "array" && def.element && Array.isArray(value)) return value.flatMap((v, i) => unknownKeys(def.element as z.ZodType, v, [...path, i]));
  if (def.type === "record" && def.valueType && isPlainObject(value)) {
    return Object.entries(value).flatMap(([k, v]) => unknownKeys(def.valueType as z.ZodType, v, [...path, k]));
  }
  return [];
}
