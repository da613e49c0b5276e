// Which steps of a lesson run on a real cluster. A check that reads the cluster's objects,
// endpoints, ready pods, the last command or a file in the home directory works anywhere;
// one that reads request traces, the learner's place (laptop / pod / node) or a file inside
// a pod, a node or outside the home directory needs the simulation. So does a step the
// author marked `needs: simulation` (its solution sshes to a node, say).
import { LAPTOP_HOME } from '../../shell/home/index.js';
import type { ExerciseStep, Leaf, Predicate, Step, Text } from '../schema.js';

export interface RealClusterPlan {
  /** True when the step runs (with `check`) on a real cluster. */
  runs: boolean;
  /** The check to use there: the step's own, or its `realCluster.check`. */
  check?: Predicate;
  /** Why the step is skipped (when it does not run). */
  why?: Text;
}

/** What in a check only the simulation can answer; undefined when nothing. */
export function simulationOnly(p: Predicate): Leaf | undefined {
  if ('all' in p) return p.all.map(simulationOnly).find(Boolean);
  if ('any' in p) return p.any.map(simulationOnly).find(Boolean);
  if ('not' in p) return simulationOnly(p.not);
  if ('request' in p || 'place' in p) return p;
  if ('file' in p && (p.file.place !== 'laptop' || !p.file.path.startsWith(`${LAPTOP_HOME}/`))) return p;
  return undefined;
}

function reasonOf(leaf: Leaf): Text {
  if ('request' in leaf) return { ko: '이 단계의 확인은 시뮬레이션만 기록하는 요청 추적(누가 어느 파드에 닿았는지)을 읽습니다.', en: "This step's check reads the request traces (which pod a request reached) that only the simulation records." };
  if ('place' in leaf) return { ko: '이 단계의 확인은 학습자가 지금 노트북·파드·노드 중 어디에 있는지 봅니다. 실제 클러스터에서는 알 수 없습니다.', en: "This step's check looks at where the learner is (laptop, pod or node), which a real cluster cannot tell." };
  return { ko: '이 단계의 확인은 홈 디렉터리 밖(파드, 노드, /etc)의 파일을 읽습니다. 실제 클러스터에서는 건드리지 않습니다.', en: "This step's check reads a file outside the home directory (in a pod, on a node, under /etc), which kubetour does not touch on a real cluster." };
}

const MARKED: Text = {
  ko: '이 단계는 시뮬레이션에서만 할 수 있는 일(노드 접속, 시계 넘기기 같은)을 합니다.',
  en: 'This step does what only the simulation can (logging in to a node, moving the clock, and the like).',
};

export function realClusterPlan(step: ExerciseStep): RealClusterPlan {
  const fallback = step.realCluster?.check;
  const leaf = simulationOnly(step.check);
  if (step.needs !== 'simulation' && !leaf) return { runs: true, check: step.check };
  if (fallback && !simulationOnly(fallback)) return { runs: true, check: fallback };
  return { runs: false, why: step.realCluster?.why ?? (leaf ? reasonOf(leaf) : MARKED) };
}

/** Every exercise of a lesson with its plan, in order. */
export function lessonPlan(steps: Step[]): { step: ExerciseStep; plan: RealClusterPlan }[] {
  return steps.filter((s): s is ExerciseStep => s.type === 'exercise').map((step) => ({ step, plan: realClusterPlan(step) }));
}
