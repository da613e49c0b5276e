// Reading manifests for `-f`: files, directories and stdin from the virtual filesystem,
// split into YAML/JSON documents (a `List` is unpacked), checked the way kubectl's builder
// checks them before anything reaches the server. YAML errors are reported in go-yaml's
// words and line numbering, because that is the parser behind the real client.
import { parseAllDocuments } from 'yaml';
import type { CommandContext } from '../../types.js';
import { KINDS, type Kind, type KindInfo } from '../../../cluster/api/kinds.js';
import { usageError } from './kube.js';

export interface ManifestItem {
  /** The decoded object, untouched. */
  obj: Record<string, any>;
  /** The source as kubectl names it: the path as typed, or `STDIN`. */
  source: string;
  /** The served kind, or undefined when kubectl could not map it (see mappingError). */
  info?: KindInfo;
  /** `resource mapping not found for name: …` when apiVersion/kind is not served. */
  mappingError?: string;
}

export interface ManifestRead {
  items: ManifestItem[];
  /** Errors that stopped a file (missing path, parse, validation); already worded. */
  errors: string[];
}

export function resolvePath(cwd: string, p: string): string {
  if (p.startsWith('/')) return p;
  const base = cwd.endsWith('/') ? cwd : `${cwd}/`;
  const parts: string[] = [];
  for (const seg of `${base}${p}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** readManifests for a verb that writes: a missing path stops everything before any object is sent, as in the real builder. */
export async function readManifestsToSend(ctx: CommandContext, paths: string[], validate = true): Promise<ManifestRead> {
  const read = await readManifests(ctx, paths, validate);
  const missing = read.errors.find((e) => e.startsWith('the path "'));
  if (missing) throw usageError(missing);
  return read;
}

/** The items kubectl could map, in order; an unmapped one's error joins `errors` at its turn. */
export function* mappedItems(read: ManifestRead, errors: unknown[]): Generator<ManifestItem & { info: KindInfo }> {
  for (const item of read.items) {
    if (item.info) yield item as ManifestItem & { info: KindInfo };
    else errors.push(item.mappingError!);
  }
}

/** Reads every `-f` argument in order. `validate` is kubectl's default client-side check. */
export async function readManifests(ctx: CommandContext, paths: string[], validate = true): Promise<ManifestRead> {
  const out: ManifestRead = { items: [], errors: [] };
  for (const p of paths) {
    if (p === '-') {
      readText(ctx.stdin, 'STDIN', out, validate);
      continue;
    }
    if (/^https?:\/\//.test(p)) {
      out.errors.push(`unable to read URL "${p}", server reported 404 Not Found, status code=404`);
      continue;
    }
    const abs = resolvePath(ctx.cwd, p);
    if (!(await ctx.fs.exists(abs))) {
      out.errors.push(`the path "${p}" does not exist`);
      continue;
    }
    const st = await ctx.fs.stat(abs);
    if (st.isDirectory) {
      const names = (await ctx.fs.readdir(abs)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
      if (names.length === 0) {
        out.errors.push(`error reading [${p}]: recognized file extensions are [.json .yaml .yml]`);
        continue;
      }
      for (const n of names) {
        const rel = p.endsWith('/') ? `${p}${n}` : `${p}/${n}`;
        readText(await ctx.fs.readFile(`${abs}/${n}`), rel, out, validate);
      }
      continue;
    }
    readText(await ctx.fs.readFile(abs), p, out, validate);
  }
  return out;
}

/** Splits a stream into documents and appends them (or the error that stopped it). */
export function readText(text: string, source: string, out: ManifestRead, validate = true): void {
  for (const chunk of splitDocuments(text)) {
    const parsed = parseDocument(chunk);
    if ('error' in parsed) {
      out.errors.push(`error parsing ${source}: error converting YAML to JSON: yaml: ${parsed.error}`);
      return;
    }
    const obj = parsed.value;
    if (obj === null || obj === undefined) continue;
    if (typeof obj !== 'object' || Array.isArray(obj)) {
      out.errors.push(`error parsing ${source}: error converting YAML to JSON: yaml: cannot unmarshal ${Array.isArray(obj) ? '!!seq' : '!!str'} into Go value of type map[string]interface {}`);
      return;
    }
    // YAML has .inf and .nan; JSON, which kubectl converts every manifest to, does not.
    const unsupported = nonFiniteNumber(obj);
    if (unsupported) {
      out.errors.push(`error parsing ${source}: error converting YAML to JSON: json: unsupported value: ${unsupported}`);
      return;
    }
    const typeMeta = typeMetaError(obj);
    if (typeMeta) {
      out.errors.push(`unable to decode "${source}": ${typeMeta}`);
      return;
    }
    if (validate) {
      const missing: string[] = [];
      if (!obj.apiVersion) missing.push('apiVersion not set');
      if (!obj.kind) missing.push('kind not set');
      if (missing.length > 0) {
        const what = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
        out.errors.push(`error validating "${source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false`);
        return;
      }
    }
    if (obj.kind === 'List' && Array.isArray(obj.items)) {
      for (const item of obj.items) {
        // Each item is decoded on its own: it needs its own kind.
        if (typeof item !== 'object' || item === null || Array.isArray(item) || typeof item.kind !== 'string' || item.kind === '') {
          out.errors.push(`unable to decode "${source}": Object 'Kind' is missing in '${JSON.stringify(item)}'`);
          return;
        }
        const itemMeta = typeMetaError(item);
        if (itemMeta) {
          out.errors.push(`unable to decode "${source}": ${itemMeta}`);
          return;
        }
        out.items.push(mapItem(item, source));
      }
    } else {
      out.items.push(mapItem(obj, source));
    }
  }
}

/** Go's text for the first number JSON cannot hold (`+Inf`, `-Inf`, `NaN`), if any. */
function nonFiniteNumber(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? undefined : v > 0 ? '+Inf' : '-Inf';
  if (typeof v !== 'object' || v === null || depth > 200) return undefined;
  for (const x of Object.values(v)) {
    const found = nonFiniteNumber(x, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** apiVersion and kind are strings in TypeMeta; anything else fails to decode. */
function typeMetaError(obj: Record<string, unknown>): string | undefined {
  for (const field of ['apiVersion', 'kind'] as const) {
    const v = obj[field];
    if (v === undefined || v === null || typeof v === 'string') continue;
    const what = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : Array.isArray(v) ? 'array' : 'object';
    return `json: cannot unmarshal ${what} into Go struct field TypeMeta.${field} of type string`;
  }
  return undefined;
}

function mapItem(obj: Record<string, any>, source: string): ManifestItem {
  const info = servedKind(obj.apiVersion, obj.kind);
  if (info) return { obj, source, info };
  const name = obj.metadata?.name ?? '';
  const ns = obj.metadata?.namespace ?? '';
  return {
    obj,
    source,
    mappingError: `resource mapping not found for name: "${name}" namespace: "${ns}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`,
  };
}

/** The served kind for an apiVersion/kind pair (the API's discovery), or undefined. */
export function servedKind(apiVersion: unknown, kind: unknown): KindInfo | undefined {
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return undefined;
  const info = KINDS[kind as Kind];
  return info && info.apiVersion === apiVersion ? info : undefined;
}

/** Documents as kubectl's YAML reader splits them: on `---` lines. */
export function splitDocuments(text: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (/^---(\s.*)?$/.test(line)) {
      docs.push(cur.join('\n'));
      cur = [];
    } else {
      cur.push(line);
    }
  }
  docs.push(cur.join('\n'));
  return docs.filter((d) => d.trim() !== '' && !/^(\s*(#.*)?\n?)*$/.test(d));
}

/**
 * Parses one document. Errors are reworded as go-yaml reports them: scanner errors carry
 * the 1-based line, parser errors the 0-based one, and line "0" is left out.
 */
export function parseDocument(chunk: string): { value: any } | { error: string } {
  const indentError = checkIndentation(chunk);
  if (indentError) return { error: indentError };
  const docs = parseAllDocuments(chunk, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const d of list) {
    const e = d.errors[0];
    if (!e) continue;
    const line = chunk.slice(0, e.pos[0]).split('\n').length;
    const msg = e.message;
    const scanner = (text: string, l: number) => (l - 1 !== 0 ? `line ${l}: ${text}` : text);
    const parser = (text: string, l: number) => (l - 1 !== 0 ? `line ${l - 1}: ${text}` : text);
    if (e.code === 'TAB_AS_INDENT') return { error: scanner('found character that cannot start any token', line) };
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && /Nested mappings/.test(msg)) return { error: scanner('mapping values are not allowed in this context', line) };
    if (e.code === 'MISSING_CHAR' && /quote/i.test(msg)) return { error: scanner('found unexpected end of stream', line) };
    return { error: parser('did not find expected key', line) };
  }
  const first = list[0];
  return { value: first ? first.toJSON() : null };
}

/**
 * The indentation mistakes people make in manifests, found the way go-yaml's scanner and
 * parser meet them (the `yaml` package notices them at other positions): a line dedented to
 * a column no open block uses ("did not find expected key", reported one line early because
 * go-yaml prints the 0-based line of a parser error), and a `key: value` line followed by a
 * deeper `key:` ("mapping values are not allowed in this context", a scanner error).
 */
export function checkIndentation(chunk: string): string | undefined {
  const lines = chunk.split('\n');
  const stack: number[] = [];
  let prev: { indent: number; text: string } | undefined;
  let blockScalarIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    if (/^[ ]*\t/.test(raw)) return undefined; // tabs: the yaml package's TAB_AS_INDENT maps it
    const indent = raw.length - body.length;
    const lineNo = n + 1;
    if (blockScalarIndent >= 0) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (stack.length === 0) stack.push(indent);
    const top = stack[stack.length - 1];
    if (prev && indent > top) {
      const opens = /:\s*$/.test(prev.text) || /^-\s*$/.test(prev.text);
      if (opens || indent === top) {
        stack.push(indent);
      } else if (/^[^#'"{[]*?[^\s:]:(\s|$)/.test(body) && !body.startsWith('- ')) {
        return lineNo - 1 !== 0 ? `line ${lineNo}: mapping values are not allowed in this context` : 'mapping values are not allowed in this context';
      } else {
        continue; // a plain scalar continued on the next line
      }
    } else {
      while (stack.length > 1 && stack[stack.length - 1] > indent) stack.pop();
      if (stack[stack.length - 1] !== indent) {
        const l = lineNo - 1;
        return l !== 0 ? `line ${l}: did not find expected key` : 'did not find expected key';
      }
    }
    // `- key: value` opens a mapping at the column after the dash.
    const item = /^(-\s+)(.*)$/.exec(body);
    if (item && /^[^#'"{[]*?[^\s:]:(\s|$)/.test(item[2])) stack.push(indent + item[1].length);
    if (/(:|^-)\s*[|>][-+]?\d*\s*$/.test(body)) blockScalarIndent = indent;
    prev = { indent, text: item ? item[2] || '-' : body };
  }
  return undefined;
}
