// Where one command line ends: the interactive shell asks "is this input complete?" before it
// runs anything (open quotes, heredocs, trailing `|`/`&&`/`\`, unclosed `if`/`for`/`{`… wait
// for more lines with the `> ` prompt), and a script is cut into the command lines a person
// would have typed one by one. just-bash's parser only says "syntax error" for both an
// unfinished and a wrong script, so this small scanner decides completeness itself.

interface ScanState {
  /** Closers we are waiting for: `'`, `"`, `` ` ``, `)`, `))` (arithmetic), `}`, `fi`, `done`, `esac`. */
  stack: string[];
  /** Heredoc delimiters announced on the current line, read after its newline. */
  pendingHeredocs: { delim: string; stripTabs: boolean; line: number }[];
}

/** What an unfinished command line waits for. */
export type Waiting =
  | { quote: string }
  | { close: string }
  | { heredoc: string; line: number }
  | { backslash: true }
  | { end: true };

/** One top-level command line ends at `end` (exclusive); `complete` is false when input ran out (then `waiting` says for what). */
interface Cut {
  end: number;
  complete: boolean;
  waiting?: Waiting;
}

const QUOTES = new Set(["'", '"', '`']);

const OPENERS: Record<string, string> = { if: 'fi', for: 'done', while: 'done', until: 'done', select: 'done', case: 'esac' };
const CLOSERS = new Set(['fi', 'done', 'esac']);
/** After these words the next word starts a command (so `if`/`{` there are keywords). */
const LEADS_COMMAND = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time']);

// (The scanners look at every character of every line: their patterns are made once here,
// as a regular expression literal in a function is a new object each time it is evaluated.)
const NOT_WORD_CHAR = /[\s;&|()<>]/;
const BEFORE_COMMENT = /[\s;&|()]/;
const NEEDS_SHELL = /[$`\\;&|()<>{}!#*?[\]~\n\r]/;
const SHELL_IN_DOUBLE_QUOTES = /[$`\\]/;

function isWordChar(c: string): boolean {
  return !NOT_WORD_CHAR.test(c);
}

/**
 * Scans from `start` to the end of the next complete top-level command line (its newline
 * excluded), or to the end of input if it never completes.
 */
function cutNext(src: string, start: number): Cut {
  const st: ScanState = { stack: [], pendingHeredocs: [] };
  let i = start;
  let commandStart = true;
  /** Last significant token on the line: an operator that needs a right-hand side. */
  let dangling = false;

  const top = () => st.stack[st.stack.length - 1];

  while (i < src.length) {
    const c = src[i];
    const q = top();

    // Inside quotes only the matching quote (and, in "…", escapes and $( ) matter.
    if (q === "'") {
      if (c === "'") st.stack.pop();
      i++;
      continue;
    }
    if (q === '"' || q === '`') {
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === q) {
        st.stack.pop();
        i++;
        continue;
      }
      if (q === '"' && c === '$' && src[i + 1] === '(') {
        // `$((` is arithmetic (its `<<` is a shift), closed by `))`.
        const arith = src[i + 2] === '(';
        st.stack.push(arith ? '))' : ')');
        i += arith ? 3 : 2;
        commandStart = true;
        continue;
      }
      i++;
      continue;
    }

    if (c === '\\') {
      if (src[i + 1] === '\n') {
        i += 2; // line continuation: the command goes on
        continue;
      }
      if (i + 1 >= src.length) return { end: src.length, complete: false, waiting: { backslash: true } };
      i += 2;
      commandStart = false;
      dangling = false;
      continue;
    }
    if (c === '\n') {
      // Heredoc bodies follow the line that announced them.
      i++;
      while (st.pendingHeredocs.length > 0) {
        const h = st.pendingHeredocs.shift()!;
        let found = false;
        while (i < src.length) {
          const nl = src.indexOf('\n', i);
          const lineEnd = nl === -1 ? src.length : nl;
          let line = src.slice(i, lineEnd);
          if (h.stripTabs) line = line.replace(/^\t+/, '');
          i = nl === -1 ? src.length : nl + 1;
          if (line === h.delim) {
            found = true;
            break;
          }
        }
        if (!found) return { end: src.length, complete: false, waiting: { heredoc: h.delim, line: h.line } };
      }
      if (st.stack.length === 0 && !dangling) {
        // The newline that ended this command line is not part of it.
        return { end: src[i - 1] === '\n' ? i - 1 : i, complete: true };
      }
      commandStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' && (i === start || BEFORE_COMMENT.test(src[i - 1]))) {
      const nl = src.indexOf('\n', i);
      i = nl === -1 ? src.length : nl;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      st.stack.push(c);
      i++;
      commandStart = false;
      dangling = false;
      continue;
    }
    if (c === '$' && src[i + 1] === '(') {
      const arith = src[i + 2] === '(';
      st.stack.push(arith ? '))' : ')');
      i += arith ? 3 : 2;
      commandStart = true;
      dangling = false;
      continue;
    }
    if (c === '$' && src[i + 1] === '{') {
      // ${…} is a word part; skip to its brace.
      const close = src.indexOf('}', i);
      if (close === -1) return { end: src.length, complete: false, waiting: { close: '}' } };
      i = close + 1;
      commandStart = false;
      dangling = false;
      continue;
    }
    if (c === '(') {
      // `((` is an arithmetic command, closed by `))`.
      const arith = src[i + 1] === '(';
      st.stack.push(arith ? '))' : ')');
      i += arith ? 2 : 1;
      commandStart = true;
      dangling = false;
      continue;
    }
    if (c === ')') {
      if (top() === '))') {
        if (src[i + 1] === ')') {
          st.stack.pop();
          i++;
        }
      } else if (top() === ')') st.stack.pop();
      // In `case` patterns a lone `)` closes the pattern, not a group.
      i++;
      commandStart = true;
      dangling = false;
      continue;
    }
    if (c === '|' || c === '&') {
      const two = src.slice(i, i + 2);
      if (two === '||' || two === '&&') {
        i += 2;
        dangling = true;
      } else if (c === '|') {
        i += src[i + 1] === '&' ? 2 : 1;
        dangling = true;
      } else {
        i++; // `&` (background) ends a command without needing more
        dangling = false;
      }
      commandStart = true;
      continue;
    }
    if (c === ';') {
      i += src[i + 1] === ';' ? 2 : 1;
      commandStart = true;
      dangling = false;
      continue;
    }
    if (c === '<' && src[i + 1] === '<' && src[i + 2] !== '<' && !st.stack.includes('))')) {
      i += 2;
      let stripTabs = false;
      if (src[i] === '-') {
        stripTabs = true;
        i++;
      }
      while (src[i] === ' ' || src[i] === '\t') i++;
      let delim = '';
      while (i < src.length && isWordChar(src[i])) {
        const d = src[i];
        if (d === "'" || d === '"') {
          const close = src.indexOf(d, i + 1);
          if (close === -1) return { end: src.length, complete: false, waiting: { quote: d } };
          delim += src.slice(i + 1, close);
          i = close + 1;
        } else if (d === '\\') {
          delim += src[i + 1] ?? '';
          i += 2;
        } else {
          delim += d;
          i++;
        }
      }
      if (delim !== '') st.pendingHeredocs.push({ delim, stripTabs, line: src.slice(start, i).split('\n').length });
      dangling = false;
      commandStart = false;
      continue;
    }
    if (c === '<' || c === '>') {
      i++;
      while (src[i] === '>' || src[i] === '&' || src[i] === '<' || src[i] === '|') i++;
      dangling = false;
      continue;
    }

    // A word.
    let j = i;
    while (j < src.length && isWordChar(src[j]) && src[j] !== '"' && src[j] !== "'" && src[j] !== '`' && src[j] !== '\\' && !(src[j] === '$' && (src[j + 1] === '(' || src[j + 1] === '{'))) j++;
    if (j === i) j = i + 1;
    const wordEnds = j >= src.length || !isWordChar(src[j]);
    // Only a whole word in command position can be a keyword (the others are not cut out).
    if (commandStart && wordEnds) {
      const word = src.slice(i, j);
      if (OPENERS[word]) st.stack.push(OPENERS[word]);
      else if (word === '{') st.stack.push('}');
      else if ((CLOSERS.has(word) || word === '}') && top() === word) st.stack.pop();
      commandStart = LEADS_COMMAND.has(word);
    } else commandStart = false;
    dangling = false;
    i = j;
  }

  const complete = st.stack.length === 0 && st.pendingHeredocs.length === 0 && !dangling;
  if (complete) return { end: src.length, complete };
  const open = top();
  const heredoc = st.pendingHeredocs[0];
  const waiting: Waiting = open !== undefined && QUOTES.has(open) ? { quote: open } : open === ')' || open === '))' ? { close: ')' } : heredoc && open === undefined ? { heredoc: heredoc.delim, line: heredoc.line } : { end: true };
  return { end: src.length, complete, waiting };
}

/** What the first unfinished command line of `text` waits for; undefined when every line is complete. */
export function waitingFor(text: string): { waiting: Waiting; start: number } | undefined {
  let pos = 0;
  while (pos < text.length) {
    const cut = cutNext(text, pos);
    if (!cut.complete) return { waiting: cut.waiting ?? { end: true }, start: pos };
    pos = cut.end + 1;
  }
  return undefined;
}

/** True when `text` needs more lines before it can run (the UI shows `> `). */
export function isIncomplete(text: string): boolean {
  return waitingFor(text) !== undefined;
}

/**
 * Cuts a script into the command lines a person would type one at a time: multi-line
 * constructs (heredocs, loops, quoted newlines, `\` continuations) stay whole; blank lines
 * are dropped. An unfinished tail is returned as is (the shell reports its syntax error).
 */
export function splitCommands(script: string): string[] {
  const out: string[] = [];
  let pos = 0;
  const src = script.replace(/\r\n/g, '\n');
  while (pos < src.length) {
    const cut = cutNext(src, pos);
    const piece = src.slice(pos, cut.end);
    if (piece.trim() !== '') out.push(piece.replace(/^[ \t]+/, '').replace(/[ \t]+$/, ''));
    pos = cut.end + 1;
  }
  return out;
}

/**
 * The words of a line that bash would pass on as they stand: blanks split words, quotes are
 * removed and keep blanks; nothing else is special. Undefined when bash would do more than
 * that (an expansion, a glob, a tilde, an operator, an escape) or a quote is left open.
 */
export function literalWords(line: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  /** Where the word's current unquoted run began (taken whole, not a character at a time). */
  let run = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      if (run >= 0) word += line.slice(run, i);
      run = -1;
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    if (c === "'" || c === '"') {
      if (run >= 0) word += line.slice(run, i);
      run = -1;
      const close = line.indexOf(c, i + 1);
      if (close < 0) return undefined;
      const quoted = line.slice(i + 1, close);
      // Inside double quotes `$`, `` ` `` and `\` still act; inside single quotes nothing does.
      if (c === '"' && SHELL_IN_DOUBLE_QUOTES.test(quoted)) return undefined;
      word += quoted;
      inWord = true;
      i = close;
      continue;
    }
    // (`=` in the first word: an assignment, not a command.)
    if (NEEDS_SHELL.test(c) || (c === '=' && words.length === 0)) return undefined;
    if (run < 0) run = i;
    inWord = true;
  }
  if (run >= 0) word += line.slice(run);
  if (inWord) words.push(word);
  return words;
}
