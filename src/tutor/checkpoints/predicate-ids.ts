// Facts about a predicate tree without evaluating it: its ids, the kinds it reads, whether it
// looks at the last command — for lint (dangling ids) and for "was that an attempt?".
import type { Kind } from '../../cluster/api/kinds.js';
import type { Leaf, Predicate } from '../schema.js';

export function leavesOf(p: Predicate): Leaf[] {
  if ('all' in p) return p.all.flatMap(leavesOf);
  if ('any' in p) return p.any.flatMap(leavesOf);
  if ('not' in p) return leavesOf(p.not);
  return [p];
}

/** Every id in the tree: leaves and named combinators. */
export function idsOf(p: Predicate): string[] {
  const own = p.id ? [p.id] : [];
  if ('all' in p) return [...own, ...p.all.flatMap(idsOf)];
  if ('any' in p) return [...own, ...p.any.flatMap(idsOf)];
  if ('not' in p) return [...own, ...idsOf(p.not)];
  return own;
}

/** The kinds a check reads (Services for `endpoints`, Pods for `podsReady`/`request`). */
export function kindsOf(p: Predicate): Set<Kind> {
  const kinds = new Set<Kind>();
  for (const l of leavesOf(p)) {
    if ('object' in l) kinds.add(l.object.kind);
    else if ('absent' in l) kinds.add(l.absent.kind);
    else if ('field' in l) kinds.add(l.field.kind);
    else if ('count' in l) kinds.add(l.count.kind);
    else if ('endpoints' in l) {
      kinds.add('Service');
      kinds.add('Endpoints');
    }
    else if ('podsReady' in l) kinds.add('Pod');
  }
  return kinds;
}

/** Checks on the command itself, the shell's place or files: every command counts as an attempt. */
export function readsSessionOnly(p: Predicate): boolean {
  return leavesOf(p).some((l) => 'lastCommand' in l || 'place' in l || 'file' in l);
}

/**
 * The step asks to see an error — a failing exit code, an error message, a request refused,
 * timed out or not resolved: a failed line may solve it.
 */
export function expectsFailure(p: Predicate): boolean {
  return leavesOf(p).some(
    (l) =>
      ('lastCommand' in l && ((l.lastCommand.exitCode ?? 0) !== 0 || l.lastCommand.stderrContains !== undefined)) ||
      ('request' in l && l.request.outcome !== undefined && l.request.outcome !== 'ok'),
  );
}
