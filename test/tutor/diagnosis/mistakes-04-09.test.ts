// Realistic beginners' mistakes in lessons 04–09, each typed at its step through the Tutor, and
// what the tutor says back, in both languages: the specific mistake, named — or nothing, for
// a correct look-around step. (Seed 1: addresses and pod names are the simulation's own.)
import { describeMistakes, type Mistake, POD } from './at-step.js';

const MISTAKES: Mistake[] = [
  {
    // Right request, wrong place: said at once, not left for /check.
    lesson: "09-nodeport", step: "curl-node", line: `kubectl exec ${POD} -- curl -s http://$(kubectl get nodes -o jsonpath='{.items[1].status.addresses[0].address}'):30123`,
    en: "Your last curl ran from pod `kubia-f5cpb` (to http://172.18.0.3:30123/) and got an answer; the task wants it from the laptop.",
    ko: "마지막 curl 요청은 파드 `kubia-f5cpb` 안에서 http://172.18.0.3:30123/ 주소로 보냈고 응답을 받았어요. 과제는 노트북에서 보내는 거예요.",
  },
  {
    lesson: "09-nodeport", step: "taken", line: "kubectl create -f kubia-svc-nodeport2.yaml",
    en: "Node port 30123 already belongs to Service `kubia-nodeport`: a node port is unique across the cluster, so `kubia-nodeport2` can't have it too. Leave `nodePort` out and Kubernetes picks a free one (30000–32767), or choose a port no Service uses.",
    ko: "노드 포트 30123번은 이미 `kubia-nodeport` 서비스가 쓰고 있어요. 노드 포트는 클러스터 전체에서 하나의 서비스만 쓸 수 있어서 `kubia-nodeport2` 서비스는 같은 번호를 가질 수 없어요. `nodePort`를 빼면 쿠버네티스가 30000–32767 범위에서 빈 포트를 골라 주고, 아니면 아무 서비스도 쓰지 않는 포트를 고르세요.",
  },
  {
    lesson: "09-nodeport", step: "curl-node", line: "curl -s --connect-timeout 3 http://172.18.0.9:30123",
    en: "172.18.0.9 is not an address of this cluster. The nodes are control-plane (172.18.0.2), worker1 (172.18.0.3), worker2 (172.18.0.4), worker3 (172.18.0.5).",
    ko: "172.18.0.9 주소는 이 클러스터의 주소가 아니에요. 노드 목록: control-plane (172.18.0.2), worker1 (172.18.0.3), worker2 (172.18.0.4), worker3 (172.18.0.5)",
  },
  {
    lesson: "04-multi-port-named-ports", step: "create-multi", line: "kubectl create -f kubia-svc-named-ports.yml",
    en: "There is no file `kubia-svc-named-ports.yml` — did you mean `kubia-svc-named-ports.yaml`? (`ls` lists the files here.)",
    ko: "`kubia-svc-named-ports.yml` 파일은 없어요. 혹시 `kubia-svc-named-ports.yaml` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)",
  },
  {
    lesson: "04-multi-port-named-ports", step: "create-multi", line: "kubectl create -f kubia-svc-named-ports.yaml",
    en: "✓ Service `kubia` is set as the task asks: port of port `http` is 80, targetPort of port `http` is 8080, port of port `https` is 443 and targetPort of port `https` is 8443. One thing is left: now look at the Service's PORT(S) column with `kubectl get svc kubia`.",
    ko: "✓ 서비스 `kubia`의 설정이 과제대로예요: `http` 포트의 port 값 80, `http` 포트의 targetPort 값 8080, `https` 포트의 port 값 443, `https` 포트의 targetPort 값 8443. 이제 하나 남았어요: 이제 `kubectl get svc kubia`로 서비스의 PORT(S) 열을 보세요.",
  },
  {
    lesson: "05-env-discovery", step: "book-form", line: "env | grep SERVICE",
    en: "`env` ran on your laptop, so it lists your laptop's variables; Kubernetes sets the Service variables (`…_SERVICE_HOST`) inside containers. Run it in a pod with `kubectl exec`, for example in `kubia-f5cpb`.",
    ko: "`env` 명령이 노트북에서 실행되어 노트북의 변수만 보여요. 서비스 환경변수(`…_SERVICE_HOST`)는 쿠버네티스가 컨테이너 안에 설정해요. `kubectl exec`로 파드 안에서 실행하세요. 예: `kubia-f5cpb` 파드",
  },
  {
    lesson: "05-env-discovery", step: "book-form", line: "kubectl exec kubia-xxxxx env | grep SERVICE",
    en: "There is no pod `kubia-xxxxx`. Pods made by a controller get random names, and new ones when they are recreated; the pods now are `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`.",
    ko: "`kubia-xxxxx` 파드는 없어요. 컨트롤러가 만든 파드는 임의의 이름을 받고, 다시 만들어질 때마다 새 이름을 받아요. 지금 파드: `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`",
  },
  {
    lesson: "05-env-discovery", step: "use-vars", line: 'kubectl exec kubia-f5cpb -- sh -c "curl -s http://$KUBIA_SERVICE_HOST:$KUBIA_SERVICE_PORT"',
    en: "Your laptop's shell expanded `$KUBIA_SERVICE_HOST`, `$KUBIA_SERVICE_PORT` before kubectl ran — they are empty on the laptop (Kubernetes sets them inside containers), so the command reached the pod with those values empty. Single quotes pass the text to the pod's shell untouched: `kubectl exec kubia-f5cpb -- sh -c 'curl -s http://$KUBIA_SERVICE_HOST:$KUBIA_SERVICE_PORT'`",
    ko: "kubectl이 실행되기 전에 노트북의 셸이 `$KUBIA_SERVICE_HOST`, `$KUBIA_SERVICE_PORT` 변수를 먼저 풀었어요. 노트북에는 이 변수가 없어서(쿠버네티스는 컨테이너 안에 설정해요) 값이 빈 채로 명령이 파드에 전달됐어요. 작은따옴표로 감싸면 글자 그대로 파드의 셸에 전달돼요: `kubectl exec kubia-f5cpb -- sh -c 'curl -s http://$KUBIA_SERVICE_HOST:$KUBIA_SERVICE_PORT'`",
  },
  {
    lesson: "05-env-discovery", step: "use-vars", line: "kubectl exec kubia-f5cpb -- curl -s http://$KUBIA_SERVICE_HOST:$KUBIA_SERVICE_PORT",
    en: "Your laptop's shell expanded `$KUBIA_SERVICE_HOST`, `$KUBIA_SERVICE_PORT` before kubectl ran — they are empty on the laptop (Kubernetes sets them inside containers), so the command reached the pod with those values empty. Single quotes pass the text to the pod's shell untouched: `kubectl exec kubia-f5cpb -- sh -c 'curl -s http://$KUBIA_SERVICE_HOST:$KUBIA_SERVICE_PORT'`",
    ko: "kubectl이 실행되기 전에 노트북의 셸이 `$KUBIA_SERVICE_HOST`, `$KUBIA_SERVICE_PORT` 변수를 먼저 풀었어요. 노트북에는 이 변수가 없어서(쿠버네티스는 컨테이너 안에 설정해요) 값이 빈 채로 명령이 파드에 전달됐어요. 작은따옴표로 감싸면 글자 그대로 파드의 셸에 전달돼요: `kubectl exec kubia-f5cpb -- sh -c 'curl -s http://$KUBIA_SERVICE_HOST:$KUBIA_SERVICE_PORT'`",
  },
  {
    lesson: "05-env-discovery", step: "recreate", line: "kubectl delete pods --all",
    en: "",
    ko: "",
  },
  {
    lesson: "05-env-discovery", step: "recreate", setup: ["kubectl delete pods --all"], line: "kubectl exec kubia-f5cpb -- env",
    en: "There is no pod `kubia-f5cpb`. Pods made by a controller get random names, and new ones when they are recreated; the pods now are `kubia-4sjzv`, `kubia-n7zkt`, `kubia-vx9v7`.",
    ko: "`kubia-f5cpb` 파드는 없어요. 컨트롤러가 만든 파드는 임의의 이름을 받고, 다시 만들어질 때마다 새 이름을 받아요. 지금 파드: `kubia-4sjzv`, `kubia-n7zkt`, `kubia-vx9v7`",
  },
  {
    lesson: "06-dns-discovery", step: "coredns", line: "kubectl get pods -n kube-sytem",
    en: "There is no namespace `kube-sytem` — kubectl just finds nothing in a namespace that doesn't exist. Did you mean `kube-system`?",
    ko: "`kube-sytem` 네임스페이스는 없어요. 없는 네임스페이스에서는 kubectl이 아무것도 찾지 못할 뿐이에요. 혹시 `kube-system` 아닌가요?",
  },
  {
    // `kubectl create service nodeport` selects app=<its own name>: no kubia pod behind it.
    lesson: "09-nodeport", step: "taken", line: "kubectl create service nodeport kubia-nodeport2 --tcp=80:8080",
    en: "✓ Service `kubia-nodeport2` exists and is set as the task asks: type is `NodePort`. Service `kubia-nodeport2`: nodePort of the first port is not 30123, as the task asks. One thing is left: Service `kubia-nodeport2`: label `app` of the selector is `kubia-nodeport2`; the task wants `kubia`.",
    ko: "✓ 서비스 `kubia-nodeport2` 객체가 있고 설정도 과제대로예요: type 값 `NodePort`. 서비스 `kubia-nodeport2`: 첫 번째 포트의 nodePort 값이 과제대로 30123 아닌 값이에요. 이제 하나 남았어요: 서비스 `kubia-nodeport2`: 셀렉터의 `app` 레이블 값이 `kubia-nodeport2` 상태예요. 과제에서 원하는 값은 `kubia` 입니다.",
  },
  {
    // A node port on a cluster IP (the API server's): the address is the mistake, not the port.
    lesson: "09-nodeport", step: "curl-node", line: "curl http://10.96.0.1:30123",
    en: "10.96.0.1 is the cluster IP of Service `kubernetes`: it only answers inside the cluster, so your curl from the laptop got no answer. From outside, use a node's address and the node port: `curl http://172.18.0.2:30123`.",
    ko: "10.96.0.1 주소는 서비스 `kubernetes`의 클러스터 IP예요. 클러스터 안에서만 응답하므로 노트북에서 보낸 curl 요청에는 답이 없어요. 밖에서는 노드 주소와 노드 포트를 쓰세요: `curl http://172.18.0.2:30123`",
  },
  {
    // The Service is right, the namespace is misspelt: the whole cluster name is offered.
    lesson: "06-dns-discovery", step: "short-names", line: "curl http://kubia.defualt",
    en: "The cluster's DNS has no name `kubia.defualt` — did you mean `kubia.default`?",
    ko: "클러스터 DNS에는 `kubia.defualt` 이름이 없어요. 혹시 `kubia.default` 아닌가요?",
  },
  {
    lesson: "06-dns-discovery", step: "fqdn", line: "curl -s http://kubia.default.svc.cluster.locl",
    en: "The cluster's DNS has no name `kubia.default.svc.cluster.locl` — did you mean `kubia.default.svc.cluster.local`?",
    ko: "클러스터 DNS에는 `kubia.default.svc.cluster.locl` 이름이 없어요. 혹시 `kubia.default.svc.cluster.local` 아닌가요?",
  },
  {
    // The book's DNS tools are not in the kubia image: say what it has instead.
    lesson: "06-dns-discovery", step: "fqdn", setup: ["kubectl exec -it kubia-f5cpb -- bash"], line: "nslookup kubia.default.svc.cluster.local",
    en: "This container (pod `kubia-f5cpb`, image `luksa/kubia`) has no `nslookup`. It has `cat` and `curl`: `cat /etc/resolv.conf` shows the DNS server and search domains the pod uses, and `curl -s http://kubia.default.svc.cluster.local` shows whether the name resolves (curl exits with code 6 when it doesn't). For `nslookup` itself, go back to the laptop (`exit`) and start a pod from an image that has it: `kubectl run dnsutils --image=tutum/dnsutils --command -- sleep infinity`, then `kubectl exec dnsutils -- nslookup kubia.default.svc.cluster.local`.",
    ko: "이 컨테이너(파드 `kubia-f5cpb`, 이미지 `luksa/kubia`)에는 `nslookup` 명령이 없어요. 대신 `cat`과 `curl`이 있어요: `cat /etc/resolv.conf` 명령은 파드가 쓰는 DNS 서버와 검색 도메인을 보여 주고, `curl -s http://kubia.default.svc.cluster.local` 명령은 그 이름이 풀리는지 보여 줘요(안 풀리면 종료 코드 6). `nslookup` 명령 자체를 쓰려면 노트북으로 돌아가서(`exit`) 그 도구가 있는 이미지로 파드를 만드세요: `kubectl run dnsutils --image=tutum/dnsutils --command -- sleep infinity` 다음에 `kubectl exec dnsutils -- nslookup kubia.default.svc.cluster.local`",
  },
  {
    lesson: "06-dns-discovery", step: "enter-pod", line: "nslookup kubia",
    en: "You ran nslookup on your laptop, whose DNS server doesn't know the cluster's names like `kubia`. Look it up from inside a pod. Pod `kubia-f5cpb` has no `nslookup`, but its curl resolves names too: `kubectl exec kubia-f5cpb -- curl -s http://kubia`.",
    ko: "nslookup 명령을 노트북에서 실행했어요. 노트북의 DNS 서버는 `kubia` 같은 클러스터 이름을 몰라요. 파드 안에서 조회하세요. 파드 `kubia-f5cpb` 안에는 `nslookup` 명령이 없지만 curl도 이름을 풀어요: `kubectl exec kubia-f5cpb -- curl -s http://kubia`",
  },
  {
    lesson: "06-dns-discovery", step: "enter-pod", line: "curl -s http://kubia.default",
    en: "`kubia.default` is a name of the cluster's DNS, which your laptop doesn't use. Run curl inside a pod: `kubectl exec kubia-f5cpb -- curl -s http://kubia.default`.",
    ko: "`kubia.default` 이름은 클러스터 DNS의 이름이고, 노트북은 그 DNS를 쓰지 않아요. 파드 안에서 curl을 실행하세요: `kubectl exec kubia-f5cpb -- curl -s http://kubia.default`",
  },
  {
    lesson: "06-dns-discovery", step: "short-names", line: "curl -s http://kubia.default",
    en: "✓ A curl from inside a pod to Service `kubia` got the result the task asks for. One thing is left: the task wants `kubia` looked up with `curl` from inside a pod and answered; that hasn't happened in this step yet. Your last look-up asked for `kubia.default` with `curl` from pod `kubia-f5cpb` and got an answer.",
    ko: "✓ 파드 안에서 서비스 `kubia` 쪽으로 보낸 curl 요청이 과제에서 원하는 결과를 받았어요. 이제 하나 남았어요: 과제는 파드 안에서 `curl` 명령으로 `kubia` 이름을 조회해 답을 받는 거예요. 이 단계에서는 아직 없어요. 마지막 조회는 파드 `kubia-f5cpb` 안에서 `curl` 명령으로 `kubia.default` 이름을 물었고 답을 받았어요.",
  },
  {
    lesson: "06-dns-discovery", step: "short-names", line: "kubectl get pods",
    en: "You are in pod `kubia-f5cpb`'s shell, and kubectl isn't installed in the pod — it runs on your laptop. Type `exit` to go back to the laptop.",
    ko: "지금은 파드 `kubia-f5cpb`의 셸 안이에요. 파드에는 kubectl이 없고, kubectl은 노트북에서 실행해요. `exit`를 입력해 노트북으로 돌아가세요.",
  },
  {
    lesson: "07-endpoints-manual", step: "manual-endpoints", line: "kubectl create -f external-service-endpoint.yaml",
    en: "There is no file `external-service-endpoint.yaml` — did you mean `external-service-endpoints.yaml`? (`ls` lists the files here.)",
    ko: "`external-service-endpoint.yaml` 파일은 없어요. 혹시 `external-service-endpoints.yaml` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)",
  },
  {
    lesson: "07-endpoints-manual", step: "get-endpoints", line: "kubectl get endpoint kubia",
    en: "Kubernetes has no resource type `endpoint` — did you mean `endpoints`? (`kubectl api-resources` lists them all.)",
    ko: "쿠버네티스에는 `endpoint` 리소스 종류가 없어요. 혹시 `endpoints` 아닌가요? (`kubectl api-resources`로 전체 목록을 볼 수 있어요.)",
  },
  {
    // The document's point: the Endpoints object must carry the Service's name.
    lesson: "07-endpoints-manual", step: "manual-endpoints",
    line: "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Endpoints\nmetadata:\n  name: external-svc\nsubsets:\n  - addresses:\n    - ip: 11.11.11.11\n    - ip: 22.22.22.22\n    ports:\n    - port: 80\nEOF",
    en: "The Endpoints `external-svc` were created, but no Service has that name: a Service uses only the Endpoints object of its own name. Give them the Service's name: `external-service`.",
    ko: "`external-svc` 엔드포인트 오브젝트가 만들어졌지만 이름이 같은 서비스가 없어요. 서비스는 자기와 이름이 같은 엔드포인트 오브젝트만 쓰므로, 엔드포인트 이름을 서비스 이름과 똑같이 맞춰야 해요: `external-service`",
  },
  {
    lesson: "07-endpoints-manual", step: "reach-external", line: `kubectl exec ${POD} -- curl -s http://external-servic`,
    en: "There is no Service `external-servic` — did you mean `external-service`?",
    ko: "`external-servic` 서비스는 없어요. 혹시 `external-service` 아닌가요?",
  },
  {
    lesson: "08-externalname", step: "nslookup", line: "nslookup external-service",
    en: "You ran nslookup on your laptop, whose DNS server doesn't know the cluster's names like `external-service`. Run it inside a pod: `kubectl exec dnsutils -- nslookup external-service`.",
    ko: "nslookup 명령을 노트북에서 실행했어요. 노트북의 DNS 서버는 `external-service` 같은 클러스터 이름을 몰라요. 파드 안에서 실행하세요: `kubectl exec dnsutils -- nslookup external-service`",
  },
  {
    lesson: "08-externalname", step: "host-header", line: `kubectl exec ${POD} -- curl -s -H 'Host: api.somecompany.co' http://external-service`,
    en: "No site here is called `api.somecompany.co` — did you mean `api.somecompany.com`?",
    ko: "`api.somecompany.co` 이름의 사이트는 여기 없어요. 혹시 `api.somecompany.com` 아닌가요?",
  },
  {
    lesson: "09-nodeport", step: "curl-node", line: "curl -s --max-time 3 http://$(kubectl get svc kubia-nodeport -o jsonpath='{.spec.clusterIP}')",
    en: "10.103.149.189 is the cluster IP of Service `kubia-nodeport`: it only answers inside the cluster, so your curl from the laptop got no answer. From outside, use a node's address and the node port: `curl http://172.18.0.2:30123`.",
    ko: "10.103.149.189 주소는 서비스 `kubia-nodeport`의 클러스터 IP예요. 클러스터 안에서만 응답하므로 노트북에서 보낸 curl 요청에는 답이 없어요. 밖에서는 노드 주소와 노드 포트를 쓰세요: `curl http://172.18.0.2:30123`",
  },
  {
    lesson: "09-nodeport", step: "curl-node", line: "curl -s http://$(kubectl get nodes -o jsonpath='{.items[1].status.addresses[0].address}'):30124",
    en: "No Service has node port 30124, so node worker1 refused it. `kubia-nodeport` listens on node port 30123.",
    ko: "30124번을 노드 포트로 쓰는 서비스가 없어서 노드 worker1에서 연결을 거부했어요. `kubia-nodeport` 서비스의 노드 포트는 30123번이에요.",
  },
  {
    lesson: "09-nodeport", step: "create", line: "kubectl create -f kubia-svc-nodeport.yml",
    en: "There is no file `kubia-svc-nodeport.yml` — did you mean `kubia-svc-nodeport.yaml`? (`ls` lists the files here.)",
    ko: "`kubia-svc-nodeport.yml` 파일은 없어요. 혹시 `kubia-svc-nodeport.yaml` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)",
  },
];

describeMistakes('the tutor names the mistake (lessons 04–09)', MISTAKES);
