// kubectl's -o printers other than tables: yaml, json, name, jsonpath. Objects are printed as
// the API returns them (apiVersion/kind set); several objects, or a plain list, are wrapped
// in a `kind: List` as kubectl does.
import type { Kind } from '../../cluster/api/kinds.js';
import { KINDS } from '../../cluster/api/kinds.js';
import { toYaml } from './yaml.js';
import { toJson } from './json.js';
import { executeJsonPath, JsonPathError, goSyntax, parseJsonPath } from './jsonpath.js';
import type { OutputOptions, OutputResult } from './types.js';
import { printCustomColumns } from './custom-columns.js';

type Obj = { apiVersion?: string; kind?: string; metadata?: { name?: string } };

/** `service/kubia`, `ingress.networking.k8s.io/kubia`, `deployment.apps/kubia`. */
export function resourceName(kind: Kind | undefined, obj: Obj): string {
  const k = (obj.kind as Kind | undefined) ?? kind;
  const info = k ? KINDS[k] : undefined;
  const prefix = info ? info.qualified : (obj.kind ?? '').toLowerCase();
  return `${prefix}/${obj.metadata?.name ?? ''}`;
}

const listOf = (objects: readonly unknown[]) => ({ apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } });

/** Strips one level of matching quotes, as a shell would have left them in `jsonpath='…'`. */
function templateOf(spec: string): string {
  const t = spec.slice(spec.indexOf('=') + 1);
  return t;
}

export function isOutputFormat(spec: string): boolean {
  return spec.startsWith('custom-columns=') || spec === 'yaml' || spec === 'json' || spec === 'name' || spec.startsWith('jsonpath=') || spec === 'wide';
}

/**
 * Prints objects with an `-o` spec. `asList` false means exactly one named object.
 * Errors come back as kubectl's stderr text (exit 1).
 */
export function formatOutput(spec: string, objects: readonly unknown[], opts: OutputOptions): OutputResult {
  const value = opts.asList ? listOf(objects) : objects[0];
  if (spec === 'yaml') return { ok: true, stdout: toYaml(value) };
  if (spec === 'json') return { ok: true, stdout: toJson(value) };
  if (spec === 'name') return { ok: true, stdout: objects.map((o) => resourceName(opts.kind, o as Obj) + '\n').join('') };
  if (spec.startsWith('jsonpath=')) {
    const template = templateOf(spec);
    try {
      parseJsonPath(template);
    } catch (e) {
      return { ok: false, stderr: `error: error parsing jsonpath ${template}, ${(e as Error).message}\n` };
    }
    // kubectl runs the template once per object for a plain list of several objects? No: a
    // list is printed as one List object, so `{.items[*]…}` works; a single object is itself.
    try {
      return { ok: true, stdout: executeJsonPath(template, value) };
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      const msg =
        `error: error executing jsonpath ${JSON.stringify(template)}: Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
        `\ttemplate was:\n\t\t${template}\n` +
        `\tobject given to jsonpath engine was:\n\t\t${goSyntax(value)}\n\n\n`;
      return { ok: false, stderr: msg };
    }
  }
  if (spec.startsWith('custom-columns=')) {
    const r = printCustomColumns(spec.slice('custom-columns='.length), objects, opts.noHeaders);
    return r.exitCode === 0 ? { ok: true, stdout: r.stdout } : { ok: false, stdout: r.stdout, stderr: r.stderr };
  }
  return { ok: false, stderr: `error: unable to match a printer suitable for the output format "${spec}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n` };
}
