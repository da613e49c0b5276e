// The diagnosis library's vocabulary: what a rule reads (one command line and the cluster
// around it) and what it reports (a message id and the values the message names).
import type { Store } from '../../cluster/store/store.js';
import type { Trace } from '../../cluster/network/trace.js';
import type { Kind } from '../../cluster/api/kinds.js';
import type { PlaceInfo } from '../../shell/types.js';
import type { Lang } from '../types.js';

/** An object a check names (`object`, `absent`, `field` leaves, `endpoints` services…). */
export interface NamedObject {
  kind: Kind;
  name: string;
  namespace: string;
}

/** What the current step's check is about, so a rule can say "not the task's". */
export interface TaskFacts {
  objects: NamedObject[];
  /** Where the check wants requests (or the shell) to be: from a `request.from` or a `place` leaf. */
  places: ('laptop' | 'pod' | 'node')[];
  /** Services and ingresses the check's requests must go through. */
  services: string[];
  ingresses: string[];
  /** Values a `field` leaf wants at a path ending in `nodePort` (the task's node ports). */
  nodePorts: number[];
  /** Files a `file` leaf wants, with the place spec (`laptop`, `pod:…`). */
  files: { place: string; path: string }[];
}

export const NO_TASK: TaskFacts = { objects: [], places: [], services: [], ingresses: [], nodePorts: [], files: [] };

/** A lesson's own diagnosis that matched this line (see `diagnose:` in the lesson schema). */
export interface AuthoredDiagnosis {
  id: string;
  text: Record<Lang, string>;
}

/** An object the step's commands created or changed (resourceVersion after the mark). */
export interface ObjectChange {
  kind: Kind;
  name: string;
  namespace: string;
}

export interface DiagnosisContext {
  /** The line as typed. */
  input: string;
  /** Where it ran. */
  place: PlaceInfo;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The requests the line made (curl, nslookup…), oldest first. */
  traces: readonly Trace[];
  /** The cluster now (read only). */
  store: Store;
  /** What the step's check names; NO_TASK outside a lesson. */
  task: TaskFacts;
  /** Objects created or changed by this line (written after its start). */
  changed: ObjectChange[];
  /** Names of the files in the laptop's home directory (and the shell's working directory). */
  files: string[];
  /** The laptop's /etc/hosts, when the line named it or made requests from the laptop (else undefined). */
  hosts?: string;
  /** The lesson's own diagnoses whose pattern matched this line. */
  authored: AuthoredDiagnosis[];
}

/** What one rule found: a message of the rule and the values to put in it. */
export interface Finding {
  message: string;
  data?: Record<string, string | number | undefined>;
}

export interface RuleMeta {
  /** Stable id: used by lessons (`wrong: … diagnosis:`), hints (`diagnosis:`) and tests. */
  id: string;
  description: string;
  /** Message ids this rule reports; each has a template at `diagnosis:<id>.<message>` in both languages. */
  messages: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  /** Undefined when the rule has nothing to say about this line. */
  check(ctx: DiagnosisContext): Finding | undefined;
}

/** One diagnosis, rendered in both languages. */
export interface Diagnosis {
  /** The rule id (or the lesson's `diagnose:` id). */
  rule: string;
  message: Record<Lang, string>;
}
