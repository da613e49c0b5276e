// kubectl's -o go-template (cli-runtime GoTemplatePrinter): Go's text/template over the
// object as unstructured JSON, with missing keys printing `<no value>` and kubectl's extra
// functions `exists` and `base64decode`. The subset here is what kubectl users write:
// fields and variables, range/if/with (with else, else if, break, continue), pipelines,
// parentheses, named templates (define, template, block), and the builtins (index, len,
// printf, print, println, eq/ne/lt/le/gt/ge, and/or/not). Errors carry text/template's
// positions and wording (`template: output:1:7: executing "output" at <.spec.type.x>: …`).
import { GoFloat, NO_VALUE, goSprint, goSprintf, goSprintln, goTypeName, goValue, isInt, numberOf } from './go-fmt.js';

export class TemplateParseError extends Error {}
export class TemplateExecError extends Error {}

type Arg =
  | { t: 'field'; pos: number; names: string[] }
  | { t: 'var'; pos: number; name: string; names: string[] }
  | { t: 'dot'; pos: number }
  | { t: 'nil'; pos: number }
  | { t: 'bool'; pos: number; value: boolean }
  | { t: 'number'; pos: number; text: string; value: number | GoFloat }
  | { t: 'string'; pos: number; text: string; value: string }
  | { t: 'ident'; pos: number; name: string }
  | { t: 'pipe'; pos: number; pipe: Pipe }
  | { t: 'chain'; pos: number; node: Arg; names: string[] };
interface Command {
  pos: number;
  args: Arg[];
}
interface Pipe {
  pos: number;
  decl: string[];
  assign: boolean;
  cmds: Command[];
}
interface Control {
  t: 'if' | 'with' | 'range';
  pos: number;
  pipe: Pipe;
  list: Node[];
  else?: Node[];
}
/** `{{template "name" pipeline}}` (a `{{block}}` too, once its body is defined); `pos` is the name's. */
interface Invoke {
  t: 'template';
  pos: number;
  name: string;
  pipe?: Pipe;
}
type Node = { t: 'text'; text: string } | { t: 'action'; pos: number; pipe: Pipe } | Control | Invoke | { t: 'break' | 'continue'; pos: number };

/** The template kubectl parses the text as (and executes). */
const MAIN = 'output';
/** text/template's maxExecDepth: how deep `{{template}}` calls may nest. */
const MAX_DEPTH = 100_000;

const FUNCS = new Set(['and', 'or', 'not', 'len', 'index', 'print', 'printf', 'println', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'exists', 'base64decode', 'html', 'js', 'urlquery', 'slice', 'call']);

// ---- lexing -------------------------------------------------------------------------------

interface Tok {
  k: 'text' | 'open' | 'close' | 'field' | 'var' | 'dot' | 'ident' | 'string' | 'number' | 'bool' | 'nil' | 'pipe' | 'lparen' | 'rparen' | 'declare' | 'assign' | 'comma' | 'eof';
  v: string;
  pos: number;
}

/** A token as text/template's errors name it (parse.item's String). */
const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'nil', 'template', 'with', '.']);
function tokText(t: Tok): string {
  if (t.k === 'eof') return 'EOF';
  if (KEYWORDS.has(t.v) && (t.k === 'ident' || t.k === 'nil' || t.k === 'dot')) return `<${t.v}>`;
  const chars = [...t.v];
  return chars.length > 10 ? `${JSON.stringify(chars.slice(0, 10).join(''))}...` : JSON.stringify(t.v);
}

/** The tokens a command can start with (anything else where one is due is unexpected). */
const COMMAND_START = new Set<Tok['k']>(['bool', 'dot', 'field', 'ident', 'number', 'nil', 'string', 'var', 'lparen']);

/** Whether a template body is empty of everything but space (parse.IsEmptyTree). */
const isEmptyTree = (nodes: Node[]): boolean => nodes.every((n) => n.t === 'text' && n.text.trim() === '');

/** The position just past a token (fields chain only onto what they touch). */
const endOf = (t: Tok) => t.pos + t.v.length;

function lineOf(src: string, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos && i < src.length; i++) if (src[i] === '\n') n++;
  return n;
}

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  const fail = (pos: number, msg: string): never => {
    throw new TemplateParseError(`template: output:${lineOf(src, pos)}: ${msg}`);
  };
  let i = 0;
  while (i < src.length) {
    let open = src.indexOf('{{', i);
    if (open < 0) open = src.length;
    let text = src.slice(i, open);
    const trimLeft = open < src.length && src.startsWith('{{- ', open) || /^\{\{-[\t\r\n ]/.test(src.slice(open, open + 4));
    if (trimLeft) text = text.replace(/[\t\r\n ]+$/, '');
    if (text) toks.push({ k: 'text', v: text, pos: i });
    if (open >= src.length) break;
    let j = open + 2 + (trimLeft ? 2 : 0);
    // A comment is a whole action.
    if (src.startsWith('/*', j)) {
      const end = src.indexOf('*/', j);
      if (end < 0) fail(open, 'unclosed comment');
      let k = end + 2;
      let trimRight = false;
      if (src.startsWith(' -}}', k)) {
        trimRight = true;
        k += 4;
      } else if (src.startsWith('}}', k)) k += 2;
      else fail(open, 'comment ends before closing delimiter');
      i = k;
      if (trimRight) while (i < src.length && /[\t\r\n ]/.test(src[i])) i++;
      continue;
    }
    toks.push({ k: 'open', v: '{{', pos: open });
    for (;;) {
      while (j < src.length && /[\t\r\n ]/.test(src[j])) {
        if (/[\t\r\n ]/.test(src[j]) && src.startsWith('-}}', j + 1)) break;
        j++;
      }
      if (j >= src.length) fail(open, 'unclosed action');
      if (/[\t\r\n ]/.test(src[j]) && src.startsWith('-}}', j + 1)) {
        toks.push({ k: 'close', v: '}}', pos: j + 1 });
        j += 4;
        while (j < src.length && /[\t\r\n ]/.test(src[j])) j++;
        break;
      }
      if (src.startsWith('}}', j)) {
        toks.push({ k: 'close', v: '}}', pos: j });
        j += 2;
        break;
      }
      const c = src[j];
      const start = j;
      if (c === '"') {
        j++;
        while (j < src.length && src[j] !== '"') {
          if (src[j] === '\\') j++;
          if (src[j] === '\n') fail(start, 'unterminated quoted string');
          j++;
        }
        if (j >= src.length) fail(start, 'unterminated quoted string');
        j++;
        toks.push({ k: 'string', v: src.slice(start, j), pos: start });
      } else if (c === '`') {
        const end = src.indexOf('`', j + 1);
        if (end < 0) fail(start, 'unterminated raw quoted string');
        j = end + 1;
        toks.push({ k: 'string', v: src.slice(start, j), pos: start });
      } else if (c === '|') {
        toks.push({ k: 'pipe', v: '|', pos: j++ });
      } else if (c === '(') {
        toks.push({ k: 'lparen', v: '(', pos: j++ });
      } else if (c === ')') {
        toks.push({ k: 'rparen', v: ')', pos: j++ });
      } else if (c === ',') {
        toks.push({ k: 'comma', v: ',', pos: j++ });
      } else if (src.startsWith(':=', j)) {
        toks.push({ k: 'declare', v: ':=', pos: j });
        j += 2;
      } else if (c === '=') {
        toks.push({ k: 'assign', v: '=', pos: j++ });
      } else if (c === '$') {
        j++;
        while (j < src.length && /[\w]/.test(src[j])) j++;
        toks.push({ k: 'var', v: src.slice(start, j), pos: start });
      } else if (c === '.' && !/[0-9]/.test(src[j + 1] ?? '')) {
        j++;
        if (!/[A-Za-z_]/.test(src[j] ?? '')) {
          toks.push({ k: 'dot', v: '.', pos: start });
        } else {
          while (j < src.length && /\w/.test(src[j])) j++;
          toks.push({ k: 'field', v: src.slice(start, j), pos: start });
        }
      } else if (/[0-9+\-.]/.test(c)) {
        const m = /^[+-]?(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*)?\.?\d*(?:[eE][+-]?\d+)?)/.exec(src.slice(j));
        const text = m?.[0] ?? '';
        if (!text || !/\d/.test(text)) fail(start, `bad number syntax: "${src.slice(j, j + 2)}"`);
        j += text.length;
        toks.push({ k: 'number', v: text, pos: start });
      } else if (/[A-Za-z_]/.test(c)) {
        while (j < src.length && /\w/.test(src[j])) j++;
        const word = src.slice(start, j);
        toks.push({ k: word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : 'ident', v: word, pos: start });
      } else {
        fail(start, `unexpected "${c}" in command`);
      }
    }
    i = j;
  }
  toks.push({ k: 'eof', v: '', pos: src.length });
  return toks;
}

// ---- parsing ------------------------------------------------------------------------------

const unquote = (s: string): string => (s.startsWith('`') ? s.slice(1, -1) : (JSON.parse(s.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')) as string));

class Parser {
  private i = 0;
  private vars: string[][] = [['$']];
  /** How many {{range}} bodies enclose the parse point ({{break}} and {{continue}} need one). */
  private rangeDepth = 0;
  /** The named templates: {{define}}s, {{block}}s, and the main one once parsed. */
  readonly trees = new Map<string, Node[]>();
  constructor(
    private readonly toks: Tok[],
    private readonly src: string,
  ) {}

  private fail(pos: number, msg: string): never {
    throw new TemplateParseError(`template: output:${lineOf(this.src, pos)}: ${msg}`);
  }
  private peek(o = 0): Tok {
    return this.toks[this.i + o];
  }
  private next(): Tok {
    return this.toks[this.i++];
  }

  /** A list of nodes up to an {{end}} / {{else}} (returned as the stop word) or EOF. */
  list(top: boolean): { nodes: Node[]; stop: 'end' | 'else' | 'eof'; stopTok?: Tok } {
    const nodes: Node[] = [];
    for (;;) {
      const t = this.next();
      if (t.k === 'eof') {
        if (!top) this.fail(t.pos, 'unexpected EOF');
        return { nodes, stop: 'eof' };
      }
      if (t.k === 'text') {
        nodes.push({ t: 'text', text: t.v });
        continue;
      }
      // open
      const w = this.peek();
      if (w.k === 'ident' && (w.v === 'end' || w.v === 'else')) {
        if (top) this.fail(w.pos, `unexpected {{${w.v}}}`);
        this.next();
        if (w.v === 'end') this.expectClose('end');
        return { nodes, stop: w.v, stopTok: w };
      }
      if (w.k === 'ident' && (w.v === 'if' || w.v === 'range' || w.v === 'with')) {
        this.next();
        nodes.push(this.control(w.v, w.pos));
        continue;
      }
      if (w.k === 'ident' && (w.v === 'break' || w.v === 'continue')) {
        this.next();
        if (this.rangeDepth === 0) this.fail(w.pos, `{{${w.v}}} outside {{range}}`);
        this.expectClose(w.v);
        nodes.push({ t: w.v, pos: w.pos });
        continue;
      }
      if (w.k === 'ident' && w.v === 'define') {
        // Only at the top level; elsewhere the word is not a command.
        if (!top) this.fail(w.pos, 'unexpected <define> in command');
        this.next();
        this.definition();
        continue;
      }
      if (w.k === 'ident' && (w.v === 'template' || w.v === 'block')) {
        this.next();
        nodes.push(this.invoke(w.v));
        continue;
      }
      const pipe = this.pipeline('command', true);
      nodes.push({ t: 'action', pos: w.pos, pipe });
    }
  }

  private expectClose(ctx: string): void {
    const t = this.next();
    if (t.k !== 'close') this.fail(t.pos, `unexpected ${tokText(t)} in ${ctx}`);
  }

  /** A template name: a string constant, quoted or raw. */
  private templateName(ctx: string): Tok {
    const t = this.next();
    if (t.k !== 'string') this.fail(t.pos, `unexpected ${tokText(t)} in ${ctx}`);
    return t;
  }

  /**
   * A named template's body up to its {{end}}, parsed as a template of its own: only `$`
   * is defined in it, and no {{range}} encloses it.
   */
  private body(ctx: string): Node[] {
    const [vars, depth] = [this.vars, this.rangeDepth];
    this.vars = [['$']];
    this.rangeDepth = 0;
    const list = this.list(false);
    if (list.stop === 'else') this.fail(list.stopTok!.pos, `unexpected {{else}} in ${ctx}`);
    [this.vars, this.rangeDepth] = [vars, depth];
    return list.nodes;
  }

  /** `{{define "name"}}…{{end}}` (the keyword is past). */
  private definition(): void {
    const name = this.templateName('define clause');
    this.expectClose('define clause');
    this.add(unquote(name.v), this.body('define clause'));
  }

  /** `{{template "name" [pipeline]}}` or `{{block "name" pipeline}}…{{end}}` (the keyword is past). */
  private invoke(kind: 'template' | 'block'): Invoke {
    const ctx = `${kind} clause`;
    const nameTok = this.templateName(ctx);
    const name = unquote(nameTok.v);
    let pipe: Pipe | undefined;
    if (kind === 'template' && this.peek().k === 'close') this.next();
    else pipe = this.pipeline(ctx, true);
    if (kind === 'block') this.add(name, this.body(ctx));
    return { t: 'template', pos: nameTok.pos, name, pipe };
  }

  /**
   * Installs a named template (parse.Tree's add): a body replaces an empty one of the same
   * name; two bodies with more than space in them are an error. The position is where the
   * parser stands (its error names that line).
   */
  add(name: string, nodes: Node[]): void {
    const old = this.trees.get(name);
    if (!old || isEmptyTree(old)) this.trees.set(name, nodes);
    else if (!isEmptyTree(nodes)) this.fail(this.toks[Math.max(0, this.i - 1)].pos, `template: multiple definition of template ${JSON.stringify(name)}`);
  }

  private control(kind: 'if' | 'range' | 'with', pos: number): Node {
    this.vars.push([]);
    const pipe = this.pipeline(kind, true, kind === 'range');
    if (kind === 'range') this.rangeDepth++;
    const body = this.list(false);
    if (kind === 'range') this.rangeDepth--;
    let elseList: Node[] | undefined;
    if (body.stop === 'else') {
      // {{else if …}} / {{else with …}} nest another control in the else branch.
      const nxt = this.peek();
      if ((kind === 'if' && nxt.k === 'ident' && nxt.v === 'if') || (kind === 'with' && nxt.k === 'ident' && nxt.v === 'with')) {
        this.next();
        elseList = [this.control(nxt.v as 'if' | 'with', nxt.pos)];
      } else {
        this.expectClose('else');
        const rest = this.list(false);
        if (rest.stop !== 'end') this.fail(rest.stopTok!.pos, 'expected end; found {{else}}');
        elseList = rest.nodes;
      }
    }
    this.vars.pop();
    return { t: kind, pos, pipe, list: body.nodes, else: elseList };
  }

  private pipeline(ctx: string, top: boolean, range = false): Pipe {
    const start = this.peek().pos;
    const decl: string[] = [];
    let assign = false;
    // `$x :=`, `$x =`, `$i, $e :=`
    if (this.peek().k === 'var') {
      let k = 0;
      const names: string[] = [];
      for (;;) {
        const v = this.peek(k);
        if (v.k !== 'var') break;
        names.push(v.v);
        const sep = this.peek(k + 1);
        if (sep.k === 'declare' || sep.k === 'assign') {
          decl.push(...names);
          assign = sep.k === 'assign';
          this.i += k + 2;
          break;
        }
        if (sep.k === 'comma' && range && names.length === 1) {
          k += 2;
          continue;
        }
        break;
      }
      if (!assign) this.vars[this.vars.length - 1].push(...decl);
    }
    const cmds: Command[] = [];
    for (;;) {
      const t = this.peek();
      if (t.k === (top ? 'close' : 'rparen')) {
        this.next();
        break;
      }
      if (t.k === 'eof' || (!top && t.k === 'close')) this.fail(t.pos, top ? 'unclosed action' : 'unclosed left paren');
      if (!COMMAND_START.has(t.k)) this.fail(t.pos, `unexpected ${tokText(t)} in ${ctx}`);
      cmds.push(this.command());
      if (this.peek().k === 'pipe') this.next();
    }
    if (cmds.length === 0) this.fail(start, `missing value for ${ctx}`);
    return { pos: start, decl, assign, cmds };
  }

  private command(): Command {
    const pos = this.peek().pos;
    const args: Arg[] = [];
    for (;;) {
      const t = this.peek();
      if (t.k === 'close' || t.k === 'rparen' || t.k === 'pipe' || t.k === 'eof') break;
      args.push(this.operand());
    }
    if (args.length === 0) this.fail(pos, 'empty command');
    return { pos, args };
  }

  private operand(): Arg {
    const t = this.next();
    let node: Arg;
    switch (t.k) {
      case 'field':
        node = { t: 'field', pos: t.pos, names: [t.v.slice(1)] };
        break;
      case 'var':
        if (!this.vars.some((s) => s.includes(t.v))) this.fail(t.pos, `undefined variable "${t.v}"`);
        node = { t: 'var', pos: t.pos, name: t.v, names: [] };
        break;
      case 'dot':
        node = { t: 'dot', pos: t.pos };
        break;
      case 'nil':
        node = { t: 'nil', pos: t.pos };
        break;
      case 'bool':
        node = { t: 'bool', pos: t.pos, value: t.v === 'true' };
        break;
      case 'number':
        node = { t: 'number', pos: t.pos, text: t.v, value: numberConstant(t.v) };
        break;
      case 'string':
        node = { t: 'string', pos: t.pos, text: t.v, value: unquote(t.v) };
        break;
      case 'ident':
        if (!FUNCS.has(t.v)) this.fail(t.pos, `function "${t.v}" not defined`);
        node = { t: 'ident', pos: t.pos, name: t.v };
        break;
      case 'lparen':
        node = { t: 'pipe', pos: t.pos, pipe: this.pipeline('parenthesized pipeline', false) };
        break;
      default:
        this.fail(t.pos, `unexpected "${t.v}" in operand`);
    }
    // .a.b after a field, a variable or a parenthesized pipeline: the chain's position is
    // that of its second part, as Go's parser gives it.
    let last = this.toks[this.i - 1];
    if (this.peek().k === 'field' && this.peek().pos === endOf(last)) {
      const at = this.peek().pos;
      const names: string[] = [];
      while (this.peek().k === 'field' && this.peek().pos === endOf(last)) {
        last = this.next();
        names.push(last.v.slice(1));
      }
      if (node.t === 'field') node = { t: 'field', pos: at, names: [...node.names, ...names] };
      else if (node.t === 'var') node = { ...node, pos: at, names };
      else node = { t: 'chain', pos: at, node, names };
    }
    return node;
  }
}

/** A number constant: written with a point or an exponent it is a float64, whole or not. */
function numberConstant(text: string): number | GoFloat {
  const v = Number(text.replace(/_/g, ''));
  return !/^[+-]?0[xX]/.test(text) && /[.eE]/.test(text) && Number.isInteger(v) ? new GoFloat(v) : v;
}

// ---- printing nodes as Go's String() does (for "at <…>") ----------------------------------

function argText(a: Arg): string {
  switch (a.t) {
    case 'field':
      return a.names.map((n) => '.' + n).join('');
    case 'var':
      return a.name + a.names.map((n) => '.' + n).join('');
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(a.value);
    case 'number':
    case 'string':
      return a.text;
    case 'ident':
      return a.name;
    case 'pipe':
      return `(${pipeText(a.pipe)})`;
    case 'chain':
      return argText(a.node) + a.names.map((n) => '.' + n).join('');
  }
}
const cmdText = (c: Command) => c.args.map(argText).join(' ');
const invokeText = (n: Invoke) => `{{template ${JSON.stringify(n.name)}${n.pipe ? ` ${pipeText(n.pipe)}` : ''}}}`;
const pipeText = (p: Pipe) => (p.decl.length ? `${p.decl.join(', ')} ${p.assign ? '=' : ':='} ` : '') + p.cmds.map(cmdText).join(' | ');

// ---- execution ----------------------------------------------------------------------------

type Value = unknown; // unstructured JSON, or NO_VALUE for "invalid"

class Break {}
class Continue {}

function truth(v: Value): boolean {
  if (v === NO_VALUE || v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof GoFloat) return v.v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return Object.keys(v as object).length > 0;
}

const isMap = (v: Value): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One `{{template}}` call in progress: the node, and the template it was written in. */
interface Call {
  node: Invoke;
  in: string;
}

class Exec {
  out = '';
  private at: { pos: number; text: string } = { pos: 0, text: '' };
  private scopes: Map<string, Value>[] = [];
  /** The template executing now (errors name it). */
  private name = MAIN;
  /** The `{{template}}` calls that led here, outermost first. */
  private readonly calls: Call[] = [];
  /** The calls in progress when the stack ran out. */
  private overflow: Call[] | undefined;
  constructor(
    private readonly src: string,
    root: Value,
    private readonly trees: ReadonlyMap<string, Node[]>,
    /** Option missingkey=error (kubectl --allow-missing-template-keys=false). */
    private readonly missingKeyError = false,
  ) {
    this.scopes.push(new Map([['$', root]]));
  }

  private fail(msg: string): never {
    throw new TemplateExecError(this.message(this.at.pos, this.at.text, this.name, msg));
  }
  private message(pos: number, text: string, name: string, msg: string): string {
    const before = this.src.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = nl < 0 ? pos : pos - nl - 1;
    return `template: output:${lineOf(this.src, pos)}:${col}: executing ${JSON.stringify(name)} at <${text}>: ${msg}`;
  }
  private setAt(pos: number, text: string): void {
    this.at = { pos, text };
  }

  run(list: Node[], dot: Value): void {
    for (const n of list) {
      switch (n.t) {
        case 'text':
          this.out += n.text;
          break;
        case 'action': {
          const v = this.pipe(n.pipe, dot);
          if (n.pipe.decl.length === 0) this.out += printable(v);
          break;
        }
        case 'if':
        case 'with': {
          this.scopes.push(new Map());
          const v = this.pipe(n.pipe, dot);
          if (truth(v)) this.run(n.list, n.t === 'with' ? v : dot);
          else if (n.else) this.run(n.else, dot);
          this.scopes.pop();
          break;
        }
        case 'range':
          this.range(n, dot);
          break;
        case 'template':
          this.invoke(n, dot);
          break;
        case 'break':
          throw new Break();
        case 'continue':
          throw new Continue();
      }
    }
  }

  /**
   * Runs a named template with the pipeline's value as dot (no value without one) and only
   * `$` defined: no variable of the caller is seen. Variables the pipeline declares stay.
   */
  private invoke(n: Invoke, dot: Value): void {
    this.setAt(n.pos, invokeText(n));
    const body = this.trees.get(n.name);
    if (!body) this.fail(`template ${JSON.stringify(n.name)} not defined`);
    if (this.calls.length === MAX_DEPTH) this.fail(`exceeded maximum template depth (${MAX_DEPTH})`);
    const value = n.pipe ? this.pipe(n.pipe, dot) : NO_VALUE;
    const saved = { scopes: this.scopes, name: this.name };
    this.calls.push({ node: n, in: this.name });
    this.scopes = [new Map([['$', value]])];
    this.name = n.name;
    try {
      this.run(body, value);
    } catch (e) {
      // JavaScript's stack ends long before text/template's depth limit: the outermost call
      // reports the error text/template reports at that depth (see depthError).
      if (e instanceof RangeError) {
        // (Copied where the stack ran out; a copy that fails there is made a call further out.)
        this.overflow ??= this.calls.slice();
        if (this.calls.length === 1) throw new TemplateExecError(this.depthError(this.overflow));
      }
      throw e;
    } finally {
      this.calls.pop();
      this.scopes = saved.scopes;
      this.name = saved.name;
    }
  }

  /**
   * The error of a `{{template}}` recursion that never ends, as text/template reports it at
   * call number MAX_DEPTH: the calls repeat with some period, so that call is the one in the
   * last period here at the same place in the cycle. (What the calls printed before the
   * limit is printed only as far as the stack went.)
   */
  private depthError(calls: readonly Call[]): string {
    const last = calls.length - 1;
    let period = 1;
    while (period < last / 2 && !calls.slice(last - period + 1).every((c, i) => c.node === calls[last - 2 * period + 1 + i].node)) period++;
    const at = calls[last - ((((last - MAX_DEPTH) % period) + period) % period)];
    return this.message(at.node.pos, invokeText(at.node), at.in, `exceeded maximum template depth (${MAX_DEPTH})`);
  }

  private range(n: Control, dot: Value): void {
    this.scopes.push(new Map());
    const v = this.pipe({ ...n.pipe, decl: [] }, dot);
    let items: [Value, Value][] = [];
    if (Array.isArray(v)) items = v.map((x, i) => [i, x]);
    else if (isMap(v)) items = Object.keys(v).sort().map((k) => [k, v[k]]);
    else if (isInt(v)) items = Array.from({ length: Math.max(0, v as number) }, (_, i) => [i, i]);
    else if (v !== NO_VALUE && v !== null) this.fail(`range can't iterate over ${goValue(v)}`);
    for (const [k, x] of items) {
      const scope = this.scopes[this.scopes.length - 1];
      if (n.pipe.decl.length === 1) scope.set(n.pipe.decl[0], x);
      if (n.pipe.decl.length === 2) {
        scope.set(n.pipe.decl[0], k);
        scope.set(n.pipe.decl[1], x);
      }
      try {
        this.run(n.list, x);
      } catch (e) {
        if (e instanceof Break) break;
        if (!(e instanceof Continue)) throw e;
      }
    }
    if (items.length === 0 && n.else) this.run(n.else, dot);
    this.scopes.pop();
  }

  private lookupVar(name: string): Value {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i].has(name)) return this.scopes[i].get(name);
    return NO_VALUE;
  }

  private pipe(p: Pipe, dot: Value): Value {
    let v: Value = NO_VALUE;
    let final: Value | undefined;
    for (const c of p.cmds) {
      v = this.command(c, dot, final);
      final = v;
    }
    if (p.decl.length) {
      if (p.assign) {
        for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i].has(p.decl[0])) this.scopes[i].set(p.decl[0], v);
      } else this.scopes[this.scopes.length - 1].set(p.decl[0], v);
    }
    return v;
  }

  private command(c: Command, dot: Value, final: Value | undefined): Value {
    const first = c.args[0];
    this.setAt(c.pos, cmdText(c));
    if (first.t === 'ident') return this.call(first.name, c, dot, final);
    if (c.args.length > 1 || final !== undefined) {
      if (first.t === 'field' || first.t === 'chain' || first.t === 'var') this.fail(`${argText(first)} is not a method but has arguments`);
      this.fail(`can't give argument to non-function ${argText(first)}`);
    }
    if (first.t === 'nil') {
      this.setAt(first.pos, 'nil');
      this.fail('nil is not a command');
    }
    return this.arg(first, dot);
  }

  private arg(a: Arg, dot: Value): Value {
    switch (a.t) {
      case 'dot':
        return dot;
      case 'nil':
        return null;
      case 'bool':
      case 'number':
      case 'string':
        return a.value;
      case 'field':
        this.setAt(a.pos, argText(a));
        return this.fields(dot, a.names);
      case 'var':
        this.setAt(a.pos, argText(a));
        return this.fields(this.lookupVar(a.name), a.names);
      case 'pipe':
        return this.pipe(a.pipe, dot);
      case 'chain': {
        const base = this.arg(a.node, dot);
        this.setAt(a.pos, argText(a));
        return this.fields(base, a.names);
      }
      case 'ident':
        return this.call(a.name, { pos: a.pos, args: [a] }, dot, undefined);
    }
  }

  /** evalField over a chain: missing keys are "no value"; a field of a nil or a non-map fails. */
  private fields(v: Value, names: string[]): Value {
    for (const name of names) {
      if (v === NO_VALUE) return NO_VALUE;
      if (v === null) this.fail(`nil pointer evaluating interface {}.${name}`);
      if (!isMap(v)) this.fail(`can't evaluate field ${name} in type interface {}`);
      if (!Object.prototype.hasOwnProperty.call(v, name) && this.missingKeyError) this.fail(`map has no entry for key ${JSON.stringify(name)}`);
      v = Object.prototype.hasOwnProperty.call(v, name) ? v[name] : NO_VALUE;
    }
    return v;
  }

  private call(name: string, c: Command, dot: Value, final: Value | undefined): Value {
    const argNodes = c.args.slice(1);
    // and/or evaluate their arguments lazily.
    if (name === 'and' || name === 'or') {
      const all = [...argNodes.map((n) => () => this.arg(n, dot)), ...(final !== undefined ? [() => final] : [])];
      if (all.length === 0) this.fail(`wrong number of args for ${name}: want at least 1 got 0`);
      let v: Value = NO_VALUE;
      for (const f of all) {
        v = f();
        if (truth(v) === (name === 'or')) return v;
      }
      return v;
    }
    const args = argNodes.map((n) => this.arg(n, dot));
    if (final !== undefined) args.push(final);
    this.setAt(c.pos, cmdText(c));
    const want = (n: number) => {
      if (args.length !== n) this.fail(`wrong number of args for ${name}: want ${n} got ${args.length}`);
    };
    const failCall = (msg: string): never => this.fail(`error calling ${name}: ${msg}`);
    switch (name) {
      case 'not':
        want(1);
        return !truth(args[0]);
      case 'len': {
        want(1);
        const v = args[0];
        if (typeof v === 'string') return Buffer.byteLength(v);
        if (Array.isArray(v)) return v.length;
        if (isMap(v)) return Object.keys(v).length;
        return failCall(`len of ${v === NO_VALUE || v === null ? 'nil pointer' : `type ${goTypeName(v)}`}`);
      }
      case 'index': {
        if (args.length < 1) this.fail('wrong number of args for index: want at least 1 got 0');
        let v = args[0];
        for (const k of args.slice(1)) {
          if (v === NO_VALUE || v === null) failCall('index of untyped nil');
          if (Array.isArray(v) || typeof v === 'string') {
            if (!isInt(k)) failCall(`cannot index slice/array with type ${goTypeName(k)}`);
            const len = typeof v === 'string' ? Buffer.byteLength(v) : v.length;
            if ((k as number) < 0 || (k as number) >= len) failCall(`index out of range: ${k}`);
            v = typeof v === 'string' ? Buffer.from(v)[k as number] : v[k as number];
          } else if (isMap(v)) {
            if (typeof k !== 'string') failCall(`value has type ${goTypeName(k)}; should be string`);
            v = Object.prototype.hasOwnProperty.call(v, k as string) ? v[k as string] : NO_VALUE;
          } else failCall(`can't index item of type ${goTypeName(v)}`);
        }
        return v;
      }
      case 'print':
        return goSprint(args);
      case 'println':
        return goSprintln(args);
      case 'printf':
        if (typeof args[0] !== 'string') this.fail(`wrong type for value; expected string; got ${goTypeName(args[0])}`);
        return goSprintf(args[0] as string, args.slice(1));
      case 'eq':
      case 'ne':
      case 'lt':
      case 'le':
      case 'gt':
      case 'ge':
        return this.compare(name, args, failCall);
      case 'exists':
        return exists(args[0], args.slice(1));
      case 'base64decode': {
        want(1);
        if (typeof args[0] !== 'string') this.fail(`wrong type for value; expected string; got ${goTypeName(args[0])}`);
        const s = args[0] as string;
        if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) failCall('base64 decode failed: illegal base64 data at input byte 0');
        return Buffer.from(s, 'base64').toString('latin1');
      }
      default:
        return this.fail(`function "${name}" is not supported here`);
    }
  }

  private compare(name: string, args: Value[], failCall: (m: string) => never): Value {
    const kind = (v: Value): string => {
      if (v === NO_VALUE || v === null) return 'invalid';
      if (typeof v === 'number' || v instanceof GoFloat) return isInt(v) ? 'int' : 'float';
      if (typeof v === 'string' || typeof v === 'boolean') return typeof v;
      return 'other';
    };
    if (args.length < (name === 'eq' ? 1 : 2)) this.fail(`wrong number of args for ${name}: want 2 got ${args.length}`);
    const [a, ...rest] = args;
    const one = (b: Value): number | boolean => {
      const ka = kind(a);
      const kb = kind(b);
      if (ka === 'invalid' || kb === 'invalid') failCall('invalid type for comparison');
      if (ka === 'other' || kb === 'other') failCall(name === 'eq' || name === 'ne' ? 'non-comparable type' : 'invalid type for comparison');
      if (ka !== kb) failCall('incompatible types for comparison');
      const x = numberOf(a) ?? a;
      const y = numberOf(b) ?? b;
      if (name === 'eq' || name === 'ne') return x === y;
      if (ka === 'boolean') failCall('invalid type for comparison');
      return (x as number) < (y as number) ? -1 : x === y ? 0 : 1;
    };
    if (name === 'eq') return rest.some((b) => one(b) === true);
    const r = one(rest[0]);
    switch (name) {
      case 'ne':
        return r === false;
      case 'lt':
        return r === -1;
      case 'le':
        return r !== 1;
      case 'gt':
        return r === 1;
      default:
        return r !== -1;
    }
  }
}

/** kubectl's `exists`: does the chain of indices lead to a non-nil value? */
function exists(item: Value, indices: Value[]): boolean {
  let v = item;
  for (const k of indices) {
    if (v === NO_VALUE || v === null) return false;
    if (Array.isArray(v) || typeof v === 'string') {
      if (!isInt(k) || (k as number) < 0 || (k as number) >= v.length) return false;
      v = (v as unknown[])[k as number];
    } else if (isMap(v)) {
      if (typeof k !== 'string') return false;
      v = Object.prototype.hasOwnProperty.call(v, k) ? v[k] : null;
    } else return false;
  }
  return v !== NO_VALUE && v !== null;
}

/** text/template's printValue: a missing or nil value is `<no value>`. */
function printable(v: Value): string {
  if (v === NO_VALUE || v === null || v === undefined) return '<no value>';
  return goValue(v);
}

export interface TemplateResult {
  /** What the template wrote (also when it failed part-way). */
  out: string;
  error?: string;
}

/**
 * Parses the template into its named templates (the text itself is "output"); a
 * TemplateParseError carries text/template's message.
 */
export function parseGoTemplate(src: string): ReadonlyMap<string, Node[]> {
  const parser = new Parser(lex(src), src);
  parser.add(MAIN, parser.list(true).nodes);
  return parser.trees;
}

/**
 * Runs a parsed template over `data` (the object as unstructured JSON). `missingKeyError`:
 * a missing map key fails (text/template's missingkey=error) instead of being no value.
 */
export function executeGoTemplate(src: string, data: Value, missingKeyError = false): TemplateResult {
  const trees = parseGoTemplate(src);
  const exec = new Exec(src, data, trees, missingKeyError);
  try {
    exec.run(trees.get(MAIN)!, data);
    return { out: exec.out };
  } catch (e) {
    if (e instanceof TemplateExecError) return { out: exec.out, error: e.message };
    if (e instanceof Break || e instanceof Continue) return { out: exec.out };
    throw e;
  }
}

