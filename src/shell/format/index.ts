// kubectl 1.30 output printers: pure functions from kubernetes-types objects (plus the virtual
// `now` in ms) to the exact bytes kubectl prints. No store access: callers pass the objects,
// and a `Lookup` for the cross-object data some layouts need.
//
// Exported API (see types.ts for the option shapes)
//   printTable(kind, objects, opts)      `kubectl get` table. opts: { now, wide?, allNamespaces?,
//                                        showLabels?, labelColumns? (-L), noHeaders?, withKind?, lookup?,
//                                        rememberedWidths? }. Returns '' for an empty list (the
//                                        caller prints noResourcesMessage(ns) on stderr). Objects
//                                        are printed in the order given: pass API order (by name;
//                                        by namespace then name with -A). allNamespaces is ignored
//                                        for cluster-scoped kinds, as kubectl does.
//                                        `kubectl get svc,ep`: one printTable per kind (withKind:
//                                        true → `service/kubia`), joined with '\n'.
//                                        `-w`: const widths: number[] = []; printTable(kind, list,
//                                        { …, rememberedWidths: widths }) then for each change
//                                        printTable(kind, [obj], { …, noHeaders: true,
//                                        rememberedWidths: widths }) — columns never shrink.
//   tableCells(kind, objects, opts)      the header and cells before layout.
//   noResourcesMessage(ns?)              `No resources found in <ns> namespace.\n` / `No resources found\n`.
//   describe(kind, obj, opts)            `kubectl describe`. opts: { now, lookup?, showEvents? }.
//                                        Uses lookup.get('Endpoints'|'Service', ns, name) and
//                                        lookup.list('Event'|'Pod'|'ReplicaSet', ns) — events are
//                                        matched by involvedObject (name, namespace, kind, uid).
//   describeMany(kind, objs, opts)       several objects, separated as kubectl does ("\n\n").
//   formatOutput(spec, objs, opts)       -o yaml | json | name | jsonpath=… | custom-columns=…
//                                        opts: { asList, kind?, noHeaders? }. asList=false only
//                                        for exactly one named object; otherwise a `kind: List`.
//                                        → { ok: true, stdout } | { ok: false, stderr, stdout? }
//                                        (stderr is kubectl's full `error: …\n` text; exit 1).
//                                        `-o wide` is not handled here: use printTable({ wide }).
//   isOutputFormat(spec)                 true for the -o values formatOutput (or wide) accepts.
//   resourceName(kind, obj)              `service/kubia`, `ingress.networking.k8s.io/kubia`.
//   toYaml(value) / toJson(value)        kubectl's YAML (sigs.k8s.io/yaml) and JSON (4-space) encoders.
//   humanDuration(ms)                    apimachinery duration.HumanDuration.
//   age(timestamp, now)                  AGE cell (`<unknown>` for a missing timestamp).
//   eventAge(event, now)                 describe Events Age (`2m (x3 over 10m)`).
//
// Verified byte-for-byte against kubectl 1.30.13 (describe through a stub API server; -o yaml,
// json, name, jsonpath, custom-columns through `kubectl label --local` / `get`): see the
// golden tests in test/golden/format.
export type { Lookup, TableOptions, DescribeOptions, OutputOptions, OutputResult } from './types.js';
export { printTable, tableCells, noResourcesMessage } from './table.js';
export { describe, describeMany } from './describe/index.js';
export { formatOutput, isOutputFormat, resourceName, unmatchedFormat, withoutManagedFields } from './output.js';
export { toYaml } from './yaml.js';
export { toJson } from './json.js';
export { humanDuration, age, eventAge } from './duration.js';
