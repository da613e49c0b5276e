// The Tutor facade: what the UI talks to. It owns the session, the loaded lessons, the
// progress file and the engine state, turns each learner line into transcript turns, and
// performs the engine's effects (running demos and solutions, rebuilding the cluster at a
// step's start, saving progress). The decisions themselves live in engine/reducer.ts.
import type { Session } from '../shell/session.js';
import type { RunResult } from '../shell/types.js';
import { CLEAR_SCREEN } from '../shell/commands/clear.js';
import { limitSentence } from '../shell/limits.js';
import { kindFromResource, type Kind } from '../cluster/api/kinds.js';
import { detectLanguage, isLang, tutorT } from '../i18n/index.js';
import type { Lang, LessonSummary, Turn, TutorOpenOptions, TutorStatus } from './types.js';
import type { Lesson } from './schema.js';
import type { SessionFactory, TutorSession } from './session-port.js';
import type { LoadedLesson } from './lessons/load.js';
import { loadLessonsFrom } from './lessons/shipped.js';
import { formatDiagnostic } from './lessons/diagnostics.js';
import { pick } from './lessons/text.js';
import { evaluateCheck, type CheckMarks } from './checkpoints/evaluate.js';
import { kindsOf, readsSessionOnly } from './checkpoints/predicate-ids.js';
import { lastTrace, traceMark } from './checkpoints/traces.js';
import { initialState, intro, reduce, type EngineEvent, type EngineState, type Output } from './engine/reducer.js';
import { buildSessionAt, checkAfterWaiting } from './engine/build-session.js';
import { shellSessionFactory } from './engine/session-factory.js';
import { ProgressStore, type ProgressWarning } from './progress/store.js';
import { configDirFrom } from './progress/paths.js';
import { answerQuestion, isQuestion } from './faq/answer.js';

const YES = new Set(['y', 'yes', '예', '네', '응', 'ㅇ']);
const NO = new Set(['n', 'no', '아니오', '아니요', '아니', 'ㄴ']);
const META = ['help', 'hint', 'solution', 'next', 'back', 'reset', 'lessons', 'lang', 'trace', 'quit', 'sandbox'] as const;

type FacadeQuestion = { id: 'continue' | 'start'; lessonId: string };

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
  private initial: Turn[] = [];

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
  }

  static async open(opts: TutorOpenOptions = {}): Promise<Tutor> {
    const env = opts.env ?? process.env;
    const progress = ProgressStore.open(opts.configDir ?? configDirFrom(env), opts.now ?? Date.now, { reset: opts.resetProgress });
    const lang = opts.lang ?? progress.data.lang ?? detectLanguage(undefined, env);
    const create = opts.createSession ?? shellSessionFactory;
    const seed = opts.seed ?? 1;
    const loaded = await loadLessonsFrom(opts.lessonsDir);
    const tutor = new Tutor({ lang, session: create({ seed, scenario: 'kubia' }), loaded, progress, seed, create });
    const turns: Turn[] = [];
    if (opts.sandbox) {
      turns.push(tutor.say('sandbox.start'));
    } else if (opts.lessonId) {
      turns.push(...(await tutor.openLesson(opts.lessonId)));
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
        } else turns.push(tutor.say('lessons.none'));
      }
    }
    tutor.initial = [...tutor.warningTurns(), ...turns];
    return tutor;
  }

  /** The turns to show when the app starts. */
  startTurns(): Turn[] {
    return this.initial;
  }

  async input(line: string): Promise<Turn[]> {
    const out: Turn[] = [];
    try {
      out.push(...(await this.dispatchInput(line)));
    } catch (err) {
      // A bug in the tutor or the simulation must not end the learner's session.
      out.push({ kind: 'warning', markdown: this.t('internal.error', { message: err instanceof Error ? err.message : String(err) }) });
    }
    out.push(...this.warningTurns());
    return out;
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
      return { id: l.id, title: pick(l.lesson.title, this.lang), done: (p?.completed ?? []).filter((id) => ids.has(id)).length, total: l.lesson.steps.length };
    });
  }

  // --- input routing --------------------------------------------------------------------

  private async dispatchInput(line: string): Promise<Turn[]> {
    const text = line.trim();
    const yn = YES.has(text.toLowerCase()) ? true : NO.has(text.toLowerCase()) ? false : undefined;
    if (this.question) {
      const q = this.question;
      this.question = undefined;
      if (yn === true) return this.openLesson(q.lessonId);
      if (yn === false) return [this.say('start.declined'), this.lessonList()];
      // Anything else: the question lapses and the line is handled normally.
    }
    if (this.state?.pending) {
      if (yn !== undefined) return this.dispatch({ type: 'confirm', yes: yn });
      this.state = { ...this.state, pending: undefined };
    }
    if (!text) return [];
    const meta = /^\/([a-z]+)(?:\s+(.*))?$/i.exec(text);
    if (meta) return this.meta(meta[1].toLowerCase(), (meta[2] ?? '').trim());
    if (isQuestion(text)) return [this.answer(text)];
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (step?.type === 'quiz' && /^\d+$/.test(text)) return this.dispatch({ type: 'answer', choice: Number(text) });
    return this.command(line);
  }

  private async meta(name: string, arg: string): Promise<Turn[]> {
    if (!(META as readonly string[]).includes(name)) return [{ kind: 'warning', markdown: this.t('meta.unknown', { name }) }];
    const needLesson = ['hint', 'solution', 'next', 'back', 'reset'].includes(name);
    if (needLesson && (!this.lesson || !this.state)) return [this.say('meta.noLesson')];
    switch (name) {
      case 'help':
        return [this.say('meta.help')];
      case 'hint':
        return this.dispatch({ type: 'hint', unmet: await this.unmetNow() });
      case 'solution':
        return this.dispatch({ type: 'solution' });
      case 'next':
        return this.dispatch({ type: 'next' });
      case 'back':
        return this.dispatch({ type: 'back' });
      case 'reset':
        return this.dispatch({ type: 'reset' });
      case 'lessons':
        if (!arg) return [this.lessonList()];
        return this.openLesson(this.resolveLessonArg(arg));
      case 'lang':
        if (!arg) return [this.say('lang.current', { lang: this.langName(this.lang) })];
        if (!isLang(arg)) return [{ kind: 'warning', markdown: this.t('lang.bad', { arg }) }];
        this.lang = arg;
        this.progress.setLang(arg);
        return [this.say('lang.set', { lang: this.langName(arg) })];
      case 'trace': {
        // The same reading as checkpoints' `request:` predicates, in a lesson or the sandbox.
        const last = lastTrace(this.current);
        if (!last) return [this.say('trace.none')];
        return [{ kind: 'diagram', name: 'trace', traceId: last.id }];
      }
      case 'sandbox':
        this.lesson = undefined;
        this.state = undefined;
        this.replaceSession(this.create({ seed: this.seed, scenario: 'kubia' }));
        return [this.say('sandbox.start')];
      case 'quit':
        return [{ kind: 'quit' }];
    }
    return [];
  }

  private answer(question: string): Turn {
    const found = answerQuestion(question, this.lang, this.lesson);
    return found ? { kind: 'tutor', markdown: found } : this.say('faq.unknown');
  }

  /** Runs a shell command, then checks the current exercise. */
  private async command(line: string): Promise<Turn[]> {
    const s = this.current;
    const rv = s.cluster.store.resourceVersion;
    const traces = traceMark(s);
    const prompt = s.prompt();
    const r = await s.run(line);
    const turns: Turn[] = [{ kind: 'command', prompt, input: line }];
    turns.push(...outputTurns(r, this.lang));
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (step?.type === 'exercise') {
      const result = await evaluateCheck(step.check, s, this.marks);
      const attempt = result.pass || s.cluster.store.resourceVersion !== rv || traceMark(s) !== traces || readsSessionOnly(step.check) || mentionsKind(line, kindsOf(step.check));
      turns.push(...(await this.dispatch({ type: 'checked', result, attempt })));
    }
    if (s.exited) turns.push({ kind: 'quit' });
    return turns;
  }

  private async unmetNow(): Promise<string[]> {
    const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
    if (step?.type !== 'exercise') return [];
    return (await evaluateCheck(step.check, this.current, this.marks)).unmet;
  }

  // --- the engine and its effects -------------------------------------------------------

  private async dispatch(ev: EngineEvent): Promise<Turn[]> {
    if (!this.lesson || !this.state) return [];
    const before = this.state;
    const { state, out } = reduce(this.lesson, this.state, ev, this.lang);
    this.state = state;
    if (ev.type === 'confirm' && ev.yes && before.pending === 'solution') this.recordSolutionUsed(before.step);
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
          turns.push(...(await this.runVisible(e.commands)));
          break;
        case 'rebuild':
          turns.push(...(await this.rebuild(e.index)));
          break;
        case 'replay-solution': {
          turns.push(...(await this.runVisible(e.commands)));
          const step = this.lesson && this.state ? this.lesson.steps[this.state.step] : undefined;
          if (step?.type === 'exercise') {
            // Give the cluster the time a learner would wait (pods starting) before judging.
            const result = await checkAfterWaiting(step.check, this.current, this.marks);
            turns.push(...(await this.dispatch({ type: 'checked', result, attempt: true })));
          }
          break;
        }
        case 'step-started':
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

  private async runVisible(script: string): Promise<Turn[]> {
    const turns: Turn[] = [];
    for (const input of this.current.splitCommands(script)) {
      if (!input.trim()) continue;
      const prompt = this.current.prompt();
      const r = await this.current.run(input);
      turns.push({ kind: 'command', prompt, input }, ...outputTurns(r, this.lang));
    }
    return turns;
  }

  private async rebuild(index: number): Promise<Turn[]> {
    if (!this.lesson) return [];
    const { session, problems } = await buildSessionAt(this.lesson, index, this.seed, this.create);
    this.replaceSession(session);
    return problems.map((p) => ({ kind: 'warning' as const, markdown: this.t('lesson.startProblem', { problem: p }) }));
  }

  /** A new session keeps what the UI set on the old one (editor hook, terminal mode). */
  private replaceSession(next: TutorSession): void {
    const prev = this.current;
    if (prev.editor !== undefined) next.editor = prev.editor;
    if (prev.tty !== undefined) next.tty = prev.tty;
    if (prev.interruptPoll !== undefined) next.interruptPoll = prev.interruptPoll;
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
    this.progress.update(lesson.id, (p) => {
      p.step = state.step;
      p.completed = [...new Set([...p.completed, ...state.done])];
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

  /** Enters a lesson: where the learner left it, or from the start (also after finishing it). */
  private async openLesson(id: string | undefined): Promise<Turn[]> {
    const entry = id ? this.find(id) : undefined;
    if (!entry) return [{ kind: 'warning', markdown: this.t('lessons.notFound', { id: id ?? '' }) }, this.lessonList()];
    if (!entry.lesson) return [{ kind: 'warning', markdown: this.t('lessons.unavailable', { id: entry.id, error: entry.errors.map(formatDiagnostic).join('\n') }) }];
    const lesson = entry.lesson;
    const saved = this.progress.lesson(lesson.id);
    const resume = saved && saved.step > 0 && saved.step < lesson.steps.length ? saved.step : 0;
    this.lesson = lesson;
    this.state = initialState(resume, resume ? [...(saved?.completed ?? [])] : []);
    const turns: Turn[] = [{ kind: 'tutor', markdown: this.t('lesson.header', { n: this.number(lesson.id), title: pick(lesson.title, this.lang), goal: pick(lesson.goal, this.lang) }) }];
    turns.push(...(await this.rebuild(resume)));
    if (resume) {
      turns.push(this.say('lesson.resumed', { step: resume + 1, total: lesson.steps.length }));
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
      const detail = l.error ? this.t('lessons.unavailableShort') : `${l.done}/${l.total}`;
      return `${i + 1}. [${mark}] **${l.title}** — \`${l.id}\` (${detail})`;
    });
    if (lines.length === 0) return this.say('lessons.none');
    return { kind: 'tutor', markdown: `${this.t('lessons.title')}\n\n${lines.join('\n')}\n\n${this.t('lessons.pick')}` };
  }

  // --- text ------------------------------------------------------------------------------

  private t(key: string, vars?: Record<string, unknown>): string {
    return tutorT(this.lang)(key, vars ?? {}) as string;
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
    if (w.code === 'unwritable') return this.t('progress.unwritable', { file: w.file, detail: w.detail });
    const moved = w.movedTo ? this.t('progress.movedTo', { path: w.movedTo }) : this.t('progress.notMoved');
    if (w.code === 'newer') return this.t('progress.newer', { file: w.file, moved });
    return this.t('progress.corrupt', { file: w.file, detail: w.detail, moved });
  }
}

function outputTurns(r: RunResult, lang: Lang): Turn[] {
  if (r.stdout.startsWith(CLEAR_SCREEN) || r.stdout.startsWith('\x1b[H\x1b[2J')) return [{ kind: 'clear' }];
  // A line the shell's safety limits stopped: what it printed, then one sentence saying so.
  const stopped: Turn[] = r.limit ? [{ kind: 'warning', markdown: limitSentence(r.limit, lang) }] : [];
  if (!r.stdout && !r.stderr && (r.exitCode === 0 || r.limit)) return stopped;
  const turn: Turn = { kind: 'output', stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  return [r.chunks ? { ...turn, chunks: r.chunks } : turn, ...stopped];
}

/** Does the command line name a resource of one of these kinds (`svc`, `endpoints`, `pods`…)? */
function mentionsKind(line: string, kinds: Set<Kind>): boolean {
  if (kinds.size === 0) return false;
  for (const word of line.split(/[\s,/]+/)) {
    const info = kindFromResource(word);
    if (info && kinds.has(info.kind)) return true;
  }
  // `kubectl expose` creates a Service without naming the kind.
  return kinds.has('Service') && /\bkubectl\s+expose\b/.test(line);
}
