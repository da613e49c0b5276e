// Turns zod's issues into the few messages an author can act on. Unions (predicates) report
// every branch's complaints; we look at the input to find the branch the author meant (the
// one named by the predicate key they wrote, e.g. `field:`) and keep only its issues.
import type { z } from 'zod';
import { LEAF_KINDS } from '../schema.js';

export interface SimpleIssue {
  path: (string | number)[];
  message: string;
}

const PREDICATE_KEYS = [...LEAF_KINDS, 'all', 'any', 'not'];

export function simplifyIssues(issues: readonly z.core.$ZodIssue[], input: unknown, base: (string | number)[] = []): SimpleIssue[] {
  const out: SimpleIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const value = valueAt(input, path);
      const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
      const named = keys.filter((k) => PREDICATE_KEYS.includes(k));
      if (named.length === 0) {
        const found = keys.filter((k) => k !== 'id');
        out.push({ path, message: `not a predicate: expected one of ${PREDICATE_KEYS.join(', ')}${found.length ? ` (found ${found.map((k) => `"${k}"`).join(', ')})` : ''}` });
        continue;
      }
      if (named.length > 1) {
        out.push({ path, message: `a predicate has exactly one of ${PREDICATE_KEYS.join(', ')} (found ${named.join(', ')})` });
        continue;
      }
      const branch = issue.errors.find((errs) => !errs.some((e) => mentionsKey(e, named[0])));
      if (branch) {
        out.push(...simplifyIssues(branch, input, path));
        continue;
      }
    }
    out.push({ path, message: messageOf(issue, path) });
  }
  return out;
}

/** Does this branch issue complain about the key (unknown there, or missing)? */
function mentionsKey(e: z.core.$ZodIssue, key: string): boolean {
  if (e.path.length === 0 && e.code === 'unrecognized_keys') return e.keys.includes(key);
  return e.path.length === 1 && e.path[0] === key && e.code === 'invalid_type' && /received undefined/.test(e.message);
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let cur: any = input;
  for (const p of path) cur = cur == null ? undefined : cur[p];
  return cur;
}

function messageOf(issue: z.core.$ZodIssue, path: (string | number)[]): string {
  const last = path[path.length - 1];
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    if (last === 'ko' || last === 'en') return `missing ${last === 'ko' ? 'Korean (ko)' : 'English (en)'} translation`;
    return `missing required field "${String(last)}"`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `"${String(last)}" must be one of: ${(issue.values as unknown[]).map((v) => String(v)).join(', ')}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
  return issue.message.replace(/^Invalid input: /, '');
}
