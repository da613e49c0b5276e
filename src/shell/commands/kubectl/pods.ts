// Finding the pod and container that logs/exec talk to: `POD`, `pod/POD` or `rc/NAME`
// (kubectl picks a pod of the controller and says so), and the container rules
// (`-c`, the default-container annotation, else the first one).
import type { Pod } from 'kubernetes-types/core/v1.js';
import { selectorFromLabelSelector, selectorFromMap, selectorToString } from '../../../cluster/api/selector.js';
import { KubectlExit, usageError, type Invocation } from './kube.js';
import { resolveType } from './resources.js';

/** Resolves `POD` or `TYPE/NAME` to a pod (throws NotFound as the API does). */
export function findPod(inv: Invocation, ref: string): Readonly<Pod> {
  const slash = ref.indexOf('/');
  if (slash < 0) return inv.cluster.api.get('Pod', inv.namespace, ref);
  const info = resolveType(ref.slice(0, slash));
  const name = ref.slice(slash + 1);
  if (info.kind === 'Pod') return inv.cluster.api.get('Pod', inv.namespace, name);
  const owner = inv.cluster.api.get(info.kind, inv.namespace, name) as any;
  let sel: string;
  if (info.kind === 'ReplicationController' || info.kind === 'Service') sel = selectorToString(selectorFromMap(owner.spec?.selector));
  else if (info.kind === 'ReplicaSet' || info.kind === 'Deployment') sel = selectorToString(selectorFromLabelSelector(owner.spec?.selector));
  else throw usageError(`cannot attach to *v1.${info.kind}: selector for *v1.${info.kind} not implemented`);
  const pods = inv.cluster.api.list('Pod', inv.namespace, sel);
  if (pods.length === 0) throw usageError(`timed out waiting for the condition`);
  if (pods.length > 1) inv.err.push(`Found ${pods.length} pods, using pod/${pods[0].metadata?.name}\n`);
  return pods[0];
}

/** The container kubectl uses: `-c`, the default-container annotation, else the first. */
export function pickContainer(inv: Invocation, pod: Readonly<Pod>, requested: string, forLogs: boolean): string {
  const names = (pod.spec?.containers ?? []).map((c) => c.name);
  if (requested) {
    if (!names.includes(requested)) {
      throw new KubectlExit(
        forLogs
          ? `error: container ${requested} is not valid for pod ${pod.metadata?.name}\n`
          : `Error from server (BadRequest): container ${requested} is not valid for pod ${pod.metadata?.name}\n`,
      );
    }
    return requested;
  }
  const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && names.includes(annotated)) return annotated;
  if (names.length > 1) inv.err.push(`Defaulted container "${names[0]}" out of: ${names.join(', ')}\n`);
  return names[0];
}

/** Why a container cannot be reached yet (`ContainerCreating`), or undefined if it runs. */
export function waitingReason(pod: Readonly<Pod>, container: string): string | undefined {
  const st = pod.status?.containerStatuses?.find((s) => s.name === container);
  if (!st) return pod.status?.phase === 'Pending' ? 'ContainerCreating' : undefined;
  if (st.state?.waiting) return st.state.waiting.reason ?? 'ContainerCreating';
  return undefined;
}
