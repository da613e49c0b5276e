// Where a lesson expects each step to be typed: its own scripts (demos and solutions) are
// replayed one after another when a step is rebuilt, so a solution that opens a pod shell
// (`kubectl exec -it POD -- bash`) puts the next steps inside that pod until one runs `exit`.
// The tutor runs its commands at that depth, whatever shells the learner has opened since.
import type { Lesson } from '../schema.js';

/** +1 for a line that opens an interactive shell, -1 for one that leaves it, else 0. */
export function depthChange(line: string): number {
  const l = line.trim();
  if (/^(exit|logout)(\s+\d+)?$/.test(l)) return -1;
  if (/^ssh(\s+-\S+)*\s+\S+$/.test(l)) return 1;
  if (/^kubectl\s+exec\b/.test(l) && interactive(l) && /\s(--\s+)?(\/bin\/|\/usr\/bin\/)?(bash|sh|ash)$/.test(l)) return 1;
  return 0;
}

function interactive(l: string): boolean {
  return /\s-(it|ti)\b/.test(l) || (/\s(-i|--stdin)\b/.test(l) && /\s(-t|--tty)\b/.test(l));
}

/** For each step, how many shells deep (1: the laptop) the lesson's own path is when it starts. */
export function homeDepths(lesson: Lesson, split: (script: string) => string[]): number[] {
  const out: number[] = [];
  let depth = 1;
  for (const step of lesson.steps) {
    out.push(depth);
    const script = step.type === 'exercise' ? step.solution : step.type === 'message' ? step.run : undefined;
    for (const line of script ? split(script) : []) depth = Math.max(1, depth + depthChange(line));
  }
  return out;
}
