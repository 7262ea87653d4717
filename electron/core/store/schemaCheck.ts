/**
 * A yes/no check compiled from a zod schema, for the documents a store open validates: true only when the
 * schema accepts the value *as it is* — zod's output would be a copy of it, equal and with the same key
 * order —, false otherwise, and then zod decides (and says why). Never a second declaration: it is read
 * from the schema's own definition, and a schema using anything it does not know (a refinement, a
 * transform, a union…) fails to compile, so a change to ProfileDoc cannot leave it checking less than zod.
 *
 * Why: at 1,000 profiles (156,000 values, the bench's store) `ProfileDoc.safeParse` of every document took
 * 96–272 ms, the first pass in a process the slowest (every CLI command is one first pass), and copied each
 * document's whole object graph for the collector to walk; this check took 40–107 ms on the same documents
 * and keeps the document JSON.parse gave (tsx, 4 passes each, on a shared 2-core machine).
 */
import type { z } from 'zod';

export type Check = (value: unknown) => boolean;

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: CheckDef } }[] };
type CheckDef = Record<string, unknown> & { check: string };

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

export function compileCheck(schema: z.ZodType): Check {
  return compile(defOf(schema), '');
}

function compile(def: Def, at: string): Check {
  const own = (def.checks ?? []).map((c) => compileRule(c._zod.def, def.type, at));
  const rules: Check = own.length === 0 ? () => true : own.length === 1 ? own[0]! : (v) => own.every((rule) => rule(v));
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string' && rules(v);
    case 'number':
      // zod's number is finite; JSON gives no other, but a check must not rely on where a value came from.
      return (v) => typeof v === 'number' && Number.isFinite(v) && rules(v);
    case 'enum': {
      const allowed = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => allowed.has(v) && rules(v);
    }
    case 'array': {
      const element = compile(defOf(def.element), `${at}[]`);
      return (v) => Array.isArray(v) && v.every((item) => element(item)) && rules(v);
    }
    case 'optional': {
      const inner = compile(defOf(def.innerType), at);
      return (v) => v === undefined || inner(v);
    }
    case 'object':
      return compileObject(def, at, rules);
    default:
      throw new Error(`compileCheck: ${def.type} at ${at || 'the root'} is not supported`);
  }
}

/**
 * Keys in the shape's order (zod's output order), none unknown (a strict object refuses them, a plain one
 * drops them: either way not the value as it is), every key that is not optional present.
 */
function compileObject(def: Def, at: string, rules: Check): Check {
  const shape = Object.entries(def.shape as Record<string, unknown>).map(([key, field]) => {
    const fieldDef = defOf(field);
    return { key, check: compile(fieldDef, `${at}.${key}`), optional: fieldDef.type === 'optional' };
  });
  const position = new Map(shape.map((f, i) => [f.key, i]));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    const record = v as Record<string, unknown>;
    let next = 0;
    const keys = Object.keys(record);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const i = position.get(key);
      if (i === undefined || i < next) return false;
      for (; next < i; next++) if (!shape[next]!.optional) return false;
      if (!shape[i]!.check(record[key])) return false;
      next = i + 1;
    }
    for (; next < shape.length; next++) if (!shape[next]!.optional) return false;
    return rules(v);
  };
}

function compileRule(rule: CheckDef, type: string, at: string): Check {
  // zod gives its length rules a `when` that skips values without a length: the type is checked first here.
  switch (rule.check) {
    case 'min_length':
      return (v) => (v as string | unknown[]).length >= (rule.minimum as number);
    case 'max_length':
      return (v) => (v as string | unknown[]).length <= (rule.maximum as number);
    case 'greater_than':
      return rule.inclusive ? (v) => (v as number) >= (rule.value as number) : (v) => (v as number) > (rule.value as number);
    case 'less_than':
      return rule.inclusive ? (v) => (v as number) <= (rule.value as number) : (v) => (v as number) < (rule.value as number);
    case 'number_format':
      if (rule.format === 'safeint') return (v) => Number.isSafeInteger(v);
      break;
    case 'string_format':
      if (rule.format === 'regex' && type === 'string') {
        const pattern = rule.pattern as RegExp;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      break;
  }
  throw new Error(
    `compileCheck: the ${rule.check} rule${rule.format ? ` (${String(rule.format)})` : ''} at ${at || 'the root'} is not supported`,
  );
}
