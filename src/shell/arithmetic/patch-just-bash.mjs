// The edits that give just-bash bash's 64-bit arithmetic (int64.mjs says why). just-bash's
// evaluator is module-private code inside its bundle, with no option or hook for arithmetic, so
// its source is edited where it is loaded: by an esbuild plugin for dist/ (scripts/build.mjs),
// and by a Node module hook for runs from source (tests, the fuzzer, the bench: register.mjs).
// Nothing under node_modules is written, so a clean `npm ci` gets the same code.
//
// Each edit names the exact text it replaces in just-bash 3.4.2's bundle. If a text is missing
// (another just-bash version), the file is left as it is and `patchedJustBash` reports which
// edit failed; arithmetic.test.ts fails loudly then.
import { int64Arithmetic } from './int64.mjs';

/** The one file of just-bash that holds the arithmetic evaluator (the ESM bundle's entry). */
export const JUST_BASH_ENTRY = /just-bash[\\/]dist[\\/]bundle[\\/]index\.js$/;

/** [what, from, to] — `zt`/`zp`/`ze` on a node: the expression's text and where its right operand starts and ends. */
export const EDITS = [
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
  // bash names `((` in its errors, and `let` states the expression once.
  ['arithmetic command error', 'return D(`bash: arithmetic expression: ${n.message}', 'return D(`bash: ((: ${n.message}'],
  ['let error', 'return D(`bash: let: ${s}: ${i.message}', 'return D(`bash: let: ${i.message.startsWith(s.trim()+": ")?i.message:s+": "+i.message}'],
];

const RUNTIME = `\nconst __kt64=(${int64Arithmetic.toString()})();\n`;

/**
 * just-bash's entry with the edits applied; `missing` names the edits whose text was not
 * found (then `text` is the file unchanged: half an edit set would be worse than none).
 * @param {string} source
 * @returns {{ text: string, missing: string[] }}
 */
export function patchedJustBash(source) {
  const missing = EDITS.filter(([, from]) => source.split(from).length !== 2).map(([what]) => what);
  if (missing.length > 0) return { text: source, missing };
  let text = source;
  for (const [, from, to] of EDITS) text = text.replace(from, () => to);
  return { text: text + RUNTIME, missing };
}
