import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { unknownAddress } from './node-port.js';

const LB = ['kubectl create -f kubia-svc-loadbalancer.yaml'];

describe('unknown-address', () => {
  testRule(unknownAddress, {
    valid: [
      // The learner's own Service answers: nothing to say.
      { line: "kubectl exec $(kubectl get pods -o name | head -1 | cut -d/ -f2) -- curl -s http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')", setup: ['kubectl expose rc kubia --port=80 --target-port=8080'] },
      // A node's address: reachable, whatever the port does.
      { line: 'curl -s --connect-timeout 3 http://172.18.0.3:30123' },
      // A host of the simulated internet.
      { line: 'curl -s http://www.google.com' },
    ],
    invalid: [
      {
        // localhost, as on minikube or kind: the node port is on the nodes.
        setup: ['kubectl create -f kubia-svc-nodeport.yaml'],
        line: 'curl -s --max-time 2 http://localhost:30123',
        en: "localhost (127.0.0.1) is your own machine. Service `kubia-nodeport`'s node port 30123 opens on the cluster's nodes: `curl http://172.18.0.3:30123` (the nodes' addresses are the INTERNAL-IP column of `kubectl get nodes -o wide`).",
        ko: 'localhost(127.0.0.1)는 여러분의 컴퓨터 자신이에요. 서비스 `kubia-nodeport`의 노드 포트 30123번은 클러스터 노드의 주소에 열려요: `curl http://172.18.0.3:30123` (노드 주소는 `kubectl get nodes -o wide`의 INTERNAL-IP 열에 있어요)',
      },
      {
        line: 'curl -s --max-time 2 http://127.0.0.1:8080',
        en: 'localhost (127.0.0.1) is your own machine, not an address of the cluster. `kubectl get nodes -o wide` (nodes) and `kubectl get svc` (Services) show the cluster\'s addresses.',
        ko: 'localhost(127.0.0.1)는 여러분의 컴퓨터 자신이고, 클러스터의 주소가 아니에요. 클러스터의 주소는 `kubectl get nodes -o wide`(노드)와 `kubectl get svc`(서비스)로 볼 수 있어요.',
      },
      {
        // The book's cluster IP, from inside a pod.
        setup: ['kubectl expose rc kubia --port=80 --target-port=8080'],
        line: 'kubectl exec $(kubectl get pods -o name | head -1 | cut -d/ -f2) -- curl -s --max-time 2 http://10.111.249.153',
        en: "No Service has the cluster IP 10.111.249.153 (addresses in the document belong to the book's cluster). Here Service `kubia` has 10.103.149.189 — the CLUSTER-IP of `kubectl get svc kubia`.",
        ko: '10.111.249.153 주소를 클러스터 IP로 가진 서비스는 없어요(문서에 나온 주소는 책의 클러스터 주소예요). 여기서는 서비스 `kubia`의 클러스터 IP가 10.103.149.189 주소예요(`kubectl get svc kubia`의 CLUSTER-IP 열).',
      },
      {
        line: 'curl -s --max-time 2 http://10.111.249.153',
        en: 'No Service has the cluster IP 10.111.249.153: `kubectl get svc` lists the Services here and their cluster IPs.',
        ko: '10.111.249.153 주소를 클러스터 IP로 가진 서비스는 없어요. `kubectl get svc` 명령으로 여기 있는 서비스와 클러스터 IP를 볼 수 있어요.',
      },
      {
        line: 'curl -s --connect-timeout 3 http://172.18.0.9:30123',
        en: '172.18.0.9 is not an address of this cluster. The nodes are control-plane (172.18.0.2), worker1 (172.18.0.3), worker2 (172.18.0.4), worker3 (172.18.0.5).',
        ko: '172.18.0.9 주소는 이 클러스터의 주소가 아니에요. 노드 목록: control-plane (172.18.0.2), worker1 (172.18.0.3), worker2 (172.18.0.4), worker3 (172.18.0.5)',
      },
      {
        // The book's load balancer address, before this cluster's has one.
        setup: LB,
        line: 'curl -s --connect-timeout 3 http://130.211.53.173',
        en: "No machine answers at 130.211.53.173: it is not an address of this cluster (addresses in the document belong to the book's cluster). Service `kubia-loadbalancer`'s load balancer has no address yet (EXTERNAL-IP is `<pending>`): wait a little (`sleep 10`) and look again with `kubectl get svc kubia-loadbalancer`.",
        ko: '130.211.53.173 주소에서는 아무도 응답하지 않아요. 이 클러스터의 주소가 아니에요(문서에 나온 주소는 책의 클러스터 주소예요). 서비스 `kubia-loadbalancer`의 로드밸런서는 아직 주소가 없어요(EXTERNAL-IP가 `<pending>`). 잠시 기다린 뒤(`sleep 10`) `kubectl get svc kubia-loadbalancer` 명령으로 다시 확인하세요.',
      },
      {
        setup: LB,
        wait: 60,
        line: 'curl -s --connect-timeout 3 http://130.211.53.173',
        en: "No machine answers at 130.211.53.173: it is not an address of this cluster (addresses in the document belong to the book's cluster). Service `kubia-loadbalancer`'s load balancer is at 130.211.166.219 — the EXTERNAL-IP of `kubectl get svc kubia-loadbalancer`.",
        ko: '130.211.53.173 주소에서는 아무도 응답하지 않아요. 이 클러스터의 주소가 아니에요(문서에 나온 주소는 책의 클러스터 주소예요). 서비스 `kubia-loadbalancer`의 로드밸런서 주소는 `kubectl get svc kubia-loadbalancer`의 EXTERNAL-IP 열에 있는 130.211.166.219 주소예요.',
      },
      {
        line: 'curl -s --connect-timeout 3 http://130.211.53.173',
        en: "No machine answers at 130.211.53.173: it is not an address of this cluster (addresses in the document belong to the book's cluster). `kubectl get nodes -o wide` and `kubectl get svc` show the addresses here.",
        ko: '130.211.53.173 주소에서는 아무도 응답하지 않아요. 이 클러스터의 주소가 아니에요(문서에 나온 주소는 책의 클러스터 주소예요). `kubectl get nodes -o wide`와 `kubectl get svc`로 이 클러스터의 주소를 볼 수 있어요.',
      },
    ],
  });
});
