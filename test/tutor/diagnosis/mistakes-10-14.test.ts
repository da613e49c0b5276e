// Realistic beginners' mistakes in lessons 10–14, each typed at its step through the Tutor, and
// what the tutor says back, in both languages: the specific mistake, named — or nothing, for
// a correct look-around step. (Seed 1: addresses and pod names are the simulation's own.)
import { describeMistakes, type Mistake, POD } from './at-step.js';

const MISTAKES: Mistake[] = [
  {
    // A LoadBalancer's name on the laptop: the way in from outside is its EXTERNAL-IP, not a pod.
    lesson: "10-loadbalancer", step: "curl-lb", line: "curl http://kubia-loadbalancer",
    en: "`kubia-loadbalancer` is a name of the cluster's DNS, which your laptop doesn't use. From outside, LoadBalancer Service `kubia-loadbalancer` is reached at its EXTERNAL-IP: `curl http://130.211.68.215`.",
    ko: "`kubia-loadbalancer` 이름은 클러스터 DNS의 이름이고, 노트북은 그 DNS를 쓰지 않아요. 밖에서는 로드밸런서 서비스 `kubia-loadbalancer`의 EXTERNAL-IP 주소로 접속해요: `curl http://130.211.68.215`",
  },
  {
    lesson: "13-ingress-tls", step: "curl-k", line: "curl -k https://kubia.exmaple.com/kubia",
    en: "The name `kubia.exmaple.com` resolves nowhere — did you mean `kubia.example.com`?",
    ko: "`kubia.exmaple.com` 이름은 어디에서도 찾을 수 없어요. 혹시 `kubia.example.com` 아닌가요?",
  },
  {
    // Port 30123 is the other NodePort Service: the curl answers, but not through the one the step is about.
    lesson: "11-external-traffic-policy", step: "local", line: "curl -s --connect-timeout 3 http://172.18.0.3:30123",
    en: "Your request went to Service `kubia-nodeport` (port 30123); this step is about Service `kubia-nodeport-onlylocal`, on port 30124.",
    ko: "방금 요청은 `kubia-nodeport` 서비스(포트 30123) 쪽으로 갔어요. 이 단계는 `kubia-nodeport-onlylocal` 서비스(포트 30124)에 관한 거예요.",
  },
  {
    lesson: "10-loadbalancer", step: "curl-lb", line: "curl -s --max-time 3 http://$(kubectl get svc kubia-loadbalancer -o jsonpath='{.spec.clusterIP}')",
    en: "10.97.64.155 is the cluster IP of Service `kubia-loadbalancer`: it only answers inside the cluster, so your curl from the laptop got no answer. From outside, use a node's address and the node port: `curl http://172.18.0.2:30439`.",
    ko: "10.97.64.155 주소는 서비스 `kubia-loadbalancer`의 클러스터 IP예요. 클러스터 안에서만 응답하므로 노트북에서 보낸 curl 요청에는 답이 없어요. 밖에서는 노드 주소와 노드 포트를 쓰세요: `curl http://172.18.0.2:30439`",
  },
  {
    lesson: "10-loadbalancer", step: "describe", line: "kubectl describe svc kubia-loadbalancr",
    en: "There is no Service `kubia-loadbalancr` — did you mean `kubia-loadbalancer`?",
    ko: "서비스 `kubia-loadbalancr` 객체는 없어요. 혹시 `kubia-loadbalancer` 아닌가요?",
  },
  {
    lesson: "11-external-traffic-policy", step: "typo", line: "cat kubia-svc-extern-typo.yaml",
    en: "",
    ko: "",
  },
  {
    lesson: "11-external-traffic-policy", step: "fix", line: "kubectl create -f kubia-svc-extern-typo.yaml",
    en: "The API server doesn't know the field `spec.externTrafficPolicy` — did you mean `spec.externalTrafficPolicy`?",
    ko: "API 서버는 `spec.externTrafficPolicy` 필드를 몰라요. 혹시 `spec.externalTrafficPolicy` 아닌가요?",
  },
  {
    lesson: "11-external-traffic-policy", step: "snat", line: "kubectl get pods -o wide",
    en: "",
    ko: "",
  },
  {
    lesson: "11-external-traffic-policy", step: "local", line: "curl -s --connect-timeout 3 http://$(kubectl get nodes -o jsonpath='{.items[0].status.addresses[0].address}'):30124",
    en: "Service `kubia-nodeport-onlylocal` has `externalTrafficPolicy: Local`, and node control-plane runs none of its pods, so the node drops the request. Use a node that runs one: worker2 (172.18.0.4), worker3 (172.18.0.5).",
    ko: "서비스 `kubia-nodeport-onlylocal` 설정은 `externalTrafficPolicy: Local`인데 노드 control-plane에는 그 서비스의 파드가 하나도 없어서 노드가 요청을 버렸어요. 파드가 있는 노드를 쓰세요: worker2 (172.18.0.4), worker3 (172.18.0.5)",
  },
  {
    lesson: "12-ingress", step: "curl", line: "curl -s http://$(kubectl get ingress kubia -o jsonpath='{.status.loadBalancer.ingress[0].ip}')",
    en: "The ingress controller found no rule for this request: you called it by IP, so the Host header was `130.211.5.78`. Its rules are for kubia.example.com. Send the name: `curl -H 'Host: kubia.example.com' http://130.211.5.78`, or add the name to `/etc/hosts`.",
    ko: "인그레스 컨트롤러가 이 요청에 맞는 규칙을 찾지 못했어요. IP로 요청해서 Host 헤더가 `130.211.5.78` 값이었기 때문이에요. 규칙의 호스트: kubia.example.com. 이름을 보내세요: `curl -H 'Host: kubia.example.com' http://130.211.5.78` (또는 `/etc/hosts`에 이름을 추가하세요.)",
  },
  {
    lesson: "12-ingress", step: "curl", line: "curl -s -H 'Host: kubia.exampel.com' http://$(kubectl get ingress kubia -o jsonpath='{.status.loadBalancer.ingress[0].ip}')",
    en: "No Ingress rule is for `kubia.exampel.com` — did you mean `kubia.example.com`?",
    ko: "`kubia.exampel.com` 호스트에 대한 인그레스 규칙은 없어요. 혹시 `kubia.example.com` 아닌가요?",
  },
  {
    lesson: "12-ingress", step: "hosts", line: "echo \"$(kubectl get ingress kubia -o jsonpath='{.status.loadBalancer.ingress[0].ip}') kubia.example.com\" > /etc/hosts",
    en: "A single `>` replaced all of `/etc/hosts` with that one line — `localhost` is gone too. Use `>>` to add a line, and put localhost back: `echo '127.0.0.1 localhost' >> /etc/hosts`",
    ko: "`>` 하나는 `/etc/hosts` 전체를 그 한 줄로 바꿔 버려요. `localhost` 줄도 사라졌어요. 줄을 추가할 때는 `>>`를 쓰고, localhost를 되살리세요: `echo '127.0.0.1 localhost' >> /etc/hosts`",
  },
  {
    // The book's minikube address, copied from the document.
    lesson: "12-ingress", step: "hosts", line: "echo '192.168.99.100 kubia.example.com' >> /etc/hosts",
    en: "`/etc/hosts` sends `kubia.example.com` to 192.168.99.100, but Ingress `kubia` is at 130.211.5.78 (ADDRESS in `kubectl get ingress kubia`; addresses in the document belong to the book's cluster). Fix that line, for example: `sed -i 's/^192.168.99.100 /130.211.5.78 /' /etc/hosts`",
    ko: "`/etc/hosts` 파일이 `kubia.example.com` 이름을 192.168.99.100 주소로 보내지만, 인그레스 `kubia`의 주소는 130.211.5.78 주소예요(`kubectl get ingress kubia`의 ADDRESS 열. 문서에 나온 주소는 책의 클러스터 주소예요). 그 줄을 고치세요. 예: `sed -i 's/^192.168.99.100 /130.211.5.78 /' /etc/hosts`",
  },
  {
    // A wrong line first, then the right one below it: the first line still wins.
    lesson: "12-ingress", step: "hosts", setup: ["echo '192.168.99.100 kubia.example.com' >> /etc/hosts"],
    line: "echo \"$(kubectl get ingress kubia -o jsonpath='{.status.loadBalancer.ingress[0].ip}') kubia.example.com\" >> /etc/hosts",
    en: "`/etc/hosts` has two lines for `kubia.example.com`, and curl tries the first one first: 192.168.99.100, not 130.211.5.78, the address of Ingress `kubia`. Remove the first line, for example: `sed -i '/^192.168.99.100 /d' /etc/hosts`",
    ko: "`/etc/hosts`에 `kubia.example.com` 이름의 줄이 두 개 있고, curl은 첫 줄부터 시도해요. 그래서 인그레스 `kubia`의 주소인 130.211.5.78 주소보다 192.168.99.100 주소로 먼저 가요. 첫 줄을 지우세요. 예: `sed -i '/^192.168.99.100 /d' /etc/hosts`",
  },
  {
    lesson: "12-ingress", step: "book-manifest", line: "kubectl create -f kubia-ingres.yaml",
    en: "There is no file `kubia-ingres.yaml` — did you mean `kubia-ingress.yaml`? (`ls` lists the files here.)",
    ko: "`kubia-ingres.yaml` 파일은 없어요. 혹시 `kubia-ingress.yaml` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)",
  },
  {
    lesson: "13-ingress-tls", step: "cert", line: "openssl req -new -x509 -key tls.key -out tls.cert -days 360 -subj /CN=kubia.exmaple.com",
    en: "✓ The file `/home/learner/tls.cert` on the laptop holds a certificate (PEM). One thing is left: the certificate in `/home/learner/tls.cert` on the laptop is for `kubia.exmaple.com`, not for `kubia.example.com`: the name after `-subj /CN=` must be exactly `kubia.example.com`. Run the `openssl req` command again with `-subj /CN=kubia.example.com`; it overwrites the file.",
    ko: "✓ `/home/learner/tls.cert` 파일(노트북)에 인증서 내용(PEM)이 있어요. 이제 하나 남았어요: `/home/learner/tls.cert` 파일(노트북)의 인증서는 `kubia.exmaple.com` 이름의 인증서라서 `kubia.example.com` 호스트에는 맞지 않아요. `-subj /CN=kubia.example.com` 옵션으로 `openssl req` 명령을 다시 실행하세요. 같은 파일을 새 인증서로 덮어써요.",
  },
  {
    lesson: "13-ingress-tls", step: "secret", line: "kubectl create secret tls tls-secret --cert=tls.crt --key=tls.key",
    en: "There is no file `tls.crt` — did you mean `tls.cert`? (`ls` lists the files here.)",
    ko: "`tls.crt` 파일은 없어요. 혹시 `tls.cert` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)",
  },
  {
    lesson: "13-ingress-tls", step: "secret", line: "kubectl create secret tls kubia-tls --cert=tls.cert --key=tls.key",
    en: "You created Secret `kubia-tls`, but the task asks for one named `tls-secret`. Create `tls-secret` (and remove `kubia-tls` with `kubectl delete secret kubia-tls` if you don't need it).",
    ko: "시크릿 `kubia-tls` 객체를 만들었지만, 과제에서 만들 이름은 `tls-secret` 입니다. `tls-secret` 이름으로 만드세요. (필요 없으면 `kubectl delete secret kubia-tls` 명령으로 지우세요.)",
  },
  {
    lesson: "13-ingress-tls", step: "secret", line: "kubectl create secret tls tls-secret --cert=tls.key --key=tls.cert",
    en: "`--cert` and `--key` are swapped: `--cert` takes the certificate (`tls.cert`), `--key` the private key (`tls.key`).",
    ko: "`--cert`와 `--key`가 뒤바뀌었어요. `--cert`에는 인증서(`tls.cert`), `--key`에는 개인 키(`tls.key`)를 주세요.",
  },
  {
    lesson: "13-ingress-tls", step: "tls-ingress", line: "kubectl apply -f kubia-ingress-tls.yaml",
    en: "Ingress in `extensions/v1beta1` was removed in Kubernetes 1.22. Write `apiVersion: networking.k8s.io/v1`, with backends as `service: {name: …, port: {number: …}}`.",
    ko: "`extensions/v1beta1` 인그레스는 쿠버네티스 1.22에서 없어졌어요. `apiVersion: networking.k8s.io/v1`로 쓰고, 백엔드는 `service: {name: …, port: {number: …}}` 형태로 적으세요.",
  },
  {
    lesson: "13-ingress-tls", step: "tls-ingress", line: "kubectl patch ingress kubia --type=merge -p '{\"spec\":{\"tls\":[{\"hosts\":[\"kubia.example.com\"],\"secretName\":\"tls-secrets\"}]}}'",
    en: "Ingress `kubia` takes its certificate from Secret `tls-secrets`, which doesn't exist — did you mean `tls-secret`? Until it points at a real Secret, the controller serves its own \"Fake Certificate\".",
    ko: "인그레스 `kubia` 설정은 인증서를 시크릿 `tls-secrets`에서 가져오는데 그 시크릿이 없어요. 혹시 `tls-secret` 아닌가요? 실제 시크릿을 가리킬 때까지 컨트롤러는 자기 \"Fake Certificate\"를 내보내요.",
  },
  {
    lesson: "13-ingress-tls", step: "curl-k", line: "curl -v https://kubia.example.com/kubia",
    en: "curl refused the certificate: it is self-signed, so no authority vouches for it. For this exercise, tell curl to accept it with `-k`: `curl -k -v https://kubia.example.com/kubia`",
    ko: "curl이 인증서를 거부했어요. 자체 서명 인증서라서 보증해 주는 기관이 없기 때문이에요. 이 실습에서는 `-k`로 받아들이게 하세요: `curl -k -v https://kubia.example.com/kubia`",
  },
  {
    lesson: "14-readiness-probes", step: "make-ready", line: `kubectl exec ${POD} -- touch /tmp/ready`,
    en: "You created /tmp/ready, but pod `kubia-4sjzv`'s readiness probe runs `ls /var/ready`: it looks for /var/ready, so the pod stays not ready.",
    ko: "/tmp/ready 파일을 만들었지만 파드 `kubia-4sjzv`의 레디니스 프로브는 `ls /var/ready` 명령을 실행해요. /var/ready 파일을 찾으므로 파드는 계속 준비되지 않은 상태예요.",
  },
  {
    lesson: "14-readiness-probes", step: "recreate", line: "kubectl delete pods -l app=kubia",
    en: "✓ Service `kubia` has the endpoints the task asks for: exactly 0 ready; exactly 3 not ready. One thing is left: now look at the Service's endpoints with `kubectl get endpoints kubia`.",
    ko: "✓ 서비스 `kubia`의 엔드포인트가 과제대로예요: 준비됨 정확히 0개, 준비 안 됨 정확히 3개. 이제 하나 남았어요: 이제 `kubectl get endpoints kubia`로 서비스의 엔드포인트를 보세요.",
  },
  {
    lesson: "14-readiness-probes", step: "make-ready", line: "kubectl exec kubia-xxxxx -- touch /var/ready",
    en: "There is no pod `kubia-xxxxx`. Pods made by a controller get random names, and new ones when they are recreated; the pods now are `kubia-4sjzv`, `kubia-n7zkt`, `kubia-vx9v7`.",
    ko: "`kubia-xxxxx` 파드는 없어요. 컨트롤러가 만든 파드는 임의의 이름을 받고, 다시 만들어질 때마다 새 이름을 받아요. 지금 파드: `kubia-4sjzv`, `kubia-n7zkt`, `kubia-vx9v7`",
  },
  {
    // The book's `servicePort: 80` carried into v1 as `port: 80`.
    lesson: "12-ingress", step: "v1", line: "kubectl apply -f - <<EOF\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: kubia\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: kubia.example.com\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: kubia-nodeport\n            port: 80\nEOF",
    en: "`spec.rules.http.paths.backend.service.port` takes an object with `number:` (such as `number: 80`) or `name:` under it, but the manifest gives it the number `80`. `kubectl explain ingress.spec.rules.http.paths.backend.service.port` describes the field.",
    ko: "`spec.rules.http.paths.backend.service.port` 필드의 값은 그 아래에 `number:`(예: `number: 80`)나 `name:`을 둔 객체 형식이어야 하는데, 매니페스트에는 숫자 `80` 값이 있어요. 이 필드의 설명은 `kubectl explain ingress.spec.rules.http.paths.backend.service.port` 명령으로 볼 수 있어요.",
  },
  {
    // v1 made pathType required; the book's manifest has none.
    lesson: "12-ingress", step: "v1", line: "kubectl apply -f - <<EOF\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: kubia\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: kubia.example.com\n    http:\n      paths:\n      - path: /\n        backend:\n          service:\n            name: kubia-nodeport\n            port:\n              number: 80\nEOF",
    en: "The API server did not create Ingress `kubia`: it needs `spec.rules[0].http.paths[0].pathType`, which the manifest does not set. `kubectl explain ingresses.spec.rules.http.paths.pathType` says what it takes.",
    ko: "API 서버가 인그레스 `kubia` 객체를 만들지 않았어요. 꼭 필요한 `spec.rules[0].http.paths[0].pathType` 필드가 매니페스트에 없어요. 쓸 수 있는 값은 `kubectl explain ingresses.spec.rules.http.paths.pathType` 명령으로 볼 수 있어요.",
  },
  {
    // /etc/hosts edited in a pod, not on the laptop.
    lesson: "12-ingress", step: "hosts", line: "kubectl exec kubia-f5cpb -- sh -c 'echo 130.211.5.78 kubia.example.com >> /etc/hosts'",
    en: "`kubectl exec` ran that inside pod `kubia-f5cpb`, so it changed the pod's `/etc/hosts`, not your laptop's. This step wants the file on your laptop: run the command itself at the laptop's prompt, without `kubectl exec kubia-f5cpb --`.",
    ko: "`kubectl exec` 명령은 그 명령을 파드 `kubia-f5cpb` 안에서 실행하므로, 노트북이 아니라 파드의 `/etc/hosts` 파일이 바뀌었어요. 이 단계는 노트북의 파일을 원해요. `kubectl exec kubia-f5cpb --` 없이 노트북 프롬프트에서 명령만 실행하세요.",
  },
  {
    lesson: "12-ingress", step: "hosts", setup: ["kubectl exec -it kubia-f5cpb -- bash"], line: "echo '130.211.5.78 kubia.example.com' >> /etc/hosts",
    en: "You are in the shell of `kubia-f5cpb`, so that changed `/etc/hosts` there, not on your laptop. This step wants the file on your laptop: type `exit` to go back, then run it there.",
    ko: "지금은 `kubia-f5cpb` 셸 안이라서 노트북이 아니라 그곳의 `/etc/hosts` 파일이 바뀌었어요. 이 단계는 노트북의 파일을 원해요. `exit`로 노트북에 돌아가서 다시 실행하세요.",
  },
  {
    // The pods' port 8080 on the Ingress's name.
    lesson: "12-ingress", step: "curl", setup: ["echo '130.211.5.78 kubia.example.com' >> /etc/hosts"], line: "curl http://kubia.example.com:8080",
    en: "Ingress `kubia` is served on port 80 (HTTP) and 443 (HTTPS) only; port 8080 is not the ingress controller's. Leave the port out: `curl http://kubia.example.com`",
    ko: "인그레스 `kubia` 쪽은 80번 포트(HTTP)와 443번 포트(HTTPS)로만 받아요. 8080번 포트는 인그레스 컨트롤러의 포트가 아니에요. 포트를 빼고 요청하세요: `curl http://kubia.example.com`",
  },
];

describeMistakes('the tutor names the mistake (lessons 10–14)', MISTAKES);
