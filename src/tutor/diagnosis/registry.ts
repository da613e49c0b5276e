// Every diagnosis rule, most specific first: the first that speaks is what the learner
// reads after a line (kubectl exec without `--` also makes a request to a cluster IP from
// the laptop; the missing `--` is the mistake to name, not the address).
import type { Rule } from './types.js';
import { execDashDash } from './rules/exec-dashdash.js';
import { unknownField } from './rules/unknown-field.js';
import { fieldType } from './rules/field-type.js';
import { requiredField } from './rules/required-field.js';
import { invalidValue } from './rules/invalid-value.js';
import { filePlace } from './rules/file-place.js';
import { ingressPort } from './rules/ingress-port.js';
import { unknownFlag } from './rules/unknown-flag.js';
import { unsupportedValue } from './rules/unsupported-value.js';
import { commandTypo } from './rules/command-typo.js';
import { resourceTypo } from './rules/resource-typo.js';
import { laptopExpansion } from './rules/laptop-expansion.js';
import { nodePortTaken } from './rules/node-port-taken.js';
import { alreadyExists } from './rules/already-exists.js';
import { notFound } from './rules/not-found.js';
import { missingFile } from './rules/missing-file.js';
import { namespaceTypo } from './rules/namespace.js';
import { selectorTypo } from './rules/selector.js';
import { nearMissCreated } from './rules/near-miss-created.js';
import { endpointsName } from './rules/endpoints-name.js';
import { ingressSecret, tlsInsecure } from './rules/tls.js';
import { ingressHost } from './rules/ingress-host.js';
import { hostTypo } from './rules/host-typo.js';
import { ingressBackend } from './rules/ingress-backend.js';
import { servicePort } from './rules/service-port.js';
import { otherService } from './rules/other-service.js';
import { wrongPlace } from './rules/wrong-place.js';
import { missingToolRule } from './rules/missing-tool.js';
import { insideAddress } from './rules/inside-address.js';
import { localPolicy, nodePort, unknownAddress } from './rules/node-port.js';
import { readinessPath } from './rules/readiness-path.js';
import { hostsOverwritten, hostsWrongAddress } from './rules/hosts-file.js';

export const RULES: readonly Rule[] = [
  execDashDash,
  unknownField,
  fieldType,
  requiredField,
  invalidValue,
  unknownFlag,
  unsupportedValue,
  commandTypo,
  missingToolRule,
  resourceTypo,
  laptopExpansion,
  alreadyExists,
  nodePortTaken,
  notFound,
  missingFile,
  namespaceTypo,
  selectorTypo,
  nearMissCreated,
  endpointsName,
  ingressSecret,
  tlsInsecure,
  ingressPort,
  ingressHost,
  hostTypo,
  ingressBackend,
  servicePort,
  otherService,
  wrongPlace,
  filePlace,
  hostsOverwritten,
  hostsWrongAddress,
  insideAddress,
  localPolicy,
  nodePort,
  unknownAddress,
  readinessPath,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));
