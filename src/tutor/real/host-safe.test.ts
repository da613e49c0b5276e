import { describe, expect, it } from 'vitest';
import { tutorMayRun } from './host-safe.js';

describe('tutorMayRun', () => {
  it('runs plain kubectl lines, jsonpath and JSON patches included', () => {
    expect(tutorMayRun('kubectl expose rc kubia --port=80 --target-port=8080')).toBe(true);
    expect(tutorMayRun("kubectl get svc kubia -o jsonpath='{.spec.clusterIP}'")).toBe(true);
    expect(tutorMayRun(`kubectl patch svc kubia -p '{"spec":{"sessionAffinity":"ClientIP"}}'`)).toBe(true);
    expect(tutorMayRun('kubectl exec kubia-abcde -- curl -s http://kubia')).toBe(true);
    expect(tutorMayRun('sleep 10')).toBe(true);
    expect(tutorMayRun('openssl genrsa -out tls.key 2048')).toBe(true);
    expect(tutorMayRun('cat kubia-ingress.yaml')).toBe(true);
  });

  it('never edits host files, reaches the network or composes commands', () => {
    expect(tutorMayRun(`echo "$(kubectl get ingress kubia -o jsonpath='{.status.loadBalancer.ingress[0].ip}') kubia.example.com" >> /etc/hosts`)).toBe(false);
    expect(tutorMayRun('curl http://kubia.example.com')).toBe(false);
    expect(tutorMayRun("curl -s http://$(kubectl get nodes -o jsonpath='{.items[1].status.addresses[0].address}'):30123")).toBe(false);
    expect(tutorMayRun('ping -c 3 kubia')).toBe(false);
    expect(tutorMayRun('cat /etc/resolv.conf')).toBe(false);
    expect(tutorMayRun('cat ../secret')).toBe(false);
    expect(tutorMayRun('kubectl get pods | grep kubia')).toBe(false);
    expect(tutorMayRun('kubectl get pods; rm -rf x')).toBe(false);
    expect(tutorMayRun('kubectl get pods > out.txt')).toBe(false);
    expect(tutorMayRun('kubectl get pods $HOME')).toBe(false);
    expect(tutorMayRun('for i in $(seq 10); do kubectl get pods; done')).toBe(false);
    expect(tutorMayRun("kubectl get pods -o jsonpath='{.items}' 'unterminated")).toBe(false);
  });

  it('reads a value from the cluster into a line through $(kubectl …)', () => {
    expect(tutorMayRun("kubectl exec $(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}') -- touch /var/ready")).toBe(true);
    expect(tutorMayRun("kubectl exec $(kubectl get pods -o jsonpath='{.items[0].metadata.name}') -- curl -s http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')")).toBe(true);
    expect(tutorMayRun('kubectl exec $(kubectl get pods -o name | head -1) -- env')).toBe(false);
    expect(tutorMayRun('kubectl exec $(rm -rf x) -- env')).toBe(false);
    expect(tutorMayRun('kubectl exec $(cat /etc/passwd) -- env')).toBe(false);
    expect(tutorMayRun('kubectl exec $(kubectl get pods $(id -u)) -- env')).toBe(false);
    expect(tutorMayRun("curl -s http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')")).toBe(false);
  });

  it('types a literal manifest into kubectl through a heredoc, nothing expanded', () => {
    expect(tutorMayRun('kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nEOF')).toBe(true);
    expect(tutorMayRun("kubectl apply -f - <<'EOF'\nvalue: $(rm -rf x)\nEOF")).toBe(true);
    expect(tutorMayRun('kubectl apply -f - <<EOF\nvalue: $(rm -rf x)\nEOF')).toBe(false);
    expect(tutorMayRun('cat > /etc/hosts <<EOF\n1.2.3.4 x\nEOF')).toBe(false);
    expect(tutorMayRun('kubectl apply -f - <<EOF\nkind: Service\nEND')).toBe(false);
  });

  it('leaves interactive kubectl to the learner', () => {
    expect(tutorMayRun('kubectl exec -it kubia-abcde -- bash')).toBe(false);
    expect(tutorMayRun('kubectl exec -ti kubia-abcde -- sh')).toBe(false);
    expect(tutorMayRun('kubectl edit svc kubia')).toBe(false);
  });
});
