// The lesson format, as a zod schema. It validates lessons at load time, gives `kubetour lint`
// its messages, and is emitted as lessons/schema.json so editors complete and check lesson
// files (`npm run` nothing: test/tutor/schema-json.test.ts fails when the file is stale and
// rewrites it with KUBETOUR_UPDATE_SCHEMA=1).
import { z } from 'zod';

/** Learner-facing text: both languages are required (commands and k8s terms stay untranslated). */
export const Text = z.strictObject({ ko: z.string(), en: z.string() }).describe('Text in Korean and English');
export type Text = z.infer<typeof Text>;

export const KIND_NAMES = [
  'Pod', 'Service', 'Endpoints', 'ReplicationController', 'ReplicaSet', 'Deployment', 'Node',
  'Namespace', 'Secret', 'ConfigMap', 'Event', 'Ingress', 'IngressClass',
] as const;
const KindName = z.enum(KIND_NAMES);
const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, ".", "_" or "-"');

const ObjectRef = z.strictObject({ kind: KindName, name: z.string(), namespace: z.string().optional() });
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const FieldTest = z.strictObject({
  kind: KindName,
  name: z.string(),
  namespace: z.string().optional(),
  /** `spec.ports[0].port`, `spec.ports[name=http].targetPort`, `metadata.labels.app`, `metadata.labels["app.kubernetes.io/name"]` */
  path: z.string(),
  equals: z.unknown().optional(),
  notEquals: z.unknown().optional(),
  contains: Scalar.optional(),
  matches: z.string().optional(),
  exists: z.boolean().optional(),
});

const CountTest = z.strictObject({
  kind: KindName,
  namespace: z.string().optional(),
  selector: z.string().optional(),
  equals: z.number().int().optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
});

const EndpointsTest = z.strictObject({
  service: z.string(),
  namespace: z.string().optional(),
  ready: z.number().int().optional(),
  notReady: z.number().int().optional(),
  min: z.number().int().optional(),
});

const PodsReadyTest = z.strictObject({
  selector: z.string(),
  namespace: z.string().optional(),
  ready: z.number().int().optional(),
  min: z.number().int().optional(),
});

const FileTest = z.strictObject({
  /** `laptop`, `pod:<name-prefix>` or `pod:<label selector>`, `node:<name>` */
  place: z.string().regex(/^(laptop|pod:.+|node:.+)$/, 'place is laptop, pod:<name-prefix-or-selector> or node:<name>'),
  path: z.string(),
  contains: z.string().optional(),
  /** The file holds a PEM certificate that covers this host name (its DNS SANs, or its CN when it has none). */
  certificateFor: z.string().optional(),
  hostsEntry: z
    .strictObject({
      name: z.string().min(1).describe('The host name the line must map, e.g. `kubia.example.com` (case does not matter)'),
      ingress: z.string().min(1).describe('The Ingress whose address (ADDRESS in `kubectl get ingress`) the name must resolve to'),
      namespace: z.string().optional(),
    })
    .optional()
    .describe('The file, read as /etc/hosts is read, maps `name` to the current address of Ingress `ingress` (the first line naming it wins)'),
});

/** A DNS look-up the request made: `nslookup`/`dig` queries, and the name resolution of `curl`, `ping`, `nc`. */
const LookupTest = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('The name as the learner asked for it (before the search list), e.g. `kubia` or `kubia.default.svc.cluster.local`; case and a trailing dot do not matter'),
    answered: z
      .boolean()
      .optional()
      .describe('true: the look-up got an answer of the type it asked (an address for A); false: it found no such name, or only an alias with no address'),
    cname: z.string().optional().describe('The answer went through this alias (CNAME), e.g. the externalName of an ExternalName Service'),
  })
  .describe('Which name was looked up and whether it was answered, from the simulated DNS server\'s records');

const RequestTest = z.strictObject({
  tool: z.enum(['curl', 'nslookup', 'dig', 'ping', 'nc']).optional(),
  from: z.enum(['laptop', 'pod', 'node']).optional(),
  service: z.string().optional(),
  ingress: z.string().optional(),
  outcome: z.enum(['ok', 'refused', 'timeout', 'nxdomain', 'no-route', 'http-error', 'tls-error']).optional(),
  reachedPodSelector: z.string().optional(),
  clientIpSeen: z.enum(['node', 'client']).optional(),
  httpStatus: z.number().int().optional(),
  /** Which traces count: since the step started (default), since the lesson started, or any. */
  since: z.enum(['step', 'lesson', 'any']).optional(),
  /** How many matching requests are needed (default 1), e.g. 3 curls that reached different pods. */
  min: z.number().int().optional(),
  /** Matching requests must have reached at least this many different pods. */
  distinctPods: z.number().int().optional(),
  lookup: LookupTest.optional(),
});

const LastCommandTest = z.strictObject({
  exitCode: z.number().int().optional(),
  stdoutContains: z.string().optional(),
  stdoutMatches: z.string().optional(),
  stderrContains: z.string().optional(),
  inputMatches: z.string().optional(),
});

const PlaceTest = z.strictObject({ kind: z.enum(['laptop', 'pod', 'node']) });

export const LEAF_KINDS = ['object', 'absent', 'field', 'count', 'endpoints', 'podsReady', 'file', 'request', 'lastCommand', 'place'] as const;
export type LeafKind = (typeof LEAF_KINDS)[number];

/** What the learner reads while an item is unmet, instead of the sentence made from the check. */
const ItemText = Text.optional().describe('The sentence shown while this item is unmet (default: one generated from the check)');

/** A condition meant to stay true through the step (so it already holds when the step starts). */
const Keep = z.boolean().optional().describe('This item is meant to hold already when the step starts ("keep this true"); verify does not warn about it');

const leaf = <K extends LeafKind, S extends z.ZodType>(key: K, shape: S) =>
  z.strictObject({ id: Id, text: ItemText, keep: Keep, [key]: shape } as { id: typeof Id; text: typeof ItemText; keep: typeof Keep } & { [P in K]: S });

const Leaves = [
  leaf('object', ObjectRef),
  leaf('absent', ObjectRef),
  leaf('field', FieldTest),
  leaf('count', CountTest),
  leaf('endpoints', EndpointsTest),
  leaf('podsReady', PodsReadyTest),
  leaf('file', FileTest),
  leaf('request', RequestTest),
  leaf('lastCommand', LastCommandTest),
  leaf('place', PlaceTest),
] as const;

export type Leaf = z.infer<(typeof Leaves)[number]>;
export type Predicate = Leaf | { id?: string; text?: Text; all: Predicate[] } | { id?: string; text?: Text; any: Predicate[] } | { id?: string; text?: Text; not: Predicate };

export const Predicate: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    ...Leaves,
    z.strictObject({ id: Id.optional(), text: ItemText, all: z.array(Predicate).min(1) }),
    z.strictObject({ id: Id.optional(), text: ItemText, any: z.array(Predicate).min(1) }),
    z.strictObject({ id: Id.optional(), text: ItemText, not: Predicate }),
  ]),
);

const Hint = z.strictObject({
  ko: z.string(),
  en: z.string(),
  /** Aimed at this check item: shown first while it is the first unmet item, never once it is met. */
  when: Id.optional(),
  /** Aimed at this diagnosis (a rule id or a `diagnose:` id): shown first right after it was made. */
  diagnosis: Id.optional(),
});
const Wrong = z.strictObject({
  commands: z.string(),
  /** The sub-condition id(s) this attempt must leave unmet. */
  fails: z.union([Id, z.array(Id).min(1)]),
  /** The diagnosis (rule id or `diagnose:` id) the attempt's last line must get; `verify` proves it. */
  diagnosis: Id.optional(),
  /**
   * The attempt's commands must run without error unless it declares the error it makes:
   * text the failing command prints (e.g. "AlreadyExists"), or its exit code for a silent
   * failure (e.g. 28, `curl -s` timing out).
   */
  error: z
    .union([z.string().min(1), z.number().int().min(1)])
    .optional()
    .describe('The error this attempt makes on purpose: text of the failing command\'s message, or its exit code when it prints nothing'),
});

/** A lesson's own diagnosis: when a line matches every pattern given, the tutor says this. */
export const DiagnoseEntry = z.strictObject({
  id: Id,
  /** Regular expression on the line as typed. */
  input: z.string().optional(),
  /** Regular expression on the line's output (stdout and stderr together). */
  output: z.string().optional(),
  exitCode: z.number().int().optional(),
  /** A check that must hold after the line. */
  state: Predicate.optional(),
  ko: z.string(),
  en: z.string(),
});
export type DiagnoseEntry = z.infer<typeof DiagnoseEntry>;

const DIAGRAMS = ['services', 'nodeport', 'loadbalancer', 'ingress', 'endpoints', 'dns'] as const;

const MessageStep = z.strictObject({
  id: Id,
  type: z.literal('message'),
  text: Text,
  diagram: z.enum(DIAGRAMS).optional(),
  /** A demonstration: commands the tutor runs through the shell and shows (not checked). */
  run: z.string().optional(),
});

/**
 * How a step runs on a real cluster (`kubetour --cluster`, `verify --cluster`): `check`
 * replaces a check that reads what only the simulation knows (an output check on the last
 * command, say); without one the step is skipped there and `why` says why.
 */
const RealCluster = z.strictObject({
  check: Predicate.optional(),
  why: Text.optional(),
});

const ExerciseStep = z.strictObject({
  id: Id,
  type: z.literal('exercise'),
  /** `simulation`: the step needs what only the simulated cluster offers (request traces, places, ssh to nodes, the clock). */
  needs: z.literal('simulation').optional(),
  realCluster: RealCluster.optional(),
  task: Text,
  check: Predicate,
  hints: z.array(Hint).default([]),
  solution: z.string(),
  explanation: Text.optional(),
  wrong: z.array(Wrong).optional(),
  /** This step's own diagnoses, tried before the library's rules. */
  diagnose: z.array(DiagnoseEntry).optional(),
  diagram: z.enum(DIAGRAMS).optional(),
});

/** A quiz choice; a wrong one says why it is wrong (lint requires it). */
const Choice = z
  .strictObject({ ko: z.string(), en: z.string(), why: Text.optional().describe('Why this choice is wrong, shown when a learner picks it') })
  .describe('A choice in Korean and English; a wrong one carries `why`');
const QuizStep = z.strictObject({
  id: Id,
  type: z.literal('quiz'),
  question: Text,
  choices: z.array(Choice).min(2),
  /** 1-based index of the right choice. */
  answer: z.number().int().min(1),
  explanation: Text,
});

export const Step = z.discriminatedUnion('type', [MessageStep, ExerciseStep, QuizStep]);
export type Step = z.infer<typeof Step>;
export type MessageStep = z.infer<typeof MessageStep>;
export type ExerciseStep = z.infer<typeof ExerciseStep>;
export type QuizStep = z.infer<typeof QuizStep>;

const PlacedFile = z.strictObject({
  place: z.string().regex(/^(laptop|pod:.+|node:.+)$/, 'place is laptop, pod:<name-prefix-or-selector> or node:<name>'),
  path: z.string(),
  content: z.string(),
});

export const SCENARIOS = ['kubia', 'empty'] as const;

const Start = z.strictObject({
  /** The cluster the lesson starts from. Unknown names are a lint error, not a schema error. */
  scenario: z.string().default('kubia'),
  /** File names in the laptop's home directory (or inline YAML), created like `kubectl create -f`. */
  manifests: z.array(z.string()).optional(),
  /** Setup commands run silently after the manifests. */
  commands: z.array(z.string()).optional(),
  files: z.array(PlacedFile).optional(),
});

const Faq = z.strictObject({
  keywords: z.strictObject({ ko: z.array(z.string()).min(1), en: z.array(z.string()).min(1) }),
  answer: Text,
});

export const Lesson = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: Text,
  goal: Text,
  duration: z.number().optional().describe('Estimated minutes a learner needs for the lesson (a positive number), shown in the lesson list, handouts and class reports'),
  start: Start.default({ scenario: 'kubia' }),
  faq: z.array(Faq).optional(),
  /** Diagnoses for every exercise of the lesson (a step's own are tried first). */
  diagnose: z.array(DiagnoseEntry).optional(),
  steps: z.array(Step).min(1),
});
export type Lesson = z.infer<typeof Lesson>;

/** The JSON Schema editors use (yaml-language-server: `# yaml-language-server: $schema=./schema.json`). */
export function lessonJsonSchema(): object {
  const schema = z.toJSONSchema(Lesson, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'kubetour lesson', $id: 'https://kubetour.dev/lessons/schema.json' };
}
