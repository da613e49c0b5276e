// Connects the shell's `session.editor` hook (called from inside `kubectl edit`) to the
// TUI: a request waits here until the UI has paused Ink and the learner has finished
// editing, in an external editor or the built-in one.
import { chooseEditor, editWithExternalEditor } from './external-editor.js';

export type EditorRequest =
  | { mode: 'external'; editor: string; content: string; fileName: string }
  | { mode: 'builtin'; content: string; fileName: string };

export class EditorBridge {
  private current: EditorRequest | null = null;
  private resolveFn: ((text: string | null) => void) | null = null;
  private listeners = new Set<() => void>();

  constructor(
    private readonly env: Record<string, string | undefined>,
    private readonly run = editWithExternalEditor,
  ) {}

  getState = (): EditorRequest | null => this.current;
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** The function installed as `session.editor`. */
  edit = (content: string, fileName: string): Promise<string | null> => {
    const editor = chooseEditor(this.env);
    return new Promise((resolve) => {
      this.resolveFn = resolve;
      this.set(editor ? { mode: 'external', editor, content, fileName } : { mode: 'builtin', content, fileName });
    });
  };

  /** Called by the UI once Ink no longer reads the terminal. */
  runExternal(): { error?: string } {
    const req = this.current;
    if (!req || req.mode !== 'external') return {};
    const r = this.run(req.editor, req.content, req.fileName, this.env);
    this.finish(r.text);
    return r.error ? { error: r.error } : {};
  }

  /** The built-in editor saved (text) or was abandoned (the original text: no change). */
  finish(text: string | null): void {
    const resolve = this.resolveFn;
    this.resolveFn = null;
    this.set(null);
    resolve?.(text);
  }

  private set(r: EditorRequest | null): void {
    this.current = r;
    for (const l of this.listeners) l();
  }
}
