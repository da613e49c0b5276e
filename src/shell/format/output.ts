// kubectl's -o printers other than tables: yaml, json, name, jsonpath. Objects are printed as
// the API returns them (apiVersion/kind set); several objects, or a plain list, are wrapped
// in a `kind: List` as kubectl does.
import type { Kind } from '../../cluster/api/kinds.js';
import { KINDS } from '../../cluster/api/kinds.js';
import { toYaml } from './yaml.js';
import { toJson } from './json.js';
import { executeJsonPath, executeJsonPathAsJson, JsonPathError, goSyntax, parseJsonPath } from './jsonpath.js';
import type { OutputOptions, OutputResult } from './types.js';
import { printCustomColumns, printCustomColumnsFile } from './custom-columns.js';
import { executeGoTemplate, TemplateParseError } from './go-template.js';
import { goValue } from './go-fmt.js';
import { toCompactJson } from './json.js';
import { goQuote } from './jsonpath.js';

/**
 * -o go-template: the output, and on a failure part-way what kubectl's GoTemplatePrinter
 * adds to stdout for debugging before its error (cli-runtime printers/template.go).
 */
function printGoTemplate(template: string, value: unknown, missingKeyError: boolean): OutputResult {
  let r;
  try {
    r = executeGoTemplate(template, value, missingKeyError);
  } catch (e) {
    if (e instanceof TemplateParseError) return { ok: false, stderr: `error: error parsing template ${template}, ${e.message}\n` };
    throw e;
  }
  if (!r.error) return { ok: true, stdout: r.out };
  const debug =
    `Error executing template: ${r.error}. Printing more information for debugging the template:\n` +
    `\ttemplate was:\n\t\t${template}\n` +
    `\traw data was:\n\t\t${toCompactJson(value)}\n` +
    `\tobject given to template engine was:\n\t\t${goValue(value)}\n\n`;
  return { ok: false, stdout: r.out + debug, stderr: `error: error executing template ${goQuote(template)}: ${r.error}\n` };
}

type Obj = { apiVersion?: string; kind?: string; metadata?: { name?: string } };

/** `service/kubia`, `ingress.networking.k8s.io/kubia`, `deployment.apps/kubia`. */
export function resourceName(kind: Kind | undefined, obj: Obj): string {
  const k = (obj.kind as Kind | undefined) ?? kind;
  const info = k ? KINDS[k] : undefined;
  const prefix = info ? info.qualified : (obj.kind ?? '').toLowerCase();
  return `${prefix}/${obj.metadata?.name ?? ''}`;
}

/** The object without metadata.managedFields. */
export function withoutManagedFields(o: unknown): unknown {
  const obj = o as { metadata?: { managedFields?: unknown } };
  if (!obj?.metadata?.managedFields) return o;
  const { managedFields: _m, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

const listOf = (objects: readonly unknown[]) => ({ apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } });

/** Strips one level of matching quotes, as a shell would have left them in `jsonpath='…'`. */
function templateOf(spec: string): string {
  const t = spec.slice(spec.indexOf('=') + 1);
  return t;
}

export function isOutputFormat(spec: string): boolean {
  return spec.startsWith('custom-columns=') || spec === 'yaml' || spec === 'json' || spec === 'name' || /^(jsonpath|jsonpath-as-json|go-template|template)=/.test(spec) || spec === 'wide';
}

/**
 * Prints objects with an `-o` spec. `asList` false means exactly one named object.
 * Errors come back as kubectl's stderr text (exit 1).
 */
export function formatOutput(spec: string, objects: readonly unknown[], opts: OutputOptions): OutputResult {
  const value = opts.asList ? listOf(objects) : objects[0];
  if (spec === 'yaml' || spec === 'json') {
    // kubectl's JSON and YAML printers leave managedFields out unless asked
    // (printers.OmitManagedFieldsPrinter); jsonpath and templates still see them.
    const shown = opts.showManagedFields ? value : opts.asList ? listOf(objects.map(withoutManagedFields)) : withoutManagedFields(objects[0]);
    return { ok: true, stdout: spec === 'yaml' ? toYaml(shown) : toJson(shown) };
  }
  if (spec === 'name') return { ok: true, stdout: objects.map((o) => resourceName(opts.kind, o as Obj) + '\n').join('') };
  if (/^(jsonpath|jsonpath-as-json|go-template|template)=$/.test(spec)) return { ok: false, stderr: 'error: template format specified but no template given\n' };
  const strict = opts.allowMissingKeys === false;
  if (spec.startsWith('go-template=') || spec.startsWith('template=')) return printGoTemplate(templateOf(spec), value, strict);
  if (spec.startsWith('jsonpath=') || spec.startsWith('jsonpath-as-json=')) {
    const template = templateOf(spec);
    const execute = spec.startsWith('jsonpath=') ? executeJsonPath : executeJsonPathAsJson;
    try {
      parseJsonPath(template);
    } catch (e) {
      return { ok: false, stderr: `error: error parsing jsonpath ${template}, ${(e as Error).message}\n` };
    }
    // kubectl runs the template once per object for a plain list of several objects? No: a
    // list is printed as one List object, so `{.items[*]…}` works; a single object is itself.
    try {
      return { ok: true, stdout: execute(template, value, strict) };
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      const msg =
        `error: error executing jsonpath ${JSON.stringify(template)}: Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
        `\ttemplate was:\n\t\t${template}\n` +
        `\tobject given to jsonpath engine was:\n\t\t${goSyntax(value)}\n\n\n`;
      return { ok: false, stderr: msg };
    }
  }
  if (spec.startsWith('custom-columns=') || (spec.startsWith('custom-columns-file=') && opts.columnsFile)) {
    const r = spec.startsWith('custom-columns=') ? printCustomColumns(spec.slice('custom-columns='.length), objects, opts.noHeaders) : printCustomColumnsFile(opts.columnsFile?.text, objects);
    return r.exitCode === 0 ? { ok: true, stdout: r.stdout } : { ok: false, stdout: r.stdout, stderr: r.stderr };
  }
  return { ok: false, stderr: unmatchedFormat(spec, opts.printers) };
}

/** The -o formats kubectl get takes, and those of the other verbs' printer flags (no tables). */
const ALLOWED_FORMATS = {
  get: 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml',
  generic: 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml',
};

/** kubectl's error for an -o value no printer takes. */
export function unmatchedFormat(spec: string, printers: 'get' | 'generic' = 'get'): string {
  return `error: unable to match a printer suitable for the output format "${spec}", allowed formats are: ${ALLOWED_FORMATS[printers]}\n`;
}
