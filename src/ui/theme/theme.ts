// Semantic colour tokens. Components ask for "the prompt colour", never for "green", so
// NO_COLOR, FORCE_COLOR and the plain screen-reader mode are decided once, here.

export type ColorMode = 'color' | 'none';

export interface Theme {
  mode: ColorMode;
  /** Screen-reader mode: no colour, no box drawing, no decoration; linear text. */
  plain: boolean;
  /** Ink `color` values by role; undefined means "terminal default". */
  color: {
    prompt?: string;
    command?: string;
    tutor?: string;
    code?: string;
    success?: string;
    hint?: string;
    unmet?: string;
    warning?: string;
    stderr?: string;
    muted?: string;
    diagram?: string;
    accent?: string;
  };
  /** Whether bold/dim/inverse may be used (off in plain mode). */
  styles: boolean;
  /** Glyphs that plain mode spells out in ASCII. */
  glyph: { bullet: string; done: string; todo: string; broken: string; arrow: string; sep: string; said: string };
}

/**
 * Colour unless NO_COLOR is set (any non-empty value, per no-color.org) or FORCE_COLOR=0;
 * FORCE_COLOR=1..3 forces colour even when stdout is not a terminal.
 */
export function colorModeFrom(env: Record<string, string | undefined>, isTTY: boolean): ColorMode {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force === '0' || force === 'false' ? 'none' : 'color';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 'none';
  if (env.TERM === 'dumb') return 'none';
  return isTTY ? 'color' : 'none';
}

export function makeTheme(opts: { mode: ColorMode; plain?: boolean }): Theme {
  const plain = !!opts.plain;
  const colored = opts.mode === 'color' && !plain;
  const c = (name: string) => (colored ? name : undefined);
  return {
    mode: colored ? 'color' : 'none',
    plain,
    styles: !plain,
    color: {
      prompt: c('green'),
      command: c('whiteBright'),
      tutor: undefined,
      code: c('cyan'),
      success: c('green'),
      hint: c('yellow'),
      unmet: c('magenta'),
      warning: c('yellow'),
      stderr: c('red'),
      muted: c('gray'),
      diagram: c('blue'),
      accent: c('cyan'),
    },
    glyph: plain
      ? { bullet: '-', done: '[x]', todo: '[ ]', broken: '[!]', arrow: '->', sep: ' | ', said: '>>' }
      : { bullet: '•', done: '✔', todo: '○', broken: '⚠', arrow: '→', sep: ' · ', said: '›' },
  };
}
