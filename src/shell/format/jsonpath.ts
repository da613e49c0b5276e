// kubectl's JSONPath (k8s.io/client-go/util/jsonpath), as `-o jsonpath=` uses it: missing keys
// print nothing (--allow-missing-template-keys defaults to true), several results of one
// action are joined by a space, maps and lists print as compact JSON.
import { toCompactJson, toJson, jsonString } from './json.js';
import { byteCompare } from './labels.js';

type Node =
  | { t: 'text'; text: string }
  | { t: 'list'; nodes: Step[] }
  | { t: 'range'; nodes: Step[] }
  | { t: 'end' };

type Step =
  | { s: 'root' }
  | { s: 'current' }
  | { s: 'field'; name: string }
  | { s: 'recursive' }
  | { s: 'wildcard' }
  | { s: 'index'; start?: number; end?: number; step?: number; single: boolean }
  | { s: 'filter'; left: Step[]; op: string; right: Step[] | { literal: unknown } | undefined }
  | { s: 'literal'; value: unknown };

export class JsonPathError extends Error {}

const terminators = new Set(['.', ',', '[', ']', '$', '@', '{', '}', ' ', '\t', '\n', '\r']);

function unquote(q: string): string {
  if (q.startsWith("'")) return q.slice(1, -1);
  try {
    return JSON.parse(q) as string;
  } catch {
    return q.slice(1, -1);
  }
}

/** Parses the steps of one action (`.a.b[*]`, `range .items[*]`, `"text"`). */
function parseSteps(src: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new JsonPathError('unterminated quoted string');
      steps.push({ s: 'literal', value: unquote(src.slice(i, j + 1)) });
      i = j + 1;
      continue;
    }
    if (c === '$') {
      steps.push({ s: 'root' });
      i++;
      continue;
    }
    if (c === '@') {
      steps.push({ s: 'current' });
      i++;
      continue;
    }
    if (c === '.') {
      if (src[i + 1] === '.') {
        steps.push({ s: 'recursive' });
        i += 2;
        continue;
      }
      i++;
      let name = '';
      while (i < src.length && !terminators.has(src[i])) {
        if (src[i] === '\\' && src[i + 1] === '.') {
          name += '.';
          i += 2;
          continue;
        }
        name += src[i++];
      }
      if (name === '*') steps.push({ s: 'wildcard' });
      else if (name !== '') steps.push({ s: 'field', name });
      continue;
    }
    if (c === '[') {
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        if (src[j] === '[') depth++;
        else if (src[j] === ']' && --depth === 0) break;
      }
      if (j >= src.length) throw new JsonPathError(src.startsWith('[?(', i) ? 'unterminated filter' : 'unterminated array');
      const inner = src.slice(i + 1, j).trim();
      i = j + 1;
      if (inner === '*') steps.push({ s: 'wildcard' });
      else if (inner.startsWith('?(') && inner.endsWith(')')) steps.push(parseFilter(inner.slice(2, -1)));
      else if (/^['"]/.test(inner)) steps.push({ s: 'field', name: unquote(inner) });
      else {
        const parts = inner.split(':');
        const num = (x: string | undefined) => (x === undefined || x.trim() === '' ? undefined : Number(x));
        if (parts.some((p) => p.trim() !== '' && !/^-?\d+$/.test(p.trim()))) throw new JsonPathError(`invalid array index ${inner}`);
        steps.push({ s: 'index', start: num(parts[0]), end: num(parts[1]), step: num(parts[2]), single: parts.length === 1 });
      }
      continue;
    }
    if (/[0-9-]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i))!;
      steps.push({ s: 'literal', value: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    // A bare word: kubectl treats it as a field name (e.g. `{range items}`); keep that.
    let name = '';
    while (i < src.length && !terminators.has(src[i])) name += src[i++];
    if (name === '') throw new JsonPathError(`unrecognized character in action: U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`);
    steps.push({ s: 'field', name });
  }
  return steps;
}

function parseFilter(expr: string): Step {
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/.exec(expr.trim());
  if (!m) return { s: 'filter', left: parseSteps(expr.trim()), op: 'exists', right: undefined };
  const rightSrc = m[3].trim();
  let right: Step[] | { literal: unknown };
  if (/^['"]/.test(rightSrc)) right = { literal: unquote(rightSrc) };
  else if (/^-?\d+(\.\d+)?$/.test(rightSrc)) right = { literal: Number(rightSrc) };
  else if (rightSrc === 'true' || rightSrc === 'false') right = { literal: rightSrc === 'true' };
  else right = parseSteps(rightSrc);
  return { s: 'filter', left: parseSteps(m[1].trim()), op: m[2], right };
}

/** Splits a template into text and `{…}` actions, like the client-go parser. */
export function parseJsonPath(template: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      nodes.push({ t: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) nodes.push({ t: 'text', text: template.slice(i, open) });
    // Find the matching close brace, skipping quoted strings.
    let j = open + 1;
    let quote = '';
    for (; j < template.length; j++) {
      const c = template[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '}') break;
    }
    if (j >= template.length) {
      // Go's parser reads the action up to the end of the text: an unfinished `[`, quote or
      // filter inside it is reported first (`{.items[0` → unterminated array).
      parseSteps(template.slice(open + 1).trim());
      throw new JsonPathError('unclosed action');
    }
    const action = template.slice(open + 1, j).trim();
    if (action === 'end') nodes.push({ t: 'end' });
    else if (action.startsWith('range ') || action === 'range') nodes.push({ t: 'range', nodes: parseSteps(action.slice(5)) });
    else nodes.push({ t: 'list', nodes: parseSteps(action) });
    i = j + 1;
  }
  return nodes;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function compare(a: unknown, op: string, b: unknown): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return (a as number) < (b as number);
    case '>':
      return (a as number) > (b as number);
    case '<=':
      return (a as number) <= (b as number);
    case '>=':
      return (a as number) >= (b as number);
  }
  return false;
}

/**
 * The values `steps` lead to from `input`. `strict` (AllowMissingKeys false): a field found
 * in none of its inputs is an error, `<name> is not found`.
 */
function evalSteps(steps: Step[], input: unknown[], root: unknown, strict = false): unknown[] {
  let cur = input;
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of cur) {
      switch (step.s) {
        case 'root':
          next.push(root);
          break;
        case 'current':
          next.push(v);
          break;
        case 'literal':
          next.push(step.value);
          break;
        case 'field':
          if (isObject(v) && Object.prototype.hasOwnProperty.call(v, step.name)) next.push(v[step.name]);
          break;
        case 'wildcard':
          if (Array.isArray(v)) next.push(...v);
          else if (isObject(v)) for (const k of Object.keys(v).sort(byteCompare)) next.push(v[k]);
          break;
        case 'recursive': {
          const walk = (x: unknown) => {
            next.push(x);
            if (Array.isArray(x)) x.forEach(walk);
            else if (isObject(x)) for (const k of Object.keys(x).sort(byteCompare)) walk(x[k]);
          };
          walk(v);
          break;
        }
        case 'index': {
          if (!Array.isArray(v)) break;
          const len = v.length;
          let start = step.start ?? 0;
          if (start < 0) start += len;
          let end = step.end ?? len;
          if (end < 0) end += len;
          if (step.single) end = start + 1;
          if (start !== end && (start >= len || start < 0)) throw new JsonPathError(`array index out of bounds: index ${step.start}, length ${len}`);
          end = Math.min(end, len);
          const stride = step.step ?? 1;
          for (let k = start; k < end; k += stride) next.push(v[k]);
          break;
        }
        case 'filter': {
          const items = Array.isArray(v) ? v : [v];
          for (const item of items) {
            const left = evalSteps(step.left, [item], root, strict);
            if (step.op === 'exists') {
              if (left.length > 0) next.push(item);
              continue;
            }
            const right = step.right && 'literal' in step.right ? [step.right.literal] : evalSteps(step.right as Step[], [item], root, strict);
            if (left.length > 0 && right.length > 0 && compare(left[0], step.op, right[0])) next.push(item);
          }
          break;
        }
      }
    }
    if (strict && step.s === 'field' && cur.length > 0 && next.length === 0) throw new JsonPathError(`${step.name} is not found`);
    cur = next;
  }
  return cur;
}

function textOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object') return toCompactJson(v);
  return String(v);
}

/**
 * Runs a template over data; throws JsonPathError for kubectl's execution errors.
 * `strict`: --allow-missing-template-keys=false.
 */
export function executeJsonPath(template: string, data: unknown, strict = false): string {
  return runTemplate(template, data, (results) => results.map(textOf).join(' '), strict);
}

/**
 * `-o jsonpath-as-json=`: each node's results as one JSON array, indented as
 * json.MarshalIndent(…, "", "    ") and ended by a newline (client-go PrintResults with
 * EnableJSONOutput); a text node is an array of its text.
 */
export function executeJsonPathAsJson(template: string, data: unknown, strict = false): string {
  return runTemplate(template, data, (results) => toJson(results), strict);
}

function runTemplate(template: string, data: unknown, print: (results: unknown[]) => string, strict: boolean): string {
  const nodes = parseJsonPath(template);
  let out = '';
  const run = (list: Node[], current: unknown): void => {
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (n.t === 'text') out += print([n.text]);
      else if (n.t === 'list') {
        out += print(evalSteps(n.nodes, [current], data, strict));
      } else if (n.t === 'range') {
        // The body runs up to the matching {end}.
        let depth = 1;
        let j = i + 1;
        for (; j < list.length; j++) {
          if (list[j].t === 'range') depth++;
          else if (list[j].t === 'end' && --depth === 0) break;
        }
        if (j >= list.length) throw new JsonPathError('not in range, nothing to end');
        const body = list.slice(i + 1, j);
        for (const item of evalSteps(n.nodes, [current], data, strict)) run(body, item);
        i = j;
      } else if (n.t === 'end') {
        throw new JsonPathError('not in range, nothing to end');
      }
    }
  };
  run(nodes, data);
  return out;
}

/** Go's `%#v` of an unstructured value, for kubectl's "object given to jsonpath engine was" dump. */
export function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
  const o = v as Record<string, unknown>;
  return `map[string]interface {}{${Object.keys(o)
    .sort(byteCompare)
    .map((k) => `${goQuote(k)}:${goSyntax(o[k])}`)
    .join(', ')}}`;
}

/** Go's %q for the strings we meet: JSON-like escapes without HTML escaping. */
export function goQuote(s: string): string {
  return jsonString(s).replace(/\\u003c/g, '<').replace(/\\u003e/g, '>').replace(/\\u0026/g, '&');
}

/** The values a single-action template (`{.a.b}`) finds, for custom-columns. */
export function executeJsonPathValues(template: string, data: unknown): unknown[] {
  const nodes = parseJsonPath(template);
  const out: unknown[] = [];
  for (const n of nodes) if (n.t === 'list') out.push(...evalSteps(n.nodes, [data], data));
  return out;
}

/**
 * What FindResults gives for a template's first node (`values[0]`), as --sort-by reads it:
 * a missing key gives no value (AllowMissingKeys).
 */
export function firstNodeResults(template: string, data: unknown): unknown[] {
  const first = parseJsonPath(template)[0];
  if (!first) return [];
  if (first.t === 'text') return [first.text];
  if (first.t === 'end') return [];
  return evalSteps(first.nodes, [data], data);
}
