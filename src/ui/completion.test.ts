import { describe, expect, it } from 'vitest';
import { complete, META_COMMANDS, type CompletionSource } from './completion.js';

const src: CompletionSource = {
  commands: ['cat', 'clear', 'curl', 'kubectl', 'ls'],
  metaCommands: META_COMMANDS,
  names: (kind, ns) =>
    ({
      Pod: ns === 'default' ? ['kubia-7nog1', 'kubia-bz2tb', 'kubia-x2l9m'] : ['coredns-1'],
      Service: ['kubernetes', 'kubia', 'kubia-http'],
      Namespace: ['default', 'kube-system'],
    })[kind as string] ?? [],
  listDir: async (dir) => (dir === '.' ? ['kubia-svc.yaml', 'kubia-svc-broken.yaml', 'manifests/', '.bashrc'] : dir === 'manifests/' ? ['ing.yaml'] : []),
};
const at = async (line: string) => {
  const r = await complete(line, line.length, src);
  return r && { line: line.slice(0, r.from) + r.replacement, candidates: r.candidates };
};

describe('completion', () => {
  it('completes commands and meta-commands', async () => {
    expect((await at('kub'))?.line).toBe('kubectl ');
    expect((await at('c'))?.candidates).toEqual(['cat', 'clear', 'curl']);
    expect((await at('/h'))?.candidates).toEqual(['/help', '/hint']);
    expect((await at('/les'))?.line).toBe('/lessons ');
  });
  it('completes kubectl verbs, resource types and object names', async () => {
    expect((await at('kubectl ex'))?.candidates).toEqual(['exec', 'explain', 'expose']);
    expect((await at('kubectl desc'))?.line).toBe('kubectl describe ');
    expect((await at('kubectl get serv'))?.candidates).toEqual(['service', 'serviceaccount', 'serviceaccounts', 'services']);
    expect((await at('kubectl get svc kubia-'))?.line).toBe('kubectl get svc kubia-http ');
    expect((await at('kubectl describe svc/kubia-h'))?.line).toBe('kubectl describe svc/kubia-http ');
    expect((await at('kubectl exec kubia-x'))?.line).toBe('kubectl exec kubia-x2l9m ');
    expect((await at('kubectl -n kube-system exec co'))?.line).toBe('kubectl -n kube-system exec coredns-1 ');
    expect((await at('kubectl get pods -n kube'))?.line).toBe('kubectl get pods -n kube-system ');
  });
  it('completes flags and flag values', async () => {
    expect((await at('kubectl get pods --show'))?.line).toBe('kubectl get pods --show-labels ');
    expect((await at('kubectl expose rc kubia --type=Load'))?.line).toBe('kubectl expose rc kubia --type=LoadBalancer ');
    expect((await at('kubectl get svc -o ya'))?.line).toBe('kubectl get svc -o yaml ');
  });
  it('completes file names from the place filesystem', async () => {
    expect((await at('kubectl create -f kubia-svc'))?.candidates).toEqual(['kubia-svc-broken.yaml', 'kubia-svc.yaml']);
    expect((await at('kubectl create -f kubia-svc.'))?.line).toBe('kubectl create -f kubia-svc.yaml ');
    expect((await at('cat man'))?.line).toBe('cat manifests/');
    expect((await at('cat manifests/i'))?.line).toBe('cat manifests/ing.yaml ');
    expect((await at('cat kubia-svc.yaml | gr'))).toBeUndefined();
  });
  it('returns nothing when nothing matches', async () => {
    expect(await at('kubectl get svc zzz')).toBeUndefined();
  });
});
