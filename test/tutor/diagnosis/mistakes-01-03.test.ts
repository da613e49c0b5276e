// Realistic beginners' mistakes in lessons 01–03, each typed at its step through the Tutor, and
// what the tutor says back, in both languages: the specific mistake, named — or nothing, for
// a correct look-around step. (Seed 1: addresses and pod names are the simulation's own.)
import { describeMistakes, type Mistake, POD } from './at-step.js';

const MISTAKES: Mistake[] = [
  {
    lesson: "01-services", step: "expose", line: "kubectl expose rc kubia --type=loadbalancer --name kubia-http",
    en: "`spec.type` does not take `loadbalancer`: values are case-sensitive — did you mean `LoadBalancer`?",
    ko: "`spec.type` 필드에는 `loadbalancer` 값을 쓸 수 없어요. 값은 대소문자를 구분해요. 혹시 `LoadBalancer` 아닌가요?",
  },
  {
    lesson: "01-services", step: "labels", line: "kubectl get pods",
    en: "✓ You ran `kubectl get pods`. One thing is left: the output doesn't show the pods' labels (such as `app=kubia`) yet: labels appear as a column only when you ask for them.",
    ko: "✓ `kubectl get pods` 명령을 실행했어요. 이제 하나 남았어요: 출력에 아직 파드의 레이블(`app=kubia` 같은)이 보이지 않아요. 레이블은 따로 요청해야 열로 나와요.",
  },
  {
    lesson: "01-services", step: "labels", line: "kubectl get pods --show-label",
    en: "kubectl has no flag `--show-label` — did you mean `--show-labels`?",
    ko: "kubectl에는 `--show-label` 플래그가 없어요. 혹시 `--show-labels` 아닌가요?",
  },
  {
    lesson: "01-services", step: "expose", line: "kubectl expose rc kubia --type=LoadBalancer --name kubia-htp",
    en: "You created Service `kubia-htp`, but the task asks for `kubia-http` — did you mean `kubia-http`? Remove the misnamed one with `kubectl delete svc kubia-htp` and create `kubia-http`.",
    ko: "서비스 `kubia-htp` 객체를 만들었지만, 과제에서 만들 이름은 `kubia-http` 입니다. `kubia-http` 이름을 의도하셨나요? `kubectl delete svc kubia-htp` 명령으로 잘못 만든 것을 지우고 `kubia-http` 이름으로 다시 만드세요.",
  },
  {
    lesson: "01-services", step: "expose", line: "kubectl expose rc kubai --type=LoadBalancer --name kubia-http",
    en: "There is no ReplicationController `kubai` — did you mean `kubia`?",
    ko: "레플리케이션컨트롤러 `kubai` 객체는 없어요. 혹시 `kubia` 아닌가요?",
  },
  {
    lesson: "01-services", step: "expose", line: "kubectl expose rc kubia --name kubia-http",
    en: "✓ Service `kubia-http` exists and is set as the task asks: label `app` of the selector is `kubia`. One thing is left: Service `kubia-http`: type is `ClusterIP`; the task wants `LoadBalancer`.",
    ko: "✓ 서비스 `kubia-http` 객체가 있고 설정도 과제대로예요: 셀렉터의 `app` 레이블 값 `kubia`. 이제 하나 남았어요: 서비스 `kubia-http`: type 값이 `ClusterIP` 상태예요. 과제에서 원하는 값은 `LoadBalancer` 입니다.",
  },
  {
    lesson: "01-services", step: "create-yaml", line: "kubectl create -f kubia-svc.yml",
    en: "There is no file `kubia-svc.yml` — did you mean `kubia-svc.yaml`? (`ls` lists the files here.)",
    ko: "`kubia-svc.yml` 파일은 없어요. 혹시 `kubia-svc.yaml` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)",
  },
  {
    lesson: "01-services", step: "create-yaml", setup: ["kubectl create -f kubia-svc.yaml"], line: "kubectl create -f kubia-svc.yaml",
    en: "Service `kubia` already exists, and `kubectl create` never overwrites. To change it to what `kubia-svc.yaml` says, use `kubectl apply -f kubia-svc.yaml`; to start over, `kubectl delete svc kubia` first.",
    ko: "서비스 `kubia` 객체가 이미 있고, `kubectl create`는 덮어쓰지 않아요. `kubia-svc.yaml` 파일의 내용으로 바꾸려면 `kubectl apply -f kubia-svc.yaml` 명령을 쓰고, 처음부터 다시 하려면 먼저 `kubectl delete svc kubia` 명령으로 지우세요.",
  },
  {
    lesson: "01-services", step: "broken-diagnose", line: "kubectl describe svc kubia-brokn",
    en: "There is no Service `kubia-brokn` — did you mean `kubia-broken`?",
    ko: "서비스 `kubia-brokn` 객체는 없어요. 혹시 `kubia-broken` 아닌가요?",
  },
  {
    lesson: "01-services", step: "broken-fix", line: "kubectl get pods -l app=kubai",
    en: "No pod has the label `app=kubai` — did you mean `app=kubia`?",
    ko: "`app=kubai` 레이블을 가진 파드는 없어요. 혹시 `app=kubia` 아닌가요?",
  },
  {
    lesson: "02-testing-from-inside", step: "book-name", line: "kubetcl exec kubia-7nog1 -- curl -s http://10.111.249.153",
    en: "There is no command `kubetcl` — did you mean `kubectl`?",
    ko: "`kubetcl` 명령은 없어요. 혹시 `kubectl` 아닌가요?",
  },
  {
    lesson: "02-testing-from-inside", step: "exec-curl", line: `kubectl exec ${POD} curl -s http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')`,
    en: "Without `--`, kubectl read curl's `-s` as its own `-s` (`--server`) and tried to reach an API server at that URL — curl never ran. Put `--` between the pod and the command: `kubectl exec $(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}') -- curl -s http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')`",
    ko: "`--`가 없어서 kubectl이 curl의 `-s`를 자기 옵션 `-s`(`--server`)로 읽고 그 URL의 API 서버에 접속하려 했어요. curl은 실행되지도 않았어요. 파드 이름과 명령 사이에 `--`를 넣으세요: `kubectl exec $(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}') -- curl -s http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')`",
  },
  {
    lesson: "02-testing-from-inside", step: "exec-curl", line: `kubectl exec ${POD} -- curl -s http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}'):8080`,
    en: "Service `kubia` has no port 8080, so nothing answered. Its ports: 80→8080. Ask for port 80; the Service forwards it to the pods' target port.",
    ko: "서비스 `kubia`에는 8080번 포트가 없어서 아무도 응답하지 않았어요. 이 서비스의 포트: 80→8080. 80번 포트로 요청하면 서비스가 파드의 targetPort로 전달해요.",
  },
  {
    lesson: "02-testing-from-inside", step: "exec-curl", line: "curl -s --max-time 3 http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')",
    en: "10.103.149.189 is the cluster IP of Service `kubia`: it only answers inside the cluster, so your curl from the laptop got no answer. Run it from a pod: `kubectl exec kubia-f5cpb -- curl -s http://10.103.149.189`.",
    ko: "10.103.149.189 주소는 서비스 `kubia`의 클러스터 IP예요. 클러스터 안에서만 응답하므로 노트북에서 보낸 curl 요청에는 답이 없어요. 파드 안에서 실행하세요: `kubectl exec kubia-f5cpb -- curl -s http://10.103.149.189`",
  },
  {
    lesson: "02-testing-from-inside", step: "exec-curl", line: "curl -s --max-time 3 http://$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].status.podIP}'):8080",
    en: "10.244.1.13 is the IP of pod `kubia-f5cpb`: pod IPs only exist inside the cluster, so your curl from the laptop got no answer. Try it from a pod: `kubectl exec kubia-f5cpb -- curl -s http://10.244.1.13:8080`.",
    ko: "10.244.1.13 주소는 파드 `kubia-f5cpb`의 IP예요. 파드 IP는 클러스터 안에만 있으므로 노트북에서 보낸 curl 요청에는 답이 없어요. 파드 안에서 해 보세요: `kubectl exec kubia-f5cpb -- curl -s http://10.244.1.13:8080`",
  },
  {
    lesson: "02-testing-from-inside", step: "exec-curl", line: "kubectl get svc kubia",
    en: "",
    ko: "",
  },
  {
    lesson: "03-session-affinity", step: "set-affinity", line: "kubectl create -f kubia-svc-client-ip-session-affinity.yaml",
    en: "Service `kubia` already exists, and `kubectl create` never overwrites. To change it to what `kubia-svc-client-ip-session-affinity.yaml` says, use `kubectl apply -f kubia-svc-client-ip-session-affinity.yaml`; to start over, `kubectl delete svc kubia` first.",
    ko: "서비스 `kubia` 객체가 이미 있고, `kubectl create`는 덮어쓰지 않아요. `kubia-svc-client-ip-session-affinity.yaml` 파일의 내용으로 바꾸려면 `kubectl apply -f kubia-svc-client-ip-session-affinity.yaml` 명령을 쓰고, 처음부터 다시 하려면 먼저 `kubectl delete svc kubia` 명령으로 지우세요.",
  },
  {
    lesson: "03-session-affinity", step: "set-affinity", line: "kubectl apply -f kubia-svc-affinity-misplaced.yaml",
    en: "`sessionAffinity` can't go under `spec.ports[0]`; it belongs directly under `spec`. Check the YAML's indentation.",
    ko: "`sessionAffinity` 필드는 `spec.ports[0]` 아래에 쓸 수 없어요. `spec` 바로 아래에 써야 하는 필드예요. YAML의 들여쓰기를 확인하세요.",
  },
  {
    lesson: "01-services", step: "expose", line: "kubectl expose rc kubia --port=80 --target-port=8080 --name=kubia_http",
    en: "`kubia_http` can't be the name of a Service: its names hold only lower-case letters, digits and `-`, start with a letter and end with a letter or digit. Try `kubia-http`.",
    ko: "`kubia_http` 이름은 서비스 이름으로 쓸 수 없어요. 이름에는 영문 소문자, 숫자, `-`만 쓸 수 있고, 영문자로 시작해 영문자나 숫자로 끝나야 해요. `kubia-http` 이름을 써 보세요.",
  },
];

describeMistakes('the tutor names the mistake (lessons 01–03)', MISTAKES);
