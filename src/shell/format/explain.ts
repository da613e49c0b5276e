// `kubectl explain` as kubectl 1.30 renders an OpenAPI v3 document (its plaintext template,
// k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl, followed step by step): the header,
// then the field the path leads to, its description wrapped at 76 columns, and its fields —
// with their descriptions, or as a tree with --recursive. Pure: document in, text out.
import type { OpenApiDocument, OpenApiSchema } from '../../cluster/api/openapi/index.js';

export interface Gvk {
  group: string;
  kind: string;
  version: string;
}

/** What kubectl printed before failing, and the error line it then printed. */
export class ExplainError extends Error {
  constructor(
    readonly stdout: string,
    message: string,
  ) {
    super(message);
  }
}

type History = ReadonlySet<string>;

export function renderExplain(doc: OpenApiDocument, gvk: Gvk, fieldPath: string[], recursive: boolean): string {
  let out = '';
  if (gvk.group) out += `GROUP:      ${gvk.group}\n`;
  out += `KIND:       ${gvk.kind}\nVERSION:    ${gvk.version}\n\n`;
  const top = Object.keys(doc.components.schemas)
    .sort()
    .map((k) => doc.components.schemas[k])
    .find((s) => (s['x-kubernetes-group-version-kind'] ?? []).some((g) => g.group === gvk.group && g.kind === gvk.kind && g.version === gvk.version));
  if (!top) throw new ExplainError(out, `error: GVK ${gvk.group}/${gvk.version}, Kind=${gvk.kind} not found in OpenAPI schema`);
  const body = output(doc, top, new Set(), fieldPath, recursive);
  if (!body) throw new ExplainError(out, `error: field "${fieldPath[fieldPath.length - 1]}" does not exist`);
  return `${out}${body}\n`;
}

function resolveRef(doc: OpenApiDocument, ref: string | undefined): OpenApiSchema | undefined {
  if (!ref?.startsWith('#/')) return undefined;
  let cur: unknown = doc;
  for (const k of ref.slice(2).split('/')) {
    if (!k) continue;
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur && typeof cur === 'object' ? (cur as OpenApiSchema) : undefined;
}

const mapValue = (s: OpenApiSchema): OpenApiSchema | undefined => (s.additionalProperties && typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);

function output(doc: OpenApiDocument, schema: OpenApiSchema, history: History, path: string[], recursive: boolean): string {
  const ref = schema.$ref ?? '';
  const next = new Set(history).add(ref);
  const resolved = resolveRef(doc, ref) ?? schema;
  if (path.length === 0) {
    let s = 'DESCRIPTION:\n';
    s += `${indent(4, wrap(76, description(doc, resolved) || '<empty>'))}\n`;
    const ext = externalDocs(resolved);
    if (ext) s += `\n${ext}`;
    const fields = fieldList(doc, resolved, 1, new Set(), recursive);
    if (fields) s += `FIELDS:\n${fields}`;
    return s;
  }
  if (ref && history.has(ref)) return '';
  const sub = resolved.properties?.[path[0]];
  if (sub) {
    let s = '';
    if (path.length === 1) s += `FIELD: ${path[0]} <${typeGuess(doc, sub)}>\n${extractEnum(sub, true, -1, 0)}\n\n`;
    return s + output(doc, sub, new Set(), path.slice(1), recursive);
  }
  if (resolved.items) return output(doc, resolved.items, next, path, recursive);
  const value = mapValue(resolved);
  if (value) return output(doc, value, next, path, recursive);
  for (const alt of resolved.allOf ?? []) {
    const o = output(doc, alt, next, path, recursive);
    if (o) return o;
  }
  return '';
}

function fieldList(doc: OpenApiDocument, schema: OpenApiSchema, level: number, history: History, recursive: boolean): string {
  const ref = schema.$ref ?? '';
  if (ref && history.has(ref)) return '';
  const next = new Set(history).add(ref);
  const resolved = resolveRef(doc, ref) ?? schema;
  let s = '';
  for (const name of Object.keys(resolved.properties ?? {}).sort()) {
    s += fieldDetail(doc, name, resolved, recursive, level);
    if (recursive) s += fieldList(doc, resolved.properties![name], level + 1, next, recursive);
  }
  for (const alt of resolved.allOf ?? []) s += fieldList(doc, alt, level, next, recursive);
  if (resolved.items) s += fieldList(doc, resolved.items, level, next, recursive);
  const value = mapValue(resolved);
  if (value) s += fieldList(doc, value, level, next, recursive);
  return s;
}

function fieldDetail(doc: OpenApiDocument, name: string, parent: OpenApiSchema, short: boolean, level: number): string {
  const n = level * 2;
  const field = parent.properties![name];
  let s = `${indent(n, name)}\t<${typeGuess(doc, field)}>`;
  if (parent.required?.includes(name)) s += ' -required-';
  s += extractEnum(field, false, 4, n);
  s += '\n';
  if (!short) {
    s += `${indent(n + 2, wrap(78 - n, field.description || '<no description>'))}\n`;
    if (field.externalDocs) {
      s += `\n${indent(n + 2, 'EXTERNAL DOCS:')}\n`;
      if (field.externalDocs.description) s += `${indent(n + 4, wrap(76 - n, field.externalDocs.description))}\n`;
      if (field.externalDocs.url) s += `${indent(n + 4, `URL: ${field.externalDocs.url}`)}\n`;
    }
    s += '\n';
  }
  return s;
}

function description(doc: OpenApiDocument, schema: OpenApiSchema): string {
  const s = resolveRef(doc, schema.$ref) ?? schema;
  let out = s.description ? `${s.description}\n` : '';
  for (const alt of s.allOf ?? []) out += description(doc, alt);
  if (s.items) out += description(doc, s.items);
  const value = mapValue(s);
  if (value) out += description(doc, value);
  return out;
}

function externalDocs(schema: OpenApiSchema): string {
  const e = schema.externalDocs;
  if (!e) return '';
  let s = 'EXTERNAL DOCS:\n';
  if (e.description) s += `${indent(4, wrap(76, e.description))}\n`;
  if (e.url) s += `${indent(4, `URL: ${e.url}`)}\n`;
  return s;
}

/** `string`, `[]Container`, `map[string]string`, `IntOrString`: the type as the template guesses it. */
function typeGuess(doc: OpenApiDocument, s: OpenApiSchema): string {
  if (s.items) return `[]${typeGuess(doc, s.items)}`;
  const value = mapValue(s);
  if (value) return `map[string]${typeGuess(doc, value)}`;
  if (s.allOf && !s.properties && s.allOf.length === 1) return typeGuess(doc, s.allOf[0]);
  if (s.$ref) {
    const target = resolveRef(doc, s.$ref);
    if (!target || !target.type || target.type === 'object') return s.$ref.split('/').pop()!.split('.').pop() || 'Object';
    return target.type;
  }
  return s.type === 'object' ? 'Object' : s.type || 'Object';
}

function extractEnum(s: OpenApiSchema, long: boolean, limit: number, indentAmount: number): string {
  if (!s.enum?.length) return '';
  let out = long ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
  for (let i = 0; i < s.enum.length; i++) {
    if (limit > -1 && i >= limit) {
      out += ', ....';
      break;
    }
    if (i > 0 && !long) out += ', ';
    else if (long) out += '\n    ';
    const e = s.enum[i];
    out += e === '' ? '""' : String(e);
  }
  return out;
}

/** The template's `indent`: pads the first line and every line after a newline. */
function indent(n: number, s: string): string {
  const pad = ' '.repeat(n);
  return pad + s.replaceAll('\n', `\n${pad}`);
}

/**
 * The template's `wrap`: github.com/mitchellh/go-wordwrap's WrapString, which kubectl's
 * word-wrap writer calls. Breaks at spaces once a line would pass `lim` characters (runes);
 * a word longer than the limit stands alone; existing newlines are kept.
 */
export function wrap(lim: number, s: string): string {
  let buf = '';
  let current = 0;
  let word = '';
  let wordLen = 0;
  let space = '';
  let spaceLen = 0;
  for (const ch of s) {
    if (ch === '\n') {
      if (wordLen === 0) {
        if (current + spaceLen > lim) current = 0;
        else {
          current += spaceLen;
          buf += space;
        }
        space = '';
        spaceLen = 0;
      } else {
        current += spaceLen + wordLen;
        buf += space + word;
        space = '';
        spaceLen = 0;
        word = '';
        wordLen = 0;
      }
      buf += ch;
      current = 0;
    } else if (/\s/u.test(ch) && ch !== '\u00a0') {
      if (space.length === 0 || wordLen > 0) {
        current += spaceLen + wordLen;
        buf += space + word;
        space = '';
        spaceLen = 0;
        word = '';
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + spaceLen + wordLen > lim && wordLen < lim) {
        buf += '\n';
        current = 0;
        space = '';
        spaceLen = 0;
      }
    }
  }
  if (wordLen === 0) {
    if (current + spaceLen <= lim) buf += space;
  } else buf += space + word;
  return buf;
}
