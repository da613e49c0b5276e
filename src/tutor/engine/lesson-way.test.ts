import { describe, expect, it } from 'vitest';
import { followedLessonWay, wayOf } from './lesson-way.js';
import { depthChange } from './home-place.js';

describe('the way a command changes the cluster', () => {
  it('names mutating kubectl verbs; create -f and apply are one way; looking is none', () => {
    expect(wayOf('kubectl expose rc kubia --port=80 --target-port=8080')).toBe('kubectl expose');
    expect(wayOf('kubectl -n default edit svc kubia')).toBe('kubectl edit');
    expect(wayOf('kubectl create -f kubia-svc.yaml')).toBe('kubectl apply');
    expect(wayOf('kubectl apply -f kubia-svc.yaml')).toBe('kubectl apply');
    expect(wayOf('kubectl create secret tls tls-secret --cert=tls.cert --key=tls.key')).toBe('kubectl create secret');
    expect(wayOf('kubectl get svc')).toBeUndefined();
    expect(wayOf('curl -s http://10.96.0.1')).toBeUndefined();
  });

  it('a learner who fixed with kubectl edit took another way than expose; get/describe never count', () => {
    const solution = ['kubectl expose rc kubia --port=80 --target-port=8080 --name kubia-http'];
    expect(followedLessonWay(solution, ['kubectl get svc', 'kubectl edit svc kubia-http'])).toBe(false);
    expect(followedLessonWay(solution, ['kubectl expose rc kubia --port=80 --target-port=8080 --name kubia-htp', 'kubectl expose rc kubia --name kubia-http --port=80 --target-port=8080'])).toBe(true);
    // A step about looking: any path is the lesson's.
    expect(followedLessonWay(['kubectl get endpoints kubia'], ['kubectl describe svc kubia'])).toBe(true);
  });
});

describe('shell depth along a lesson path', () => {
  it('counts interactive exec and ssh as entering, exit and logout as leaving', () => {
    expect(depthChange('kubectl exec -it kubia-3inly -- bash')).toBe(1);
    expect(depthChange("kubectl exec -it $(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}') -- bash")).toBe(1);
    expect(depthChange('kubectl exec -i -t kubia-3inly -- /bin/sh')).toBe(1);
    expect(depthChange('kubectl exec kubia-3inly -- curl -s http://kubia')).toBe(0);
    expect(depthChange('ssh worker1')).toBe(1);
    expect(depthChange('ssh worker1 curl -s localhost:30123')).toBe(0);
    expect(depthChange('exit')).toBe(-1);
    expect(depthChange('logout')).toBe(-1);
  });
});
