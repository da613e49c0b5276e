// The conversation between the learner and the tutor, outside React: it queues submitted
// lines, runs them through the Tutor one at a time, and keeps the transcript, the pending
// heredoc continuation and the modes (lesson menu, quit confirmation). Components subscribe
// to it; keeping it a plain class makes the flow testable without a terminal and keeps the
// React root thin.
import { isQuestion } from '../tutor/questions/is-question.js';
import type { LessonSummary, Turn, TutorStatus, Lang } from '../tutor/index.js';

/** What the conversation needs from the tutor (the Tutor facade satisfies it). */
export interface TutorPort {
  lang: Lang;
  readonly session: SessionPort;
  startTurns(): Turn[];
  input(line: string): Promise<Turn[]>;
  /** Ctrl-D in a nested shell: leaves it (the tutor's answer, as turns). */
  eof?(): Promise<Turn[]>;
  status(): TutorStatus;
  lessons(): LessonSummary[];
  /** Lesson files changed on disk (the app's watch on `--lessons DIR`): the tutor's offer to `/reload`, if any. */
  lessonFilesChanged?(files: string[]): Turn[];
}

/** The parts of the shell Session the UI uses. */
export interface SessionPort {
  isIncomplete(text: string): boolean;
  prompt(): string;
  place(): unknown;
  /** How many shells deep the learner is (1: the laptop). */
  depth?(): number;
  readonly traces: readonly { id: number }[];
  cluster: { store: any };
  fsOf(place: any): any;
  editor?: (content: string, fileName: string) => Promise<string | null>;
  /** Ctrl-C for the line running now. */
  interrupt?(): void;
  /** Virtual time passing while the learner is idle (shell/idle-clock.ts). */
  passIdleTime?(seconds: number): boolean;
}

export interface Item {
  id: number;
  turn: Turn | { kind: 'note'; text: string } | { kind: 'lines'; lines: string[]; tone: 'diagram' };
}

export interface MenuState {
  lessons: LessonSummary[];
  selected: number;
}

export interface ConversationState {
  items: Item[];
  /** Bumped when the screen is cleared; the transcript starts over. */
  epoch: number;
  /** The command being run, with the prompt it was typed at, shown in the live area as a terminal would. */
  running: { prompt: string; text: string } | null;
  /** Lines of an unfinished command (open heredoc or quote), shown with '> '. */
  continuation: string[];
  status: TutorStatus;
  lang: Lang;
  menu: MenuState | null;
  /** A transient line under the prompt (Ctrl-C hint, completion candidates). */
  notice: string | null;
  quitArmed: boolean;
  done: boolean;
  /** The tutor is still opening (the first frame does not wait for it). */
  loading: boolean;
  /** Lines typed while loading, shown under the transcript until they run. */
  early: string[];
}

/** What the UI shell gives the conversation: screen effects and persistence. */
export interface ConversationEffects {
  /** Clears the terminal (Ctrl-L, `clear`, a clear turn). */
  clearScreen(): void;
  /** Leaves the app (after the transcript shows the goodbye). */
  exit(): void;
  /** Adds a shell command to the history (↑ and the history file); never answers or meta-commands. */
  remember(line: string): void;
  /** Draws a diagram turn as text lines from the live cluster. */
  diagram(turn: Extract<Turn, { kind: 'diagram' }>, lang: Lang): string[];
  /** Localised UI strings for notes. */
  t(lang: Lang, key: string, vars?: Record<string, unknown>): string;
}

/** The terminal "clear screen" sequence the shell's `clear` prints. */
export const CLEAR_MARKER = '\x1b[H\x1b[2J';

interface Queued {
  text: string;
  /** Ctrl-D: leave the nested shell (or quit, if the learner is on the laptop by then). */
  eof?: boolean;
}

/** A line is shell history when the tutor ran it as a command, not when it echoed it as said. */
export function isShellCommand(text: string, turns: readonly Turn[]): boolean {
  return text.trim() !== '' && !turns.some((t) => t.kind === 'said');
}

export class Conversation {
  private state: ConversationState;
  private listeners = new Set<() => void>();
  private queue: Queued[] = [];
  private draining = false;
  private nextId = 1;

  private tutorRef: TutorPort | null;
  /** Lines entered before the tutor was ready, replayed when it is. */
  private early: string[] = [];

  /**
   * `tutor` may be null while it is still opening: the prompt already takes keys, and lines
   * entered meanwhile wait (unclassified) until attach().
   */
  constructor(
    tutor: TutorPort | null,
    private readonly fx: ConversationEffects,
    lang: Lang = 'en',
  ) {
    this.tutorRef = tutor;
    this.state = {
      items: [],
      epoch: 0,
      running: null,
      continuation: [],
      status: tutor ? tutor.status() : { step: 0, total: 0, lang, prompt: '$ ', sandbox: true },
      lang: tutor?.lang ?? lang,
      loading: tutor === null,
      early: [],
      menu: null,
      notice: null,
      quitArmed: false,
      done: false,
    };
  }

  getState = (): ConversationState => this.state;

  get tutor(): TutorPort {
    if (!this.tutorRef) throw new Error('the tutor is not open yet');
    return this.tutorRef;
  }

  /** The tutor finished opening: show its first turns and run what was typed meanwhile. */
  attach(tutor: TutorPort): void {
    this.tutorRef = tutor;
    this.set({ loading: false, early: [], status: this.safeStatus(), lang: tutor.lang });
    this.start();
    const early = this.early.splice(0);
    for (const line of early) this.enter(line);
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private set(patch: Partial<ConversationState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** The prompt to show: '> ' while a command continues, else the current place's prompt. */
  prompt(): string {
    if (this.state.continuation.length) return '> ';
    return this.tutorRef ? this.tutorRef.session.prompt() : '$ ';
  }

  start(): void {
    this.addTurns(this.tutor.startTurns());
  }

  /**
   * Enter on a line: completes a pending command or queues it. A complete command is
   * remembered once it has run and turned out to be a shell command (a heredoc as one
   * entry); y/n answers, questions and meta-commands are not shell history.
   */
  enter(line: string): void {
    if (this.state.done) return;
    if (!this.tutorRef) {
      this.early.push(line);
      this.set({ early: [...this.early] });
      return;
    }
    const parts = [...this.state.continuation, line];
    const text = parts.join('\n');
    // A question to the tutor ("what's a NodePort?") is not a shell line with an open quote.
    const question = this.state.continuation.length === 0 && isQuestion(line);
    if (!question && this.isIncomplete(text)) {
      this.set({ continuation: parts, notice: null, quitArmed: false });
      return;
    }
    this.set({ continuation: [], notice: null, quitArmed: false });
    if (text.trim() === '') {
      // An empty Enter still moves on (a message step waits for it).
      if (this.state.running === null && this.queue.length === 0) this.queue.push({ text: '' });
      else return;
    } else if (text.trim() === '/lessons' && this.queue.length === 0 && this.state.running === null) {
      this.openMenu();
      return;
    } else {
      this.queue.push({ text });
    }
    void this.drain();
  }

  /**
   * Ctrl-D on an empty line: in a pod or node shell it leaves that shell, as bash does; on
   * the laptop it quits the app.
   */
  eof(): void {
    if (this.state.done) return;
    const t = this.tutorRef;
    const nested = !!t?.eof && (t.session.depth?.() ?? 1) > 1;
    if (!nested && this.queue.length === 0 && this.state.running === null) {
      this.quit();
      return;
    }
    this.set({ notice: null, quitArmed: false });
    this.queue.push({ text: '', eof: true });
    void this.drain();
  }

  /** A paste: every complete line is entered; the rest stays for the editor. */
  paste(text: string): string {
    const lines = text.split(/\r\n|\r|\n/);
    const rest = lines.pop() ?? '';
    for (const l of lines) this.enter(l.replace(/\t/g, '    '));
    return rest;
  }

  private isIncomplete(text: string): boolean {
    try {
      return this.tutor.session.isIncomplete(text);
    } catch {
      return false;
    }
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length && !this.state.done) {
        const next = this.queue.shift()!;
        // A queued line (from a paste) runs at the place the previous one left us in.
        const running = { prompt: this.tutor.session.prompt(), text: next.text };
        this.set({ running });
        let turns: Turn[];
        try {
          turns = next.eof ? await this.leaveShell() : await this.tutor.input(next.text);
        } catch (err) {
          turns = [{ kind: 'warning', markdown: `kubetour: ${err instanceof Error ? err.message : String(err)}` }];
        }
        if (!next.eof && isShellCommand(next.text, turns)) this.fx.remember(next.text);
        this.addTurns(turns);
        this.set({ running: null, status: this.safeStatus(), lang: this.tutor.lang });
      }
    } finally {
      this.draining = false;
    }
  }

  /** Ctrl-D taken from the queue: by then the learner may be back on the laptop (quit). */
  private async leaveShell(): Promise<Turn[]> {
    const t = this.tutor;
    if (!t.eof || (t.session.depth?.() ?? 1) <= 1) return [{ kind: 'quit' }];
    return t.eof();
  }

  private safeStatus(): TutorStatus {
    try {
      return this.tutorRef ? this.tutorRef.status() : this.state.status;
    } catch {
      return this.state.status;
    }
  }

  addTurns(turns: Turn[]): void {
    let items = this.state.items;
    for (const turn of turns) {
      if (turn.kind === 'clear') {
        items = this.clearNow();
        continue;
      }
      if (turn.kind === 'quit') {
        this.quit();
        return;
      }
      if (turn.kind === 'output' && turn.stdout.includes(CLEAR_MARKER)) {
        // `clear` (alone or in a pipeline): the screen is cleared, what follows stays.
        items = this.clearNow();
        const after = turn.stdout.slice(turn.stdout.lastIndexOf(CLEAR_MARKER) + CLEAR_MARKER.length);
        if (after || turn.stderr) items = [...items, this.item({ ...turn, stdout: after, chunks: undefined })];
        continue;
      }
      if (turn.kind === 'diagram') {
        items = [...items, this.item({ kind: 'lines', lines: this.fx.diagram(turn, this.tutor.lang), tone: 'diagram' })];
        continue;
      }
      items = [...items, this.item(turn)];
    }
    this.set({ items, status: this.safeStatus(), lang: this.tutor.lang });
  }

  private item(turn: Item['turn']): Item {
    return { id: this.nextId++, turn };
  }

  private clearNow(): Item[] {
    this.fx.clearScreen();
    this.set({ items: [], epoch: this.state.epoch + 1 });
    return [];
  }

  /** Ctrl-L. */
  clearScreen(): void {
    this.clearNow();
  }

  /**
   * Ctrl-C: stops the running command. Otherwise the caller has already cleared a non-empty
   * line; on an empty line (and no pending continuation) the first press arms quitting, the
   * second quits.
   */
  interrupt(lineWasEmpty: boolean): void {
    if (this.state.running) {
      // SIGINT to the foreground command; the terminal also drops what was typed ahead.
      this.queue = [];
      this.tutorRef?.session.interrupt?.();
      return;
    }
    if (this.state.continuation.length || !lineWasEmpty) {
      this.set({ continuation: [], quitArmed: false, notice: null });
      return;
    }
    if (this.state.quitArmed) {
      this.quit();
      return;
    }
    this.set({ quitArmed: true, notice: this.fx.t(this.state.lang, 'interruptAgain') });
  }

  /** Any other key after Ctrl-C disarms quitting. */
  disarm(): void {
    if (this.state.quitArmed || this.state.notice) this.set({ quitArmed: false, notice: null });
  }

  setNotice(notice: string | null): void {
    if (notice !== this.state.notice) this.set({ notice });
  }

  quit(): void {
    if (this.state.done) return;
    const items = [...this.state.items, this.item({ kind: 'note', text: this.fx.t(this.tutorRef?.lang ?? this.state.lang, 'bye') })];
    this.queue = [];
    this.set({ items, done: true, menu: null, running: null, notice: null });
    this.fx.exit();
  }

  openMenu(): void {
    let lessons: LessonSummary[] = [];
    if (!this.tutorRef) return;
    try {
      lessons = this.tutorRef.lessons();
    } catch {
      lessons = [];
    }
    const current = Math.max(0, lessons.findIndex((l) => l.id === this.state.status.lessonId));
    this.set({ menu: { lessons, selected: current } });
  }

  moveMenu(delta: number): void {
    const m = this.state.menu;
    if (!m || m.lessons.length === 0) return;
    const n = m.lessons.length;
    this.set({ menu: { ...m, selected: (m.selected + delta + n) % n } });
  }

  closeMenu(): void {
    this.set({ menu: null });
  }

  /** Enter in the menu: opens the lesson through the tutor's `/lessons ID`. */
  chooseMenu(): void {
    const m = this.state.menu;
    if (!m) return;
    const lesson = m.lessons[m.selected];
    this.set({ menu: null });
    if (!lesson || lesson.error) return;
    this.queue.push({ text: `/lessons ${lesson.id}` });
    void this.drain();
  }

  /** Resolves when nothing is queued or running (tests and the bench use it). */
  async idle(): Promise<void> {
    while (this.draining || this.queue.length) await new Promise((r) => setImmediate(r));
  }
}
