// kubectl 1.30 output printers: pure functions from kubernetes-types objects (plus the virtual
// `now` in ms) to the exact bytes kubectl prints. No store access: callers pass the objects,
// and a `Lookup` for the cross-object data some layouts need (describe svc → its Endpoints and
// Events; describe ing → Services + Endpoints; describe rc → its Pods).
//
// Exported API
//   printTable(kind, objects, opts)  `kubectl get` table (also -o wide, -A, --show-labels,
//                                    --no-headers, several kinds via withKind). Ends in '\n'
//                                    unless `objects` is empty (then '' — the caller prints
//                                    `No resources found …` on stderr, see noResourcesMessage).
//   describe(kind, obj, opts)        `kubectl describe` for one object. Ends in '\n'.
//   describeMany(kind, objs, opts)   several objects, separated by a blank line as kubectl does.
//   formatOutput(spec, objs, opts)   -o yaml|json|name|jsonpath=…|jsonpath='…'|custom-columns=…
//                                    → { ok: true, stdout } | { ok: false, stderr } (the full
//                                    `error: …\n` line kubectl prints, exit code 1).
//   isOutputFormat(spec)             true for the -o values formatOutput understands.
//   humanDuration(ms)                apimachinery duration.HumanDuration.
//   age(timestamp, now)              AGE cell for an RFC 3339 timestamp (`<unknown>` if absent).
//   eventAge(event, now)             describe Events Age (`2m (x3 over 10m)`).
//   noResourcesMessage(ns?)          `No resources found in <ns> namespace.` / `No resources found`.
//   toYaml(value) / toJson(value)    kubectl's YAML (sigs.k8s.io/yaml) and JSON (4-space) encoders.
//   resourceName(kind, obj)          `service/kubia`, `ingress.networking.k8s.io/kubia`.
export type { Lookup, TableOptions, DescribeOptions, OutputOptions, OutputResult } from './types.js';
export { printTable, noResourcesMessage } from './table.js';
export { describe, describeMany } from './describe/index.js';
export { formatOutput, isOutputFormat, resourceName } from './output.js';
export { toYaml } from './yaml.js';
export { toJson } from './json.js';
export { humanDuration, age, eventAge } from './duration.js';
