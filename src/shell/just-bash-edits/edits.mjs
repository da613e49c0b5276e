// Edits to just-bash's bundle, made where it is loaded: by an esbuild plugin for dist/
// (scripts/just-bash-edits.mjs) and by a Node module hook for runs from source (tests, the
// fuzzer, the bench: register.mjs). Nothing under node_modules is written, so a clean
// `npm ci` gets the same code. The code they change is module-private, with no option or hook:
//  - its arithmetic evaluator computes with JavaScript numbers; bash's is 64-bit (int64.mjs);
//  - it finds bash's builtins that it implements as commands (echo, printf, pwd, kill…) on PATH,
//    so `export PATH=/x` lost them; bash runs its builtins whatever PATH says (BUILTIN_EDITS);
//  - the copy of the yaml library inside it (yq) prints Node process warnings to the host's
//    stderr ("(node:1234) Warning: Keys with collection values…"), over the learner's screen.
//
// Each edit names the exact text it replaces in just-bash 3.4.2's bundle. If a text is missing
// (another just-bash version), that file is left as it is and `editedJustBash` reports which
// edits failed; edits.test.ts fails loudly then.
import { int64Arithmetic } from './int64.mjs';
import { STATE_COMMAND, UNLISTED_COMMANDS } from './state-command.mjs';

/** just-bash's bundled files: the ESM entry (the shell, with the arithmetic) and its chunks. */
export const JUST_BASH_FILES = /just-bash[\\/]dist[\\/]bundle[\\/](?:index|chunks[\\/]chunk-[\w-]+)\.js$/;
const ENTRY = /[\\/]index\.js$/;

/** [what, from, to] — `zt`/`zp`/`ze` on a node: the expression's text and where its right operand starts and ends. */
export const ARITHMETIC_EDITS = [
  // The operator functions call int64.mjs (the old bodies stay, unused, after them).
  ['binary operators', 'function Yp(e,t,n){', 'function Yp(e,t,n,z){return __kt64.binary(e,t,n,z,ce)}function __kt64OldBinary(e,t,n){'],
  ['assignment operators', 'function Jc(e,t,n){', 'function Jc(e,t,n,z){return __kt64.assign(e,t,n,z,ce)}function __kt64OldAssign(e,t,n){'],
  ['unary operators', 'function Jp(e,t){', 'function Jp(e,t){return __kt64.unary(e,t)}function __kt64OldUnary(e,t){'],
  ['binary node to operator', 'return Yp(i,o,t.operator)}', 'return Yp(i,o,t.operator,t)}'],
  ['assignment node to operator', 'f=Jc(c,u,t.operator);', 'f=Jc(c,u,t.operator,t);'],
  // Division and remainder nodes keep where their right operand starts (bash's error token).
  [
    'division node position',
    'let{expr:o,pos:a}=jr(e,t,s);r={type:"ArithBinary",operator:i,left:r,right:o},s=a}else break',
    'let{expr:o,pos:a}=jr(e,t,s);r={type:"ArithBinary",operator:i,left:r,right:o,zt:t,zp:s},s=a}else break',
  ],
  ['power node position', 'return{expr:{type:"ArithBinary",operator:"**",left:r,right:a},pos:l}', 'return{expr:{type:"ArithBinary",operator:"**",left:r,right:a,zt:t,zp:i,ze:l},pos:l}'],
  [
    'assignment node position',
    'return{expr:{type:"ArithAssignment",operator:u,variable:c,value:f},pos:d}',
    'return{expr:{type:"ArithAssignment",operator:u,variable:c,value:f,zt:t,zp:s},pos:d}',
  ],
  [
    'element assignment node position',
    'return{expr:{type:"ArithAssignment",operator:d,variable:c,subscript:f,stringKey:u,value:p},pos:h}',
    'return{expr:{type:"ArithAssignment",operator:d,variable:c,subscript:f,stringKey:u,value:p,zt:t,zp:s},pos:h}',
  ],
  // Number literals and variables' values are read exactly, beyond 2^53 too.
  ['number literal text', 'return{expr:{type:"ArithNumber",value:or(c)},pos:s}', 'return{expr:{type:"ArithNumber",value:or(c),zt:c},pos:s}'],
  [
    'number literal value',
    'case"ArithNumber":if(Number.isNaN(t.value))throw new ce("value too great for base");return t.value;',
    'case"ArithNumber":if(Number.isNaN(t.value))throw new ce("value too great for base");return t.value>=Number.MAX_SAFE_INTEGER&&typeof t.zt=="string"?__kt64.fromLiteral(t.zt):t.value;',
  ],
  [
    'variable value',
    'let s=Number.parseInt(r,10);if(!Number.isNaN(s)&&/^-?\\d+$/.test(r.trim()))return s;',
    'if(/^-?\\d+$/.test(r.trim()))return __kt64.fromDecimal(r);',
  ],
  ['assigned variable value', 'c=Number.parseInt(l||"0",10)||0,u=await s(t.value)', 'c=/^-?\\d+$/.test((l||"").trim())?__kt64.fromDecimal(l):Number.parseInt(l||"0",10)||0,u=await s(t.value)'],
  // Callers get a number (offsets, indices, tests); `$((…))` prints the exact value.
  ['evaluation entry', 'async function Y(e,t,n=!1){return Ln(e,t,n,eu())}', 'async function Y(e,t,n=!1){return __kt64.toNumber(await Ln(e,t,n,eu()))}async function __kt64Exact(e,t,n=!1){return Ln(e,t,n,eu())}'],
  ['expansion text', 'return String(await Y(e,l.expression,!0))}return String(await Y(e,t.expression.expression,!0))}', 'return String(await __kt64Exact(e,l.expression,!0))}return String(await __kt64Exact(e,t.expression.expression,!0))}'],
  [
    'integer variable text',
    'c=String(await Y(e,h.expression))}else{let d=re(f,r);c=String(await Y(e,d.expression))}',
    'c=String(await __kt64Exact(e,h.expression))}else{let d=re(f,r);c=String(await __kt64Exact(e,d.expression))}',
  ],
  // In `(( … ))` a `<<` is a shift, never a heredoc (just-bash knows this inside `$((` only).
  ['shift in an arithmetic command', 'if(i==="<"&&o==="<"&&a==="-")return this.pos=n+3', 'if(this.dparenDepth===0&&i==="<"&&o==="<"&&a==="-")return this.pos=n+3'],
  ['shift in an arithmetic command (<<)', 'if(i==="<"&&o==="<")return this.pos=n+2', 'if(this.dparenDepth===0&&i==="<"&&o==="<")return this.pos=n+2'],
  // bash names `((` in its errors, and `let` states the expression once.
  ['arithmetic command error', 'return D(`bash: arithmetic expression: ${n.message}', 'return D(`bash: ((: ${n.message}'],
  ['let error', 'return D(`bash: let: ${s}: ${i.message}', 'return D(`bash: let: ${i.message.startsWith(s.trim()+": ")?i.message:s+": "+i.message}'],
];

/**
 * bash's builtins (just-bash's own list, `Fn`: what `type` calls "a shell builtin") that
 * just-bash implements as commands are run as builtins: never looked up on PATH, never hashed.
 * The session's state command is found the same way when run with `command -p`, and has no
 * stub file in /bin or /usr/bin (`ls /usr/bin` would list it); typed by a learner, it is not found.
 * The unlisted commands (state-command.mjs) are found like builtins and have no stub either.
 */
export const BUILTIN_EDITS = [
  [
    'builtins before PATH',
    'c=await Xu(i,t,s?"/usr/bin:/bin":void 0);',
    `c=(Fn.has(t)||${JSON.stringify(UNLISTED_COMMANDS)}.includes(t)||s&&t===${JSON.stringify(STATE_COMMAND)})&&i.commands.get(t)?{cmd:i.commands.get(t),path:"/usr/bin/"+t,builtin:!0}:await Xu(i,t,s?"/usr/bin:/bin":void 0);`,
  ],
  ['builtins not hashed', 'let{cmd:u,path:f}=c;t.includes("/")||(', 'let{cmd:u,path:f}=c;t.includes("/")||c.builtin||('],
  [
    'no stub for the state command',
    'let a=this.fs;if(typeof a.writeFileSync=="function"){',
    `let a=this.fs;if(typeof a.writeFileSync=="function"&&t.name!==${JSON.stringify(STATE_COMMAND)}&&!${JSON.stringify(UNLISTED_COMMANDS)}.includes(t.name)){`,
  ],
];

const RUNTIME = `\nconst __kt64=(${int64Arithmetic.toString()})();\n`;

/**
 * The yaml library's warning (inside the chunk that bundles yaml): process.emitWarning, which
 * Node prints on the host's stderr. Its logLevel option cannot be reached through yq.
 */
export const YAML_WARNING = ['yaml warning', '(s==="debug"||s==="warn")&&(typeof Uo.emitWarning=="function"?Uo.emitWarning(e):console.warn(e))', 'void 0'];

/**
 * One file of just-bash with its edits applied; `missing` names the edits whose text was not
 * found (then the file's text is unchanged: half an edit set would be worse than none). A
 * chunk without yaml's warning has nothing to edit.
 * @param {string} path
 * @param {string} source
 * @returns {{ text: string, missing: string[] }}
 */
export function editedJustBash(path, source) {
  if (ENTRY.test(path)) {
    const { text, missing } = applyAll(source, [...ARITHMETIC_EDITS, ...BUILTIN_EDITS]);
    return { text: missing.length > 0 ? text : text + RUNTIME, missing };
  }
  if (!source.includes('Keys with collection values')) return { text: source, missing: [] };
  return applyAll(source, [YAML_WARNING]);
}

function applyAll(source, edits) {
  const missing = edits.filter(([, from]) => source.split(from).length !== 2).map(([what]) => what);
  if (missing.length > 0) return { text: source, missing };
  let text = source;
  for (const [, from, to] of edits) text = text.replace(from, () => to);
  return { text, missing };
}
