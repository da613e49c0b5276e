// A cluster saved right after it was built and restored from that JSON must behave exactly as
// the one built: same objects and events now, and the same answers to every command after
// (names and addresses drawn from the seeded streams, timers firing, files in containers).
import { describe, expect, it } from 'vitest';
import { Cluster, type SavedCluster } from '../../src/cluster/cluster.js';
import { Session } from '../../src/shell/session.js';

/** A session whose cluster is the saved `seed` cluster, after a trip through JSON text. */
function restoredSession(seed: number, scenario = 'kubia'): Session {
  const saved = JSON.parse(JSON.stringify(Session.saveStartingCluster(seed, scenario))) as SavedCluster;
  return Session.create({ seed, scenario, saved });
}

/** Commands that read every part of the state, change it, and let timers fire. */
function script(s: Session): string[] {
  const pods = s.cluster.store.list('Pod').map((p) => [p.metadata!.namespace!, p.metadata!.name!]);
  const inPods = pods.flatMap(([ns, name]) => [
    `kubectl exec -n ${ns} ${name} -- env`,
    `kubectl exec -n ${ns} ${name} -- ls -la / /etc /var/run/secrets/kubernetes.io/serviceaccount`,
    `kubectl exec -n ${ns} ${name} -- cat /etc/hosts /etc/resolv.conf /var/run/secrets/kubernetes.io/serviceaccount/token`,
    `kubectl logs -n ${ns} ${name}`,
  ]);
  const everything = ['kubectl get all,events,endpoints,endpointslices,leases,serviceaccounts,configmaps,nodes,namespaces -A -o yaml', 'kubectl describe pods -A', 'kubectl describe nodes'];
  return [
    ...everything,
    ...inPods,
    'kubectl expose rc kubia --port=80 --target-port=8080',
    'kubectl create service nodeport np --tcp=80:8080',
    'kubectl create service loadbalancer lb --tcp=80:8080',
    'kubectl scale rc kubia --replicas=5',
    `kubectl delete pod ${pods.find(([, n]) => n.startsWith('kubia-'))![1]}`,
    'sleep 20',
    'kubectl get pods -o wide',
    'kubectl exec deploy/coredns -n kube-system -- cat /etc/hosts',
    'sleep 3700',
    ...everything,
    'kubectl run web --image=nginx',
    'kubectl create deployment dep --image=luksa/kubia --replicas=2',
    'sleep 30',
    ...everything,
  ];
}

describe('a saved cluster restored', () => {
  it.each([1, 2, 7, 42])('answers every command as the cluster it was saved from (seed %i)', async (seed) => {
    const fresh = Session.create({ seed });
    const restored = restoredSession(seed);
    expect(restored.cluster.clock.now()).toBe(fresh.cluster.clock.now());
    for (const line of script(fresh)) {
      const a = await fresh.run(line);
      const b = await restored.run(line);
      expect({ line, out: b.stdout, err: b.stderr, code: b.exitCode }).toEqual({ line, out: a.stdout, err: a.stderr, code: a.exitCode });
    }
  }, 120_000);

  it('is refused when made with other options, and the cluster is built instead', () => {
    const saved = Session.saveStartingCluster(1, 'kubia');
    const other = Cluster.create({ seed: 2, saved });
    expect(other.store.list('Pod').map((p) => p.metadata!.uid)).toEqual(Cluster.create({ seed: 2 }).store.list('Pod').map((p) => p.metadata!.uid));
  });
});
