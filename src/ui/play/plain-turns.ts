// The tutor's turns as plain text, for `kubetour play`: what the TUI shows, read top to
// bottom without colour, layout or cursor movement — for pipes, editors' shell buffers,
// screen readers and handouts. Markdown loses its markers (code stays on its own indented
// lines), each kind of turn says what it is in words or ASCII marks, commands keep their prompt.
import type { Turn } from '../../tutor/index.js';
import type { Lang } from '../i18n.js';
import { uiT } from '../i18n.js';
import { markdownToPlain } from '../markdown.js';

/** What a diagram turn draws (the caller has the live session). */
export type DrawDiagram = (turn: Extract<Turn, { kind: 'diagram' }>) => string[];

export interface PlainOptions {
  lang: Lang;
  draw: DrawDiagram;
  /** ANSI colour for roles (prompt, stderr, hints); off unless asked for. */
  color?: boolean;
}

const ANSI = { prompt: '32', stderr: '31', hint: '33', success: '32', unmet: '35', warning: '33', muted: '90', label: '1', diagram: '34' } as const;

/**
 * One turn as text lines (no trailing newline), or null when it shows nothing. The first
 * element says whether a blank line should separate it from what came before: a command's
 * output follows its command directly, everything else is a paragraph of its own.
 */
export function plainTurn(turn: Turn, opts: PlainOptions): { gap: boolean; text: string } | null {
  const t = uiT(opts.lang);
  const paint = (role: keyof typeof ANSI, s: string) => (opts.color && s ? `\x1b[${ANSI[role]}m${s}\x1b[0m` : s);
  const md = (markdown: string, prefix = '') => prefix + markdownToPlain(markdown).replace(/^(\s*)•/gm, '$1-');
  switch (turn.kind) {
    case 'tutor':
      return { gap: true, text: md(turn.markdown, `${paint('label', t('tutorLabel'))} `) };
    case 'command': {
      const [first, ...more] = turn.input.split('\n');
      return { gap: true, text: [`${paint('prompt', turn.prompt)}${first}`, ...more.map((l) => `> ${l}`)].join('\n') };
    }
    case 'output': {
      const chunks = turn.chunks ?? [{ fd: 1, text: turn.stdout }, { fd: 2, text: turn.stderr }];
      const text = chunks.map((c) => (c.fd === 2 ? paint('stderr', c.text) : c.text)).join('');
      return text ? { gap: false, text: text.endsWith('\n') ? text.slice(0, -1) : text } : null;
    }
    case 'success':
      return { gap: true, text: paint('success', /^\s*[✓✔✅]/.test(turn.markdown) ? md(turn.markdown) : md(turn.markdown, '[x] ')) };
    case 'hint':
      return { gap: true, text: `${paint('hint', t('hint', { n: turn.n, of: turn.of }))}\n${md(turn.markdown)}` };
    case 'unmet':
      return { gap: true, text: paint('unmet', md(turn.markdown, '[ ] ')) };
    case 'warning':
      return { gap: true, text: paint('warning', md(turn.markdown, '[!] ')) };
    case 'confirm': {
      const asks = /\(y\/n\)|\(y\/N\)|\(Y\/n\)/.test(turn.markdown);
      return { gap: true, text: md(turn.markdown) + (asks ? '' : `\n${paint('muted', `(${t('confirm')})`)}`) };
    }
    case 'diagram':
      return { gap: true, text: paint('diagram', opts.draw(turn).join('\n')) };
    case 'clear':
      return null;
    case 'said':
      // The learner's own line: `kubetour play` echoes it at its prompt itself.
      return null;
    case 'quit':
      return { gap: true, text: paint('muted', t('bye')) };
    default:
      return fallback(turn as unknown as Record<string, unknown>, md);
  }
}

/** A kind this renderer does not know yet still shows its text rather than nothing. */
function fallback(turn: Record<string, unknown>, md: (m: string) => string): { gap: boolean; text: string } | null {
  if (typeof turn.markdown === 'string') return { gap: true, text: md(turn.markdown) };
  if (typeof turn.text === 'string') return { gap: true, text: turn.text };
  if (Array.isArray(turn.lines)) return { gap: true, text: turn.lines.join('\n') };
  return null;
}

/** Joins rendered turns into one block of text, blank lines between paragraphs. */
export class PlainWriter {
  private started = false;
  constructor(private readonly write: (s: string) => void) {}

  turns(turns: Turn[], opts: PlainOptions): void {
    for (const turn of turns) {
      const r = plainTurn(turn, opts);
      if (!r) continue;
      this.write(`${this.started && r.gap ? '\n' : ''}${r.text}\n`);
      this.started = true;
    }
  }

  /** A learner's line that the turns do not show themselves (a /command, an answer, Enter). */
  echo(prompt: string, line: string, color = false): void {
    this.write(`${this.started ? '\n' : ''}${color ? `\x1b[32m${prompt}\x1b[0m` : prompt}${line}\n`);
    this.started = true;
  }

  /** The prompt before an interactive read (no newline: the learner types after it). */
  prompt(prompt: string): void {
    this.write(`${this.started ? '\n' : ''}${prompt}`);
    this.started = false;
  }
}
