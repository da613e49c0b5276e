// The Tutor facade: what the UI talks to. It owns the session, the loaded lessons, the
// progress file and the engine state, turns each learner line into transcript turns, and
// performs the engine's effects (running demos and solutions, rebuilding the cluster at a
// step's start, saving progress). The decisions themselves live in engine/reducer.ts.
import { basename, resolve } from 'node:path';
import type { Session } from '../shell/session.js';
import type { PlaceInfo, RunResult } from '../shell/types.js';
import { CLEAR_SCREEN } from '../shell/commands/clear.js';
import { limitSentence } from '../shell/limits.js';
import { clusterT, detectLanguage, diagnosisT, instructorT, isLang, questionsT, tutorT } from '../i18n/index.js';
import type { Lang, LessonSummary, Turn, TutorOpenOptions, TutorStatus } from './types.js';
import type { Lesson } from './schema.js';
import type { SessionFactory, TutorSession } from './session-port.js';
import type { LoadedLesson } from './lessons/load.js';
import { loadLessonsFrom, missingLessons } from './lessons/shipped.js';
import { formatDiagnostic } from './lessons/diagnostics.js';
import { pick } from './lessons/text.js';
import { evaluateCheck, type CheckMarks, type CheckResult } from './checkpoints/evaluate.js';
import { lastTrace, traceMark } from './checkpoints/traces.js';
import { initialState, intro, progressWords, reduce, type EngineEvent, type EngineState, type Output, type Say } from './engine/reducer.js';
import { checkItems, describeDone, describeGoal, describeUnmet } from './checkpoints/describe.js';
import { expectsFailure, kindsOf, leavesOf, readsSessionOnly } from './checkpoints/predicate-ids.js';
import { diagnose, diagnosisContext, snapshotObjects, type ObjectSnapshot } from './diagnosis/index.js';
import type { ExerciseStep } from './schema.js';
import type { TutorCommandRecord } from './session-port.js';
import { buildSessionAt, checkAfterWaiting, scriptBudget, type SetupProblem } from './engine/build-session.js';
import { runWithBudget } from '../shell/budget.js';
import { shellSessionFactory } from './engine/session-factory.js';
import { homeDepths } from './engine/home-place.js';
import { followedLessonWay } from './engine/lesson-way.js';
import { deferredSession } from './engine/deferred-session.js';
import { stepIndex } from './engine/step-index.js';
import { rereadLesson } from './engine/reload.js';
import { RealClusterSessions } from './real/real-sessions.js';
import { lessonOnRealCluster } from './real/on-real-cluster.js';
import { IDLE_CAP_MS, ProgressStore, type ProgressWarning } from './progress/store.js';
import { configDirFrom } from './progress/paths.js';
import { isQuestion } from './questions/is-question.js';
import { plainRequest, type PlainRequest } from './questions/plain-request.js';
import type { Asker, Passage, RenderContext } from './questions/index.js';
import type { Offer } from './questions/render.js';
import { aboutLast, describeLast, errorLine, type LastCommand } from './questions/situation.js';

const YES = new Set(['y', 'yes', '예', '네', '응', 'ㅇ']);
const NO = new Set(['n', 'no', '아니오', '아니요', '아니', 'ㄴ']);
const META = ['help', 'hint', 'solution', 'next', 'back', 'reset', 'lessons', 'lang', 'trace', 'quit', 'sandbox', 'check', 'reload'] as const;

/** The learner's sentence for each problem of putting a session at a step's start. */
const SETUP_SENTENCE: Record<SetupProblem['key'], string> = {
  manifestYaml: 'setup.manifestYaml',
  manifestRejected: 'setup.manifestRejected',
  manifestFile: 'setup.manifestFile',
  noPlace: 'setup.noPlace',
  fileWrite: 'setup.fileWrite',
  commandTimeout: 'setup.commandTimeout',
  commandFailed: 'setup.commandFailed',
  stepTimeout: 'setup.stepTimeout',
  stepUnmet: 'setup.stepUnmet',
  stepUnmetFailed: 'setup.stepUnmetFailed',
};

/** The short form of each question, for asking it again. */
const ASK = {
  start: 'conversation.ask.start',
  continue: 'conversation.ask.continue',
  solution: 'conversation.ask.solution',
  replay: 'conversation.ask.replay',
} as const;

type FacadeQuestion = { id: 'continue' | 'start'; lessonId: string };
/** A follow-up offer of the last answer: answered by the next line, or it lapses. */
type FollowUp =
  /** After an answer: show the whole passage it quoted? */
  | { id: 'open'; open: Offer }
  /** After "not sure": the nearest topics, picked by number. */
  | { id: 'pick'; choices: Passage[] };
/** A question waiting for y/n: the facade's offer, or the engine's solution/replay confirmation. */
type Asked = { by: 'facade'; q: FacadeQuestion } | { by: 'engine'; pending: 'solution' | 'replay' };

export class Tutor {
  lang: Lang;
  private current: TutorSession;
  private readonly loaded: LoadedLesson[];
  private readonly progress: ProgressStore;
  private readonly seed: number;
  private readonly create: SessionFactory;
  private lesson?: Lesson;
  private state?: EngineState;
  private marks: CheckMarks = { stepRecords: 0, stepTraces: 0, lessonRecords: 0, lessonTraces: 0 };
  private question?: FacadeQuestion;
  /** The last command's judgement inputs, for `lastWords`. */
  private judgedLast?: { step: ExerciseStep; result: CheckResult; line: JudgedLine };
  private followUp?: FollowUp;
  /** The step whose start was last entered: demos run at its place on the lesson's path. */
  private stepAt = 0;
  /** The lesson file whose change was last offered for `/reload` (offered once until read). */
  private reloadOffered?: string;
  private initial: Turn[] = [];
  /** Built on the first question of each language (the search index is not start-up work). */
  private readonly askers: Partial<Record<Lang, Asker>> = {};
  /** Real-cluster mode's sessions (undefined in the simulation). */
  private real?: RealClusterSessions;
  /** When the previous input came (the progress clock): the gap until the next is time on a step. */
  private lastInputAt: number;
  /** With no lessons loaded: the folder that is missing (shipped lessons not next to the program, a wrong --lessons DIR). */
  private lessonsDir?: string;

  /** The live session. `/reset`, `/back`, `/next` and lesson switches replace it: read it anew each time. */
  get session(): Session {
    return this.current as unknown as Session;
  }

  private constructor(init: { lang: Lang; session: TutorSession; loaded: LoadedLesson[]; progress: ProgressStore; seed: number; create: SessionFactory }) {
    this.lang = init.lang;
    this.current = init.session;
    this.loaded = init.loaded;
    this.progress = init.progress;
    this.seed = init.seed;
    this.create = init.create;
    this.lastInputAt = init.progress.now();
  }

  static async open(opts: TutorOpenOptions = {}): Promise<Tutor> {
    const env = opts.env ?? process.env;
    const configDir = opts.configDir ?? configDirFrom(env);
    const progress = ProgressStore.open(configDir, opts.now ?? Date.now, { reset: opts.resetProgress, probe: true });
    const lang = opts.lang ?? progress.data.lang ?? detectLanguage(undefined, env);
    const real = opts.realCluster ? new RealClusterSessions(opts.realCluster) : undefined;
    const create = real?.create ?? opts.createSession ?? shellSessionFactory;
    const seed = opts.seed ?? 1;
    const shipped = await loadLessonsFrom(opts.lessonsDir, configDir);
    const loaded = real ? shipped.map((l) => (l.lesson ? { ...l, lesson: lessonOnRealCluster(l.lesson) } : l)) : shipped;
    const first = { seed, scenario: 'kubia' };
    // On a real cluster the first session opens now, so a wrong context fails the start.
    const session = opts.deferSession && !real ? deferredSession(create, first) : create(first);
    const tutor = new Tutor({ lang, session, loaded, progress, seed, create });
    tutor.real = real;
    tutor.lessonsDir = opts.lessonsDir;
    const turns: Turn[] = [];
    if (real) turns.push({ kind: 'tutor', markdown: clusterT(lang)('started', { context: real.target.context, dir: real.workdir }) });
    if (opts.sandbox) {
      turns.push(tutor.say('sandbox.start'));
    } else if (opts.lessonId) {
      turns.push(...(await tutor.openLesson(opts.lessonId, opts.step)));
    } else {
      const cur = progress.data.current ? tutor.find(progress.data.current) : undefined;
      const saved = cur?.lesson ? progress.lesson(cur.id) : undefined;
      if (cur?.lesson && saved && saved.step < cur.lesson.steps.length) {
        tutor.question = { id: 'continue', lessonId: cur.id };
        turns.push({ kind: 'confirm', id: 'continue', markdown: tutor.t('start.continue', { n: tutor.number(cur.id), title: pick(cur.lesson.title, lang), step: saved.step + 1, total: cur.lesson.steps.length }) });
      } else {
        const first = loaded.find((l) => l.lesson && !(progress.lesson(l.id)?.completedAt)) ?? loaded.find((l) => l.lesson);
        turns.push(tutor.say(Object.keys(progress.data.lessons).length ? 'start.welcomeBack' : 'start.welcome'));
        if (first?.lesson) {
          tutor.question = { id: 'start', lessonId: first.id };
          turns.push({ kind: 'confirm', id: 'start', markdown: tutor.t('start.offer', { n: tutor.number(first.id), title: pick(first.lesson.title, lang) }) });
        } else turns.push(tutor.noLessons());
      }
    }
    progress.flush();
    tutor.initial = [...tutor.warningTurns(), ...turns];
    return tutor;
  }

  /** On a real cluster: deletes the learner's namespace and working directory. Safe to call twice. */
  close(): void {
    this.real?.close();
  }

  /** The real cluster's namespace and context, when running on one. */
  realCluster(): { context: string; namespace?: string; workdir: string } | undefined {
    return this.real ? { context: this.real.target.context, namespace: this.real.namespace, workdir: this.real.workdir } : undefined;
  }

  /** The turns to show when the app starts. */
  startTurns(): Turn[] {
    return this.initial;
  }

  async input(line: string): Promise<Turn[]> {
    const out: Turn[] = [];
    this.countActiveTime();
    try {
      out.push(...(await this.dispatchInput(line)));
    } catch (err) {
      // A bug in the tutor or the simulation must not end the learner's session.
      out.push({ kind: 'warning', markdown: this.t('internal.error', { message: err instanceof Error ? err.message : String(err) }) });
    }
    this.progress.flush();
    out.push(...this.warningTurns());
    return out;
  }

  /**
   * The time since the previous input was spent on the step the learner is on (reading,
   * thinking, typing); a longer silence than IDLE_CAP_MS counts as that much.
   */
  private countActiveTime(): void {
    const at = this.progress.now();
    const gap = Math.max(0, Math.min(at - this.lastInputAt, IDLE_CAP_MS));
    this.lastInputAt = at;
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (this.lesson && step && step.type !== 'message' && gap > 0) this.progress.record(this.lesson.id, step.id, (r) => void (r.activeMs += gap));
  }

  status(): TutorStatus {
    const base = { lang: this.lang, prompt: this.current.prompt() };
    if (!this.lesson || !this.state) return { ...base, step: 0, total: 0, sandbox: true };
    const total = this.lesson.steps.length;
    return { ...base, lessonId: this.lesson.id, lessonTitle: pick(this.lesson.title, this.lang), step: Math.min(this.state.step + 1, total), total, sandbox: false };
  }

  lessons(): LessonSummary[] {
    return this.loaded.map((l) => {
      const p = this.progress.lesson(l.id);
      if (!l.lesson) return { id: l.id, title: l.id, done: 0, total: 0, error: l.errors.map(formatDiagnostic).join('\n') };
      const ids = new Set(l.lesson.steps.map((s) => s.id));
      const duration = l.lesson.duration !== undefined ? { duration: l.lesson.duration } : {};
      return { id: l.id, title: pick(l.lesson.title, this.lang), done: (p?.completed ?? []).filter((id) => ids.has(id)).length, total: l.lesson.steps.length, ...duration };
    });
  }

  // --- input routing --------------------------------------------------------------------

  private async dispatchInput(line: string): Promise<Turn[]> {
    const text = line.trim();
    const yn = yesNo(text);
    // A follow-up offer of the last answer (the newest question) is answered first, or lapses.
    const follow = this.followUp;
    this.followUp = undefined;
    if (follow && text) {
      if (follow.id === 'pick') {
        const chosen = /^[1-9]$/.test(text) ? follow.choices[Number(text) - 1] : undefined;
        if (chosen) return this.withReminder([said(text), ...(await this.showChoice(chosen))]);
      } else if (yn !== undefined) {
        return this.withReminder([said(text), ...(yn ? await this.openOffer(follow.open) : [])]);
      }
    }
    const asked = this.asking();
    if (!text) return asked ? [this.reminder(asked)] : this.quizWaiting(this.state?.step);
    if (yn !== undefined) {
      // A y/n word is an answer, never a shell command: to the open question, or to none.
      if (asked) return [said(text), ...(await this.answerQuestion(asked, yn))];
      return [said(text), this.say('conversation.nothingAsked')];
    }
    return this.withReminder(await this.route(line, text));
  }

  /** The question outlives whatever came in between: ask it again, briefly (unless another is asked now). */
  private withReminder(turns: Turn[]): Turn[] {
    const still = this.asking();
    if (still && !turns.some((t) => t.kind === 'confirm' || t.kind === 'quit')) turns.push(this.reminder(still));
    return turns;
  }

  /** Everything but a y/n answer: a meta-command, a question, a quiz answer, or a shell command. */
  private async route(line: string, text: string): Promise<Turn[]> {
    const meta = /^\/([a-z]+)(?:\s+(.*))?$/i.exec(text);
    if (meta) return [said(text), ...(await this.meta(meta[1].toLowerCase(), (meta[2] ?? '').trim()))];
    const asked = plainRequest(text);
    if (asked) return [said(text), ...(await this.plainRequest(asked))];
    if (isQuestion(text)) return [said(text), ...(await this.answer(text)), ...this.quizWaiting(this.state?.step)];
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (step?.type === 'quiz' && /^\d+$/.test(text)) {
      const choice = Number(text);
      if (this.lesson && choice >= 1 && choice <= step.choices.length) {
        this.progress.record(this.lesson.id, step.id, (r) => {
          r.attempts++;
          (r.answers ??= []).push({ choice, right: choice === step.answer });
        });
      }
      return [said(text), ...(await this.dispatch({ type: 'answer', choice }))];
    }
    const at = this.state?.step;
    return [...(await this.command(line)), ...this.quizWaiting(at)];
  }

  /**
   * "힌트 주세요", "show me the answer", "다음": what /hint and /solution do (the solution is
   * still only offered, y/n). "Next" moves on by itself only where nothing is skipped — at a
   * lesson's end or with a lesson offer open; inside a step it says how /next would skip it.
   */
  private async plainRequest(asked: PlainRequest): Promise<Turn[]> {
    if (asked !== 'next') return this.meta(asked, '');
    const atEnd = this.lesson && this.state && this.state.step >= this.lesson.steps.length;
    if (this.asking()?.by === 'facade' || atEnd) return this.meta('next', '');
    if (!this.lesson || !this.state) return [this.say('meta.noLesson')];
    return [this.say('conversation.nextInWords')];
  }

  /**
   * A quiz is a question of the tutor's too: after a command, a question or Enter in between,
   * it says the quiz still waits, so a learner who went on typing commands is not left at it.
   * `at`: the step before the line; a quiz the line itself led to was only just asked.
   */
  private quizWaiting(at: number | undefined): Turn[] {
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (step?.type !== 'quiz' || this.state?.step !== at || this.asking()) return [];
    return [{ kind: 'tutor', markdown: this.t('quiz.still', { n: step.choices.length }) }];
  }

  /** The open question, if any: the facade's offer first, then the engine's confirmation. */
  private asking(): Asked | undefined {
    if (this.question) return { by: 'facade', q: this.question };
    if (this.state?.pending) return { by: 'engine', pending: this.state.pending };
    return undefined;
  }

  private async answerQuestion(asked: Asked, yes: boolean): Promise<Turn[]> {
    if (asked.by === 'engine') return this.dispatch({ type: 'confirm', yes });
    this.question = undefined;
    if (yes) return this.openLesson(asked.q.lessonId);
    return [this.say('start.declined'), this.lessonList()];
  }

  /** The open question again, in a short form and the current language. */
  private reminder(asked: Asked): Turn {
    if (asked.by === 'engine') return { kind: 'confirm', id: asked.pending, markdown: this.t('conversation.still', { question: this.t(ASK[asked.pending]) }) };
    const entry = this.find(asked.q.lessonId);
    const question = this.t(ASK[asked.q.id], { n: this.number(asked.q.lessonId), title: entry?.lesson ? pick(entry.lesson.title, this.lang) : asked.q.lessonId });
    return { kind: 'confirm', id: asked.q.id, markdown: this.t('conversation.still', { question }) };
  }

  /** Ctrl-D: leaves the nested shell the learner is in (the laptop's Ctrl-D is the UI's). */
  async eof(): Promise<Turn[]> {
    const s = this.current;
    if ((s.depth?.() ?? 1) <= 1) return [];
    const prompt = s.prompt();
    const r = await s.run('exit');
    // bash echoes `exit` (a login shell `logout`) on the prompt line; dash and ash print nothing.
    const word = /^(exit|logout)\n/.exec(r.stdout)?.[1] ?? '';
    const stdout = word ? r.stdout.slice(word.length + 1) : r.stdout;
    return [{ kind: 'command', prompt, input: word }, ...outputTurns({ ...r, stdout, chunks: undefined }, this.lang)];
  }

  private async meta(name: string, arg: string): Promise<Turn[]> {
    if (!(META as readonly string[]).includes(name)) return [{ kind: 'warning', markdown: this.t('meta.unknown', { name }) }];
    const needLesson = ['hint', 'solution', 'back', 'reset', 'reload'].includes(name) || (name === 'next' && !this.question);
    if (needLesson && (!this.lesson || !this.state)) return [this.say('meta.noLesson')];
    switch (name) {
      case 'help':
        return [this.say('meta.help')];
      case 'hint':
        return this.dispatch({ type: 'hint', unmet: await this.unmetNow() });
      case 'check':
        return [await this.checkStatus(/(^|\s)--ids\b/.test(arg))];
      case 'solution':
        return this.dispatch({ type: 'solution' });
      case 'next':
        return this.next();
      case 'back':
        this.question = undefined;
        return this.dispatch({ type: 'back' });
      case 'reset': {
        this.question = undefined;
        // An author's lesson (--lessons DIR) is read again first: /reset after an edit tries it.
        const read = this.lessonsDir ? await this.reread() : undefined;
        if (read?.kind === 'moved') return read.turns;
        return [...(read?.turns ?? []), ...(await this.dispatch({ type: 'reset' }))];
      }
      case 'reload':
        return this.reload();
      case 'lessons':
        if (!arg) return [this.lessonList()];
        this.question = undefined;
        return this.openLesson(this.resolveLessonArg(arg));
      case 'lang': {
        if (!arg) return [this.say('lang.current', { lang: this.langName(this.lang) })];
        if (!isLang(arg)) return [{ kind: 'warning', markdown: this.t('lang.bad', { arg }) }];
        this.lang = arg;
        this.progress.setLang(arg);
        return [this.say('lang.set', { lang: this.langName(arg) }), ...this.currentTask()];
      }
      case 'trace': {
        // The same reading as checkpoints' `request:` predicates, in a lesson or the sandbox.
        const last = lastTrace(this.current);
        if (!last) return [this.say('trace.none')];
        return [{ kind: 'diagram', name: 'trace', traceId: last.id }];
      }
      case 'sandbox':
        this.question = undefined;
        this.lesson = undefined;
        this.state = undefined;
        this.replaceSession(this.create({ seed: this.seed, scenario: 'kubia' }));
        return [this.say('sandbox.start')];
      case 'quit':
        return [{ kind: 'quit' }];
    }
    return [];
  }

  /** `/reload`: the open lesson's file read again; only lessons from `--lessons DIR` can change. */
  private async reload(): Promise<Turn[]> {
    if (!this.lessonsDir) return [this.say('reload.shipped')];
    const read = await this.reread();
    if (read.kind !== 'kept') return read.turns;
    const total = this.lesson!.steps.length;
    return [...read.turns, this.say('reload.kept', { step: Math.min(this.state!.step + 1, total), total }), ...this.currentTask()];
  }

  /**
   * Reads the open lesson's file again and lints it. Broken: its errors, the old lesson kept.
   * The step still there: the new text, the cluster untouched. The step gone: the nearest
   * step, entered as `/next` would (the cluster rebuilt there).
   */
  private async reread(): Promise<{ kind: 'broken' | 'kept' | 'moved'; turns: Turn[] }> {
    const lesson = this.lesson!;
    const state = this.state!;
    const at = this.loaded.findIndex((l) => l.id === lesson.id);
    const file = this.loaded[at].file;
    this.reloadOffered = undefined;
    const r = await rereadLesson(file, lesson, state.step);
    if (r.kind === 'broken') return { kind: 'broken', turns: [{ kind: 'warning', markdown: this.t('reload.broken', { errors: r.errors.map(formatDiagnostic).join('\n') }) }] };
    this.loaded[at] = r.entry;
    const total = r.entry.lesson.steps.length;
    if (r.kind === 'moved') {
      const note: Turn = { kind: 'warning', markdown: this.t('reload.moved', { id: r.goneId, step: r.index + 1, total }) };
      return { kind: 'moved', turns: [note, ...(await this.openLesson(lesson.id, r.index + 1))] };
    }
    this.lesson = r.entry.lesson;
    const ids = new Set(r.entry.lesson.steps.map((s) => s.id));
    this.state = { ...state, step: r.index, done: state.done.filter((id) => ids.has(id)), hintsShown: [], lastUnmet: undefined, lastDiagnosis: undefined, pending: undefined };
    if (r.index < total) this.stepAt = r.index;
    return { kind: 'kept', turns: [] };
  }

  /**
   * The UI's watch on `--lessons DIR` saw these files change: when the open lesson's file is
   * one of them, one sentence offers `/reload` (once, until the file is read again).
   */
  lessonFilesChanged(files: string[]): Turn[] {
    if (!this.lessonsDir || !this.lesson) return [];
    const file = this.find(this.lesson.id)?.file;
    if (!file || this.reloadOffered === file || !files.some((f) => resolve(f) === resolve(file))) return [];
    this.reloadOffered = file;
    return [this.say('reload.offer', { file: basename(file) })];
  }

  /** `/next`: skips the step; at a lesson's end (or with the offer open) goes on to the next lesson. */
  private async next(): Promise<Turn[]> {
    const asked = this.asking();
    if (asked?.by === 'facade') return this.answerQuestion(asked, true);
    if (this.lesson && this.state && this.state.step >= this.lesson.steps.length) {
      const idx = this.loaded.findIndex((l) => l.id === this.lesson!.id);
      const following = this.loaded.slice(idx + 1).find((l) => l.lesson);
      return following ? this.openLesson(following.id) : [this.say('lesson.allDone')];
    }
    return this.dispatch({ type: 'next' });
  }

  /** The current step's task (or quiz) again, in the current language: `/lang` shows it. */
  private currentTask(): Turn[] {
    if (!this.lesson || !this.state || this.state.step >= this.lesson.steps.length) return [];
    return intro(this.lesson, this.state.step, this.lang).flatMap((o) => ('turn' in o ? [o.turn] : []));
  }

  // --- questions ------------------------------------------------------------------------

  private async answer(question: string): Promise<Turn[]> {
    const q = await import('./questions/index.js');
    // "왜 준비가 안 되지?" asks about the cluster, not a command: answer from its state.
    const state = q.stateAnswer(question, this.current.cluster.store, this.lang);
    if (state) return [{ kind: 'tutor', markdown: state }];
    const asker = (this.askers[this.lang] ??= q.createAsker(this.corpusLessons(), this.lang));
    const where = { lessonId: this.lesson?.id, step: this.state ? this.state.step + 1 : undefined };
    let reply = asker.ask(question, where);
    const turns: Turn[] = [];
    if (reply.kind === 'situation') {
      // About the learner's own last command: say what it did, diagnose it, and look up
      // what the lessons say about its error rather than about the question's words alone.
      const last = this.lastCommand();
      const diagnosis = last ? await this.diagnoseLast() : undefined;
      turns.push({ kind: 'tutor', markdown: diagnosis && last ? `${aboutLast(last, this.lang)}\n\n${diagnosis}` : describeLast(last, this.lang) });
      const error = last ? errorLine(last) : undefined;
      if (diagnosis || !last) return turns;
      // What the step still waits for is the answer to "why doesn't it work" in a lesson; after
      // a line that went well, the lessons' passages about the question's words would be a guess.
      const waiting = await this.stillWaiting();
      if (waiting) turns.push({ kind: 'tutor', markdown: this.t('conversation.waiting', { what: waiting }) });
      if (last.exitCode === 0 && !last.stderr.trim()) return turns;
      if (error) reply = asker.ask(`${question} ${error}`, where);
      const fallback = reply.kind === 'situation' ? reply.fallback : reply;
      if (fallback.kind === 'unsure') return turns;
    }
    const r = q.renderReply(reply, this.renderContext(), question);
    turns.push({ kind: 'tutor', markdown: r.markdown });
    if (r.choices) this.followUp = { id: 'pick', choices: r.choices };
    if (r.offer) {
      this.followUp = { id: 'open', open: r.offer.open };
      turns.push({ kind: 'confirm', id: 'open', markdown: r.offer.markdown });
    }
    return turns;
  }

  private corpusLessons(): { id: string; lesson: Lesson }[] {
    return this.loaded.flatMap((l) => (l.lesson ? [{ id: l.id, lesson: l.lesson }] : []));
  }

  private renderContext(): RenderContext {
    return {
      lang: this.lang,
      lessonId: this.lesson?.id,
      step: this.state ? this.state.step + 1 : undefined,
      lessonNumber: (id) => String(this.number(id)),
      lessonTitle: (id) => pick(this.find(id)?.lesson?.title, this.lang),
    };
  }

  /** The diagnosis library's first word on the last line, as the exercise sees it. */
  private async diagnoseLast(): Promise<string | undefined> {
    const step = this.exercise();
    const authored = step ? [...(step.diagnose ?? []), ...(this.lesson?.diagnose ?? [])] : [];
    const ctx = await diagnosisContext(this.current, { check: step?.check, authored, marks: this.marks });
    return ctx ? diagnose(ctx)[0]?.message[this.lang] : undefined;
  }

  private lastCommand(): LastCommand | undefined {
    // Lines before the lesson's mark are its start and the replay of earlier steps (--step,
    // /back): the tutor ran those, and a question about "my last command" is not about them.
    const records = this.current.records;
    const r = records.length > this.marks.lessonRecords ? records[records.length - 1] : undefined;
    return r ? { input: r.input, exitCode: r.result.exitCode, stderr: r.result.stderr, stdout: r.result.stdout } : undefined;
  }

  /** One of the nearest topics, picked by number: quoted like an answer. */
  private async showChoice(p: Passage): Promise<Turn[]> {
    const q = await import('./questions/index.js');
    const r = q.renderReply({ kind: 'answer', hit: { passage: p, score: 0, coverage: 1 }, more: [] }, this.renderContext());
    const turns: Turn[] = [{ kind: 'tutor', markdown: r.markdown }];
    if (r.offer) {
      this.followUp = { id: 'open', open: r.offer.open };
      turns.push({ kind: 'confirm', id: 'open', markdown: r.offer.markdown });
    }
    return turns;
  }

  private async openOffer(open: Offer): Promise<Turn[]> {
    if (open.kind === 'lesson') return this.openLesson(open.lessonId);
    const q = await import('./questions/index.js');
    const qt = (key: string, vars?: Record<string, unknown>) => questionsT(this.lang)(key, vars ?? {}) as string;
    if (open.kind === 'section') {
      const asker = (this.askers[this.lang] ??= q.createAsker(this.corpusLessons(), this.lang));
      const body = asker.index.passages.filter((p) => p.kind === 'doc' && p.section === open.section).map((p) => p.text.replace(/^>\s?/gm, ''));
      return [{ kind: 'tutor', markdown: `${qt('opened.section', { section: open.section })}\n\n${body.join('\n\n')}` }];
    }
    const lesson = this.find(open.lessonId)?.lesson;
    const step = lesson?.steps[open.step - 1];
    if (!lesson || !step) return [];
    const n = this.number(open.lessonId);
    const body =
      step.type === 'message' ? pick(step.text, this.lang)
      : step.type === 'exercise' ? pick(step.task, this.lang)
      : [pick(step.question, this.lang), ...step.choices.map((c, i) => `${i + 1}. ${pick(c, this.lang)}`)].join('\n');
    const here = this.lesson?.id === open.lessonId;
    const go = here ? '' : `\n\n${qt('opened.goThere', { n })}`;
    return [{ kind: 'tutor', markdown: `${qt('opened.step', { n, step: open.step, title: pick(lesson.title, this.lang) })}\n\n${body.trim()}${go}` }];
  }

  /** Runs a shell command, then checks the current exercise and says what helps (see `judge`). */
  private async command(line: string): Promise<Turn[]> {
    const s = this.current;
    const before = snapshotObjects(s.cluster.store);
    const prompt = s.prompt();
    const step = this.exercise();
    this.judgedLast = undefined;
    const checkedBefore = step ? await evaluateCheck(step.check, s, this.marks) : undefined;
    if (step && this.lesson) this.progress.record(this.lesson.id, step.id, (rec) => void rec.attempts++);
    const r = await s.run(line, { typed: true });
    const turns: Turn[] = [{ kind: 'command', prompt, input: line }];
    turns.push(...outputTurns(r, this.lang));
    if (step && checkedBefore) {
      const result = await evaluateCheck(step.check, s, this.marks);
      const judged: JudgedLine = { record: r.record, before, metBefore: checkItems(step.check, checkedBefore).map((i) => i.met), result: r };
      const say = await this.judge(step, result, judged);
      this.judgedLast = { step, result, line: judged };
      // A step that shows an error is solved by a failing line: say so, not a bare "done" under the error.
      const sawError = r.exitCode !== 0 && expectsFailure(step.check);
      turns.push(...(await this.dispatch({ type: 'checked', result, attempt: say !== undefined, say, sawError })));
    } else {
      // The sandbox, message and quiz steps: no check, but a mistake is still worth naming.
      const ctx = await diagnosisContext(s, { record: r.record, before });
      const found = ctx ? diagnose(ctx)[0] : undefined;
      if (found) turns.push({ kind: 'tutor', markdown: found.message[this.lang] });
    }
    if (s.exited) turns.push({ kind: 'quit' });
    return turns;
  }

  /** Did the learner solve the current exercise another way than its solution (kubectl edit for expose)? */
  private ownWay(): boolean {
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (step?.type !== 'exercise') return false;
    const mine = this.current.records.slice(this.marks.stepRecords).map((r) => r.input);
    return !followedLessonWay(this.current.splitCommands(step.solution), mine);
  }

  /**
   * What the tutor says after a line, if anything: the diagnosis of a mistake; progress in
   * words when an item of the check became met; the first unmet item in a sentence after a
   * line that failed, changed the cluster or made a request that went wrong. A read-only line
   * that is on the way (get, describe, cat, a curl that answered) gets nothing.
   */
  private async judge(step: ExerciseStep, result: CheckResult, line: JudgedLine, lang: Lang = this.lang): Promise<Say | undefined> {
    if (result.pass) return undefined;
    const s = this.current;
    const authored = [...(step.diagnose ?? []), ...(this.lesson?.diagnose ?? [])];
    const ctx = await diagnosisContext(s, { record: line.record, before: line.before, check: step.check, authored, marks: this.marks });
    const found = ctx ? diagnose(ctx)[0] : undefined;
    if (found) return { kind: 'diagnosis', rule: found.rule, text: found.message[lang] };
    const items = checkItems(step.check, result);
    const met = items.filter((i) => i.met).length;
    const first = items.find((i) => !i.met);
    const sentence = () => (first ? describeUnmet(first.node, { session: s, marks: this.marks, result, lang }) : undefined);
    const failedRequest = line.record.traces.some((t) => t.tool !== 'probe' && t.outcome !== 'ok');
    // A change matters when it touches what the check reads (deleting pods is not news to a
    // check of the last command's output).
    const kinds = kindsOf(step.check);
    const changed = (ctx?.changed ?? []).some((c) => kinds.has(c.kind));
    // A failed line without a diagnosis: kubectl's or the shell's error already says what went
    // wrong, so the tutor only adds the state the step is waiting for, never "your command failed".
    // A mistyped command (exit 127) has the shell's own message and nothing to do with the step.
    const failed = line.result.exitCode !== 0 && line.result.exitCode !== 127 && !!first && !readsSessionOnly(first.node);
    // A request that answered, but from another place than the task's (a pod's curl where the
    // laptop's is wanted): right request, wrong place — worth saying at once.
    const wantsFrom = first ? leavesOf(first.node).flatMap((l) => ('request' in l && l.request.from ? [l.request.from] : [])) : [];
    const wrongPlace = wantsFrom.length > 0 && line.record.traces.some((t) => t.tool !== 'probe' && !wantsFrom.includes(t.from.kind));
    const mattered = failed || changed || failedRequest || wrongPlace;
    if (met > line.metBefore.filter(Boolean).length && line.result.exitCode === 0 && first) {
      // Progress names what this line got done and what is still left, in words: a bare
      // "1 of 2 done" leaves the learner guessing which half.
      const newly = items.filter((i, n) => i.met && !line.metBefore[n]);
      const done = describeDone((newly.length ? newly : items.filter((i) => i.met)).map((i) => i.node), lang, line.record.input);
      return { kind: 'progress', done, left: items.length - met, next: sentence() ?? '' };
    }
    const text = mattered ? sentence() : undefined;
    return text ? { kind: 'unmet', text } : undefined;
  }

  /**
   * What the tutor would have said after the last command in the given language ('' for
   * nothing) — the same judgement in the other language, for tests of both languages.
   */
  async lastWords(lang: Lang): Promise<string> {
    const j = this.judgedLast;
    const say = j ? await this.judge(j.step, j.result, j.line, lang) : undefined;
    if (!say) return '';
    return say.kind === 'progress' ? progressWords(say, lang) : say.text;
  }

  private exercise(): ExerciseStep | undefined {
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    return step?.type === 'exercise' ? step : undefined;
  }

  /** `/check`: every item of the current exercise, met or not, in sentences (`--ids` adds the ids). */
  private async checkStatus(ids: boolean): Promise<Turn> {
    const step = this.exercise();
    if (!step) return { kind: 'tutor', markdown: this.dt('speak.nothingToCheck') };
    const result = await evaluateCheck(step.check, this.current, this.marks);
    const items = checkItems(step.check, result);
    // Two unmet items often fail for one reason (the same last request): say it once, and
    // count what is listed, so the title never says "0 of 2" above a single line.
    const shown: { text: string; met: boolean }[] = [];
    for (const i of items) {
      const text = i.met ? describeGoal(i.node, this.lang) : describeUnmet(i.node, { session: this.current, marks: this.marks, result, lang: this.lang });
      const id = ids && i.node.id ? ` \`${i.node.id}\`` : '';
      if (!ids && !i.met && shown.some((x) => x.text === text)) continue;
      shown.push({ text: `${text}${id}`, met: i.met });
    }
    const lines = shown.map((x) => `- ${x.met ? '✓' : '○'} ${x.text}`);
    const met = shown.filter((x) => x.met).length;
    const head = this.dt(met === 0 && shown.length === 1 ? 'speak.checkTitleOne' : 'speak.checkTitle', { met, total: shown.length });
    const unmetIds = ids && result.unmet.length ? `\n\n${this.dt('speak.unmetIds', { ids: result.unmet.map((x) => `\`${x}\``).join(', ') })}` : '';
    return { kind: 'tutor', markdown: `${head}\n\n${lines.join('\n')}${unmetIds}` };
  }

  /** The first unmet item of the current exercise, in a sentence (undefined outside one or when met). */
  private async stillWaiting(): Promise<string | undefined> {
    const step = this.exercise();
    if (!step) return undefined;
    const result = await evaluateCheck(step.check, this.current, this.marks);
    const first = checkItems(step.check, result).find((i) => !i.met);
    return first && !result.pass ? describeUnmet(first.node, { session: this.current, marks: this.marks, result, lang: this.lang }) : undefined;
  }

  private async unmetNow(): Promise<string[]> {
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (step?.type !== 'exercise') return [];
    return (await evaluateCheck(step.check, this.current, this.marks)).unmet;
  }

  // --- the engine and its effects -------------------------------------------------------

  private async dispatch(event: EngineEvent): Promise<Turn[]> {
    if (!this.lesson || !this.state) return [];
    const ev = event.type === 'checked' && event.result.pass ? { ...event, ownWay: this.ownWay() } : event;
    const before = this.state;
    const { state, out } = reduce(this.lesson, this.state, ev, this.lang);
    this.state = state;
    if (ev.type === 'confirm' && ev.yes && before.pending === 'solution') this.recordSolutionUsed(before.step);
    const left = this.lesson.steps[before.step];
    if (ev.type === 'next' && left && !before.done.includes(left.id)) this.progress.record(this.lesson.id, left.id, (r) => void (r.skipped = true));
    return this.perform(out);
  }

  private async perform(out: Output[]): Promise<Turn[]> {
    const turns: Turn[] = [];
    for (const o of out) {
      if ('turn' in o) {
        turns.push(o.turn);
        continue;
      }
      const e = o.effect;
      switch (e.type) {
        case 'run-demo':
          turns.push(...(await this.runVisible(e.commands, this.stepAt)));
          break;
        case 'rebuild':
          turns.push(...(await this.rebuild(e.index)));
          break;
        case 'replay-solution': {
          turns.push(...(await this.runVisible(e.commands, this.state?.step ?? this.stepAt)));
          const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
          if (step?.type === 'exercise') {
            // Give the cluster the time a learner would wait (pods starting) before judging.
            const result = await checkAfterWaiting(step.check, this.current, this.marks);
            const first = checkItems(step.check, result).find((i) => !i.met);
            const say: Say | undefined = first ? { kind: 'unmet', text: describeUnmet(first.node, { session: this.current, marks: this.marks, result, lang: this.lang }) } : undefined;
            turns.push(...(await this.dispatch({ type: 'checked', result, attempt: true, say })));
          }
          break;
        }
        case 'step-started':
          this.stepAt = e.index;
          if (this.lesson?.steps[e.index]) this.progress.record(this.lesson.id, this.lesson.steps[e.index].id, () => {});
          this.marks = { ...this.marks, stepRecords: this.current.records.length, stepTraces: traceMark(this.current) };
          break;
        case 'save':
          this.save();
          break;
        case 'lesson-complete':
          turns.push(...this.lessonComplete());
          break;
      }
    }
    return turns;
  }

  /**
   * Runs the tutor's own commands where the lesson expects them (its path's shell for that
   * step, usually the laptop), whatever shell the learner has opened since, and says so
   * when that is not where the learner is.
   */
  private async runVisible(script: string, stepIndex: number): Promise<Turn[]> {
    const s = this.current;
    const home = this.lesson ? (homeDepths(this.lesson, (x) => s.splitCommands(x))[stepIndex] ?? 1) : 1;
    const away = s.atDepth && (s.depth?.() ?? 1) > home ? s.place() : undefined;
    const lines = async (): Promise<Turn[]> => {
      const turns: Turn[] = [];
      // The lesson's own commands have the time budget verify gives them (build-session.ts).
      const deadline = performance.now() + scriptBudget.ms;
      for (const input of s.splitCommands(script)) {
        if (!input.trim()) continue;
        const prompt = s.prompt();
        const { result: r, timedOut } = await runWithBudget(s, input, Math.max(0, deadline - performance.now()));
        turns.push({ kind: 'command', prompt, input }, ...outputTurns(r, this.lang));
        if (timedOut) {
          turns.push({ kind: 'warning', markdown: this.overBudgetText(input, stepIndex) });
          break;
        }
      }
      return turns;
    };
    if (!away || !s.atDepth) return lines();
    const { value, closed } = await s.atDepth(home, lines);
    const where = home <= 1 ? this.t('conversation.onLaptop') : this.t('conversation.inLessonShell');
    const note: Turn = { kind: 'tutor', markdown: this.t('conversation.ranElsewhere', { where, place: this.placeName(away) }) };
    const after: Turn[] = closed.length ? [this.say('conversation.shellClosed', { place: this.placeName(away) })] : [];
    return [note, ...value, ...after];
  }

  /** The lesson's own command that ran out of time, named with its step. */
  private overBudgetText(input: string, stepIndex: number): string {
    const lesson = this.lesson;
    return this.t('budget.stopped', {
      command: input.split('\n')[0],
      step: stepIndex + 1,
      total: lesson?.steps.length ?? 0,
      title: lesson ? pick(lesson.title, this.lang) : '',
      seconds: scriptBudget.ms / 1000,
    });
  }

  private async rebuild(index: number): Promise<Turn[]> {
    if (!this.lesson) return [];
    const was = (this.current.depth?.() ?? 1) > 1 ? this.current.place() : undefined;
    const { session, problems } = await buildSessionAt(this.lesson, index, this.seed, this.create);
    this.replaceSession(session);
    const turns: Turn[] = problems.map((p) => ({ kind: 'warning' as const, markdown: this.t('lesson.startProblem', { problem: this.t(SETUP_SENTENCE[p.key], p.vars) }) }));
    // The learner's pod or node shell belonged to the old cluster: say where they are now.
    if (was) turns.push(this.say(session.place().kind === 'laptop' ? 'conversation.rebuiltLaptop' : 'conversation.rebuiltThere', { place: this.placeName(was), prompt: session.prompt().trim() }));
    return turns;
  }

  /** A new session keeps what the UI set on the old one (editor hook, terminal mode). */
  private replaceSession(next: TutorSession): void {
    const prev = this.current;
    if (prev.editor !== undefined) next.editor = prev.editor;
    if (prev.tty !== undefined) next.tty = prev.tty;
    if (prev.interruptPoll !== undefined) next.interruptPoll = prev.interruptPoll;
    if (prev.wallSleep !== undefined) next.wallSleep = prev.wallSleep;
    this.current = next;
    this.resetMarks();
  }

  private resetMarks(): void {
    const r = this.current.records.length;
    const tr = traceMark(this.current);
    this.marks = { stepRecords: r, stepTraces: tr, lessonRecords: r, lessonTraces: tr };
  }

  private save(): void {
    const lesson = this.lesson;
    const state = this.state;
    if (!lesson || !state) return;
    const iso = new Date(this.progress.now()).toISOString();
    this.progress.update(lesson.id, (p) => {
      p.step = state.step;
      p.completed = [...new Set([...p.completed, ...state.done])];
      // Only steps the learner reached have records (an author's --step marks earlier ones done).
      for (const id of state.done) if (p.steps[id]) p.steps[id].finishedAt ??= iso;
      const step = lesson.steps[state.step];
      if (step && state.hintsShown.length) p.hints[step.id] = Math.max(p.hints[step.id] ?? 0, state.hintsShown.length);
    });
  }

  private recordSolutionUsed(index: number): void {
    const lesson = this.lesson;
    const step = lesson?.steps[index];
    if (!lesson || !step) return;
    this.progress.update(lesson.id, (p) => {
      if (!p.solutions.includes(step.id)) p.solutions.push(step.id);
    });
  }

  private lessonComplete(): Turn[] {
    const lesson = this.lesson;
    if (!lesson) return [];
    this.progress.update(lesson.id, (p) => {
      p.completedAt ??= p.updatedAt;
    });
    const idx = this.loaded.findIndex((l) => l.id === lesson.id);
    const next = this.loaded.slice(idx + 1).find((l) => l.lesson);
    if (!next?.lesson) return [this.say('lesson.allDone')];
    this.question = { id: 'start', lessonId: next.id };
    return [{ kind: 'confirm', id: 'start', markdown: this.t('lesson.offerNext', { n: this.number(next.id), title: pick(next.lesson.title, this.lang) }) }];
  }

  // --- lessons ---------------------------------------------------------------------------

  /**
   * Enters a lesson: where the learner left it, or from the start (also after finishing it);
   * `at` (a 1-based step number or a step id, the author's `--step`) starts at that step.
   */
  private async openLesson(id: string | undefined, at?: number | string): Promise<Turn[]> {
    const entry = id ? this.find(id) : undefined;
    if (!entry) return [{ kind: 'warning', markdown: this.t('lessons.notFound', { id: id ?? '' }) }, this.lessonList()];
    if (!entry.lesson) return [{ kind: 'warning', markdown: this.t('lessons.unavailable', { id: entry.id, error: entry.errors.map(formatDiagnostic).join('\n') }) }];
    const lesson = entry.lesson;
    const chosen = at === undefined ? undefined : stepIndex(lesson, at);
    if (chosen === -1) return [{ kind: 'warning', markdown: this.t('lessons.badStep', { step: String(at), total: lesson.steps.length, ids: lesson.steps.map((s) => s.id).join(', ') }) }];
    const saved = this.progress.lesson(lesson.id);
    const resume = chosen ?? (saved && saved.step > 0 && saved.step < lesson.steps.length ? saved.step : 0);
    this.lesson = lesson;
    const doneBefore = chosen !== undefined ? lesson.steps.slice(0, chosen).map((s) => s.id) : [...(saved?.completed ?? [])];
    this.state = initialState(resume, resume ? doneBefore : []);
    const turns: Turn[] = [{ kind: 'tutor', markdown: this.t('lesson.header', { n: this.number(lesson.id), title: pick(lesson.title, this.lang), goal: pick(lesson.goal, this.lang) }) }];
    turns.push(...(await this.rebuild(resume)));
    if (resume) {
      turns.push(this.say(chosen !== undefined ? 'lesson.startedAt' : 'lesson.resumed', { step: resume + 1, total: lesson.steps.length }));
      turns.push(...(await this.perform([{ effect: { type: 'step-started', index: resume } }, ...intro(lesson, resume, this.lang), { effect: { type: 'save' } }])));
    } else {
      turns.push(...(await this.dispatch({ type: 'enter' })));
    }
    return turns;
  }

  private find(id: string): LoadedLesson | undefined {
    return this.loaded.find((l) => l.id === id);
  }

  /** `/lessons 3` (the third in the list) or `/lessons 03-nodeport` or a unique prefix. */
  private resolveLessonArg(arg: string): string | undefined {
    if (/^\d+$/.test(arg)) return this.loaded[Number(arg) - 1]?.id;
    if (this.find(arg)) return arg;
    const prefixed = this.loaded.filter((l) => l.id.startsWith(arg) || l.id.replace(/^\d+-/, '').startsWith(arg));
    return prefixed.length === 1 ? prefixed[0].id : arg;
  }

  private number(id: string): number {
    return this.loaded.findIndex((l) => l.id === id) + 1;
  }

  private lessonList(): Turn {
    const lines = this.lessons().map((l, i) => {
      const mark = l.error ? '✗' : l.total > 0 && l.done >= l.total ? '✓' : l.done > 0 ? '…' : ' ';
      const minutes = l.duration !== undefined ? ` · ${instructorT(this.lang)('lessons.duration', { n: l.duration })}` : '';
      const detail = l.error ? this.t('lessons.unavailableShort') : `${l.done}/${l.total}${minutes}`;
      return `${i + 1}. [${mark}] **${l.title}** — \`${l.id}\` (${detail})`;
    });
    if (lines.length === 0) return this.noLessons();
    return { kind: 'tutor', markdown: `${this.t('lessons.title')}\n\n${lines.join('\n')}\n\n${this.t('lessons.pick')}` };
  }

  /** There are no lessons: why, when a folder is missing (a copied dist/ without its lessons). */
  private noLessons(): Turn {
    const missing = this.loaded.length === 0 ? missingLessons(this.lessonsDir, this.lang) : undefined;
    return missing ? { kind: 'warning', markdown: missing } : this.say('lessons.none');
  }

  // --- text ------------------------------------------------------------------------------

  private t(key: string, vars?: Record<string, unknown>): string {
    return tutorT(this.lang)(key, vars ?? {}) as string;
  }

  /** "pod `kubia-x2l9m`", "노드 `worker1`": the shell a learner is in. */
  private placeName(p: PlaceInfo): string {
    if (p.kind === 'pod') return this.t('conversation.place.pod', { name: p.name });
    if (p.kind === 'node') return this.t('conversation.place.node', { name: p.name });
    return p.name;
  }

  /** The diagnosis namespace (check sentences, /check). */
  private dt(key: string, vars?: Record<string, unknown>): string {
    return diagnosisT(this.lang)(key, vars ?? {}) as string;
  }

  private langName(l: Lang): string {
    return l === 'ko' ? this.t('lang.ko') : this.t('lang.en');
  }

  private say(key: string, vars?: Record<string, unknown>): Turn {
    return { kind: 'tutor', markdown: this.t(key, vars) };
  }

  private warningTurns(): Turn[] {
    return this.progress.takeWarnings().map((w) => ({ kind: 'warning' as const, markdown: this.warningText(w) }));
  }

  private warningText(w: ProgressWarning): string {
    if (w.code === 'unwritable') return this.t(UNWRITABLE[w.reason], { path: w.path, code: w.detail });
    const moved = w.movedTo ? this.t('progress.movedTo', { path: w.movedTo }) : this.t('progress.notMoved');
    if (w.code === 'newer') return this.t('progress.newer', { file: w.file, moved });
    return this.t('progress.corrupt', { file: w.file, detail: w.detail, moved });
  }
}

/** Why progress can't be saved → the sentence that says so (storage-problem.ts). */
const UNWRITABLE = {
  readOnly: 'progress.unwritable.readOnly',
  full: 'progress.unwritable.full',
  notDir: 'progress.unwritable.notDir',
  other: 'progress.unwritable.other',
} as const;

interface JudgedLine {
  record: TutorCommandRecord;
  before: ObjectSnapshot;
  /** Which items of the step's check were met before the line (checkItems order). */
  metBefore: boolean[];
  result: RunResult;
}

function yesNo(text: string): boolean | undefined {
  const w = text.toLowerCase();
  return YES.has(w) ? true : NO.has(w) ? false : undefined;
}

/** The learner's own words (a question, a meta-command, an answer), echoed into the transcript. */
function said(text: string): Turn {
  return { kind: 'said', text };
}

function outputTurns(r: RunResult, lang: Lang): Turn[] {
  if (r.stdout.startsWith(CLEAR_SCREEN) || r.stdout.startsWith('\x1b[H\x1b[2J')) return [{ kind: 'clear' }];
  // A line the shell's safety limits stopped: what it printed, then one sentence saying so.
  const stopped: Turn[] = r.limit ? [{ kind: 'warning', markdown: limitSentence(r.limit, lang) }] : [];
  if (!r.stdout && !r.stderr && (r.exitCode === 0 || r.limit)) return stopped;
  const turn: Turn = { kind: 'output', stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  return [r.chunks ? { ...turn, chunks: r.chunks } : turn, ...stopped];
}
