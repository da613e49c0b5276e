// The lesson format, as a zod schema. It validates lessons at load time, gives `kubetour lint`
// its messages, and is emitted as lessons/schema.json so editors complete and check lesson
// files (`npm run` nothing: test/tutor/schema-json.test.ts fails when the file is stale and
// rewrites it with KUBETOUR_UPDATE_SCHEMA=1). Every property carries a description
// (`.describe()`): editors show it on hover, and a test keeps it so.
import { z } from 'zod';
import { HOME_MANIFESTS } from '../shell/home/manifests.js';

/** Learner-facing text: both languages are required (commands and k8s terms stay untranslated). */
export const Text = z
  .strictObject({ ko: z.string().describe('The Korean text (markdown)'), en: z.string().describe('The English text (markdown)') })
  .describe('Text in Korean and English');
export type Text = z.infer<typeof Text>;

export const KIND_NAMES = [
  'Pod', 'Service', 'Endpoints', 'ReplicationController', 'ReplicaSet', 'Deployment', 'Node',
  'Namespace', 'Secret', 'ConfigMap', 'Event', 'Ingress', 'IngressClass',
] as const;
const KindName = z.enum(KIND_NAMES);
const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, ".", "_" or "-"');
const ItemId = Id.describe('This item\'s id, for `when:`, `fails:` and `/check --ids`; never shown to the learner');
const Namespace = z.string().optional().describe('The namespace (default: `default`)');
const Kind = KindName.describe('The object\'s kind, e.g. `Service`');
const ObjectName = z.string().describe('The object\'s name, e.g. `kubia-http`');

const ObjectRef = z
  .strictObject({ kind: Kind, name: ObjectName, namespace: Namespace })
  .describe('An object by kind, name and namespace');
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const FieldTest = z.strictObject({
  kind: Kind,
  name: ObjectName,
  namespace: Namespace,
  path: z
    .string()
    .describe('The field: `spec.ports[0].port`, `spec.ports[name=http].targetPort` (the item whose name is http), `metadata.labels.app`, `metadata.labels["app.kubernetes.io/name"]`'),
  equals: z.unknown().optional().describe('The field has this value (compared loosely: 8080 equals "8080"); give one operator'),
  notEquals: z.unknown().optional().describe('The field has any other value than this one (an absent field too); give one operator'),
  contains: Scalar.optional().describe('The field (text, or a list) contains this value; give one operator'),
  matches: z.string().optional().describe('The field, as text, matches this JavaScript regular expression; give one operator'),
  exists: z.boolean().optional().describe('true: the field is there; false: it is absent; give one operator'),
});

const Selector = z.string().describe('A label selector as kubectl takes it, e.g. `app=kubia` or `app=kubia,rel!=canary`');

const CountTest = z.strictObject({
  kind: Kind,
  namespace: Namespace,
  selector: Selector.optional(),
  equals: z.number().int().optional().describe('Exactly this many objects'),
  min: z.number().int().optional().describe('At least this many objects'),
  max: z.number().int().optional().describe('At most this many objects'),
});

const EndpointsTest = z.strictObject({
  service: z.string().describe('The Service whose Endpoints are read'),
  namespace: Namespace,
  ready: z.number().int().optional().describe('Exactly this many ready addresses'),
  notReady: z.number().int().optional().describe('Exactly this many not-ready addresses'),
  min: z.number().int().optional().describe('At least this many ready addresses'),
});

const PodsReadyTest = z.strictObject({
  selector: Selector,
  namespace: Namespace,
  ready: z.number().int().optional().describe('Exactly this many matching pods are Ready'),
  min: z.number().int().optional().describe('At least this many matching pods are Ready'),
});

const Place = z
  .string()
  .regex(/^(laptop|pod:.+|node:.+)$/, 'place is laptop, pod:<name-prefix-or-selector> or node:<name>')
  .describe('Where the file is: `laptop`, `pod:<name-prefix>` or `pod:<label selector>`, `node:<name>`');

const FileTest = z.strictObject({
  place: Place,
  path: z.string().describe('The file\'s absolute path, e.g. `/etc/hosts`'),
  contains: z.string().optional().describe('The file\'s text contains this'),
  certificateFor: z.string().optional().describe('The file holds a PEM certificate that covers this host name (its DNS SANs, or its CN when it has none)'),
  hostsEntry: z
    .strictObject({
      name: z.string().min(1).describe('The host name the line must map, e.g. `kubia.example.com` (case does not matter)'),
      ingress: z.string().min(1).describe('The Ingress whose address (ADDRESS in `kubectl get ingress`) the name must resolve to'),
      namespace: Namespace,
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
  tool: z.enum(['curl', 'nslookup', 'dig', 'ping', 'nc']).optional().describe('The program that made the request (`host` counts as nslookup)'),
  from: z.enum(['laptop', 'pod', 'node']).optional().describe('Where the request left from'),
  service: z.string().optional().describe('The request went through this Service'),
  ingress: z.string().optional().describe('The request went through this Ingress'),
  outcome: z
    .enum(['ok', 'refused', 'timeout', 'nxdomain', 'no-route', 'http-error', 'tls-error'])
    .optional()
    .describe('How the request ended'),
  reachedPodSelector: z.string().optional().describe('The pod that answered matches this label selector, e.g. `app=kubia`'),
  clientIpSeen: z.enum(['node', 'client']).optional().describe('The address the app saw: `node` (a node\'s IP, SNAT) or `client` (the real client\'s)'),
  httpStatus: z.number().int().optional().describe('The HTTP status code of the answer'),
  since: z
    .enum(['step', 'lesson', 'any'])
    .optional()
    .describe('Which requests count: those since the step started (default), since the lesson started, or any'),
  min: z.number().int().optional().describe('How many matching requests are needed (default 1)'),
  distinctPods: z.number().int().optional().describe('Matching requests reached at least this many different pods'),
  lookup: LookupTest.optional(),
});

const LastCommandTest = z.strictObject({
  exitCode: z.number().int().optional().describe('The last command line of the step exited with this code'),
  stdoutContains: z.string().optional().describe('Its output contains this text'),
  stdoutMatches: z.string().optional().describe('Its output matches this JavaScript regular expression (the `m` flag: `^` is any line start)'),
  stderrContains: z.string().optional().describe('Its error output contains this text'),
  inputMatches: z.string().optional().describe('The line as typed matches this JavaScript regular expression'),
});

const PlaceTest = z.strictObject({ kind: z.enum(['laptop', 'pod', 'node']).describe('The learner\'s shell is on the laptop, in a pod or on a node') });

export const LEAF_KINDS = ['object', 'absent', 'field', 'count', 'endpoints', 'podsReady', 'file', 'request', 'lastCommand', 'place'] as const;
export type LeafKind = (typeof LEAF_KINDS)[number];

/** What the learner reads while an item is unmet, instead of the sentence made from the check. */
const ItemText = Text.optional().describe('The sentence shown while this item is unmet (default: one generated from the check)');

/** A condition meant to stay true through the step (so it already holds when the step starts). */
const Keep = z.boolean().optional().describe('This item is meant to hold already when the step starts ("keep this true"); verify does not warn about it');

const leaf = <K extends LeafKind, S extends z.ZodType>(key: K, shape: S, what: string) =>
  z.strictObject({ id: ItemId, text: ItemText, keep: Keep, [key]: shape.describe(what) } as { id: typeof ItemId; text: typeof ItemText; keep: typeof Keep } & { [P in K]: S });

const Leaves = [
  leaf('object', ObjectRef, 'The object exists (and is not being deleted)'),
  leaf('absent', ObjectRef, 'The object does not exist'),
  leaf('field', FieldTest, 'A field of an object has a value: give `path` and one of equals, notEquals, contains, matches, exists'),
  leaf('count', CountTest, 'How many objects of a kind (matching the selector) there are'),
  leaf('endpoints', EndpointsTest, 'How many ready and not-ready addresses a Service\'s Endpoints hold'),
  leaf('podsReady', PodsReadyTest, 'How many pods matching the selector are Ready'),
  leaf('file', FileTest, 'A file exists in a place\'s filesystem (and holds what is asked)'),
  leaf('request', RequestTest, 'A request (curl, nslookup, ping …) made during the step matches'),
  leaf('lastCommand', LastCommandTest, 'The last command line typed in this step matches'),
  leaf('place', PlaceTest, 'Where the learner\'s shell is'),
] as const;

export type Leaf = z.infer<(typeof Leaves)[number]>;
export type Predicate = Leaf | { id?: string; text?: Text; all: Predicate[] } | { id?: string; text?: Text; any: Predicate[] } | { id?: string; text?: Text; not: Predicate };

// Built once: a described copy of Predicate inside its own union must meet the same union
// again, or the JSON Schema generator would follow a new copy forever.
let predicateUnion: z.ZodType<Predicate> | undefined;
export const Predicate: z.ZodType<Predicate> = z.lazy(() =>
  (predicateUnion ??= z.union([
    ...Leaves,
    z.strictObject({ id: ItemId.optional(), text: ItemText, all: z.array(Predicate).min(1).describe('Every one of these holds (the top-level ones are the items /check lists)') }),
    z.strictObject({ id: ItemId.optional(), text: ItemText, any: z.array(Predicate).min(1).describe('At least one of these holds (several correct ways)') }),
    z.strictObject({ id: ItemId.optional(), text: ItemText, not: Predicate.describe('This does not hold') }),
  ]) as z.ZodType<Predicate>),
);

const Hint = z
  .strictObject({
    ko: z.string().describe('The hint in Korean (markdown)'),
    en: z.string().describe('The hint in English (markdown)'),
    when: Id.optional().describe('Aimed at this check item: shown first while it is the first unmet item, never once it is met'),
    diagnosis: Id.optional().describe('Aimed at this diagnosis (a rule id or a `diagnose:` id): shown first right after it was made'),
  })
  .describe('A hint, shown one at a time on /hint');
const Wrong = z.strictObject({
  commands: z.string().describe('The commands of a known-wrong attempt, one per line, run by verify from the step\'s start'),
  fails: z.union([Id, z.array(Id).min(1)]).describe('The check item id(s) this attempt must leave unmet (and only those)'),
  diagnosis: Id.optional().describe('The diagnosis (rule id or `diagnose:` id) the attempt\'s last line must get; verify proves it'),
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
export const DiagnoseEntry = z
  .strictObject({
    id: Id.describe('This diagnosis\'s id (for a hint\'s or a wrong attempt\'s `diagnosis:`)'),
    input: z.string().optional().describe('A regular expression on the line as typed'),
    output: z.string().optional().describe('A regular expression on the line\'s output (stdout and stderr together)'),
    exitCode: z.number().int().optional().describe('The line exited with this code'),
    state: Predicate.optional().describe('A check that must hold after the line'),
    ko: z.string().describe('What the tutor says in Korean'),
    en: z.string().describe('What the tutor says in English'),
  })
  .describe('A diagnosis: when a line matches every pattern given, the tutor says this');
export type DiagnoseEntry = z.infer<typeof DiagnoseEntry>;

const DIAGRAMS = ['services', 'nodeport', 'loadbalancer', 'ingress', 'endpoints', 'dns'] as const;

const StepId = Id.describe('The step\'s id, unique in the lesson (`--step ID`, progress, class reports)');
const Diagram = z.enum(DIAGRAMS).optional().describe('A diagram drawn from the live cluster under the step\'s text');

const MessageStep = z.strictObject({
  id: StepId,
  type: z.literal('message').describe('A message: text to read, perhaps with a demonstration'),
  text: Text.describe('What the tutor says (markdown)'),
  diagram: Diagram,
  run: z.string().optional().describe('A demonstration: commands the tutor runs through the shell and shows (not checked)'),
});

/**
 * How a step runs on a real cluster (`kubetour --cluster`, `verify --cluster`): `check`
 * replaces a check that reads what only the simulation knows (an output check on the last
 * command, say); without one the step is skipped there and `why` says why.
 */
const RealCluster = z.strictObject({
  check: Predicate.optional().describe('The check used on a real cluster instead of the step\'s own'),
  why: Text.optional().describe('Why the step is skipped on a real cluster (when there is no `check`)'),
});

const ExerciseStep = z.strictObject({
  id: StepId,
  type: z.literal('exercise').describe('An exercise: a task the learner does in the shell, judged by its check'),
  needs: z
    .literal('simulation')
    .optional()
    .describe('`simulation`: the step needs what only the simulated cluster offers (request traces, places, ssh to nodes, the clock)'),
  realCluster: RealCluster.optional().describe('How the step runs on a real cluster (`--cluster`, `verify --cluster`)'),
  task: Text.describe('What the learner is asked to do (markdown)'),
  check: Predicate.describe('When the task is done: a tree of check items on the cluster\'s state'),
  hints: z.array(Hint).default([]).describe('Hints, shown one at a time on /hint'),
  solution: z.string().describe('The commands /solution shows and replays; verify runs them and the check must pass'),
  explanation: Text.optional().describe('Shown after the learner succeeds'),
  wrong: z.array(Wrong).optional().describe('Known-wrong attempts: verify proves each fails the items it names'),
  diagnose: z.array(DiagnoseEntry).optional().describe('This step\'s own diagnoses, tried before the library\'s rules'),
  diagram: Diagram,
});

/** A quiz choice; a wrong one says why it is wrong (lint requires it). */
const Choice = z
  .strictObject({
    ko: z.string().describe('The choice in Korean'),
    en: z.string().describe('The choice in English'),
    why: Text.optional().describe('Why this choice is wrong, shown when a learner picks it'),
  })
  .describe('A choice in Korean and English; a wrong one carries `why`');
const QuizStep = z.strictObject({
  id: StepId,
  type: z.literal('quiz').describe('A quiz: a question with numbered choices'),
  question: Text.describe('The question (markdown)'),
  choices: z.array(Choice).min(2).describe('The choices, at least two'),
  answer: z.number().int().min(1).describe('The number of the right choice (1 is the first)'),
  explanation: Text.describe('Shown once the quiz is answered right'),
});

export const Step = z.discriminatedUnion('type', [MessageStep, ExerciseStep, QuizStep]);
export type Step = z.infer<typeof Step>;
export type MessageStep = z.infer<typeof MessageStep>;
export type ExerciseStep = z.infer<typeof ExerciseStep>;
export type QuizStep = z.infer<typeof QuizStep>;

const PlacedFile = z
  .strictObject({
    place: Place,
    path: z.string().describe('The file\'s absolute path there, e.g. `/home/learner/broken.yaml`'),
    content: z.string().describe('The file\'s text'),
  })
  .describe('A file placed before the lesson starts');

export const SCENARIOS = ['kubia', 'empty'] as const;

/** The manifest files in the laptop's home directory, which `start.manifests` may name. */
export const START_FILES = Object.keys(HOME_MANIFESTS);

const Start = z.strictObject({
  // Unknown names are a lint error at file:line:col, not a schema error: the enum is for
  // editors only (completion, and a mark on a name that is not there).
  scenario: z
    .string()
    .default('kubia')
    .meta({ enum: [...SCENARIOS] })
    .describe('The cluster the lesson starts from: `kubia` (RC kubia with 3 ready pods, no Service) or `empty` (the same without kubia)'),
  manifests: z
    .array(
      z
        .string()
        .meta({ anyOf: [{ enum: START_FILES }, { type: 'string', pattern: '\\n' }] })
        .describe('A manifest file in the laptop\'s home directory (or one placed there by `files`), or inline YAML'),
    )
    .optional()
    .describe('Objects created like `kubectl create -f` before the lesson starts: home-directory file names or inline YAML'),
  commands: z.array(z.string()).optional().describe('Setup commands run silently after the manifests, through the learner\'s shell'),
  files: z.array(PlacedFile).optional().describe('Files placed before the lesson starts (a broken manifest for a troubleshooting step, say)'),
});

const Faq = z
  .strictObject({
    keywords: z
      .strictObject({
        ko: z.array(z.string()).min(1).describe('Korean words that bring this answer'),
        en: z.array(z.string()).min(1).describe('English words that bring this answer'),
      })
      .describe('Words in a learner\'s question that bring this answer'),
    answer: Text.describe('The answer (markdown)'),
  })
  .describe('An answer to questions the learner types (ending in "?")');

export const Lesson = z.strictObject({
  $schema: z.string().optional().describe('The JSON schema editors check the file with'),
  id: Id.describe('The lesson\'s id: the file name without .yaml, e.g. `01-services`'),
  title: Text.describe('The lesson\'s title'),
  goal: Text.describe('What the learner will be able to do, shown first'),
  duration: z.number().optional().describe('Estimated minutes a learner needs for the lesson (a positive number), shown in the lesson list, handouts and class reports'),
  start: Start.default({ scenario: 'kubia' }).describe('The cluster and files the lesson begins with'),
  faq: z.array(Faq).optional().describe('Answers to questions the learner types'),
  diagnose: z.array(DiagnoseEntry).optional().describe('Diagnoses for every exercise of the lesson (a step\'s own are tried first)'),
  steps: z.array(Step).min(1).describe('The steps, in order: messages, exercises and quizzes'),
});
export type Lesson = z.infer<typeof Lesson>;

/** The JSON Schema editors use (yaml-language-server: `# yaml-language-server: $schema=./schema.json`). */
export function lessonJsonSchema(): object {
  const schema = z.toJSONSchema(Lesson, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'kubetour lesson', $id: 'https://kubetour.dev/lessons/schema.json' };
}
