// Turns zod's issues into the few messages an author can act on. Unions (predicates) report
// every branch; we keep the branch that got furthest into the input, which is the one the
// author meant (`field:` with a bad `path` rather than "not an `object:` predicate").
import type { z } from 'zod';

export interface SimpleIssue {
  path: (string | number)[];
  message: string;
}

export function simplifyIssues(issues: readonly z.core.$ZodIssue[], base: (string | number)[] = []): SimpleIssue[] {
  const out: SimpleIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = bestBranch(issue.errors);
      if (best) {
        out.push(...simplifyIssues(best, path));
        continue;
      }
    }
    out.push({ path, message: messageOf(issue, path) });
  }
  return out;
}

/** The branch whose errors sit deepest, ignoring branches that failed on a different key set. */
function bestBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] | undefined {
  let best: z.core.$ZodIssue[] | undefined;
  let bestScore = -Infinity;
  for (const errs of branches) {
    const misses = errs.filter((e) => e.code === 'unrecognized_keys' || (e.code === 'invalid_type' && e.path.length === 1 && /received undefined/.test(e.message))).length;
    const depth = Math.max(...errs.map((e) => e.path.length + (e.code === 'invalid_union' ? 1 : 0)));
    const score = depth * 10 - misses * 100 - errs.length;
    if (score > bestScore) {
      bestScore = score;
      best = errs;
    }
  }
  return best;
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
  if (issue.code === 'invalid_union') {
    return 'not a valid predicate: expected one of object, absent, field, count, endpoints, podsReady, file, request, lastCommand, place, all, any, not';
  }
  return issue.message.replace(/^Invalid input: /, '');
}
