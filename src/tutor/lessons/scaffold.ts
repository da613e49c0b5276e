// The lesson `kubetour new lesson ID` writes: a small but complete bilingual lesson that
// passes `kubetour lint` without a warning and `kubetour verify` for every seed — a message, an
// exercise with a check on the cluster's state, hints (one aimed at an item), a solution and
// a wrong attempt that verify proves, a quiz and a summary — so an author starts from
// something that works and changes one piece at a time.

/** The lesson file's text for `id` (the file must be named `<id>.yaml`). */
export function scaffoldLesson(id: string): string {
  return `# yaml-language-server: $schema=./schema.json
# A new lesson made by \`kubetour new lesson\`. Check it while you edit:
#   kubetour lint --watch <this folder>       (schema and meaning, at file:line:col)
#   kubetour verify --seeds 1..20 <this file>  (solutions pass, wrong attempts fail)
#   kubetour --lessons <this folder> --lesson ${id}   (play it; --step N starts at a step)
# The guide: docs/authoring.md.
id: "${id}"
title:
  ko: "새 강의: kubia 앞에 서비스 세우기"
  en: "New lesson: a Service in front of kubia"
goal:
  ko: "\`kubectl expose\`로 RC \`kubia\`의 파드 앞에 서비스를 만들고 포트와 타깃 포트의 차이를 익힙니다."
  en: "Put a Service in front of the pods of the RC \`kubia\` with \`kubectl expose\`, and learn the difference between port and target port."
duration: 10
start:
  scenario: kubia
steps:
  - id: intro
    type: message
    diagram: services
    run: kubectl get pods --show-labels
    text:
      ko: |
        RC \`kubia\`가 만든 파드 3개가 \`app=kubia\` 레이블을 달고 실행 중입니다. 앱은 컨테이너 포트 8080에서 요청을 받습니다.

        이 파드들 앞에 서비스를 세워 봅시다.
      en: |
        The RC \`kubia\` runs three pods labelled \`app=kubia\`. The app takes requests on container port 8080.

        Let's put a Service in front of these pods.

  - id: create-service
    type: exercise
    task:
      ko: "RC \`kubia\`를 노출하는 서비스 \`my-service\`를 만드세요. 서비스는 포트 80에서 받은 연결을 파드의 포트 8080으로 보내야 합니다."
      en: "Create a Service \`my-service\` that exposes the RC \`kubia\`. It must take connections on port 80 and send them to the pods' port 8080."
    check:
      all:
        - id: service-exists
          object: { kind: Service, name: my-service }
        - id: service-port
          field: { kind: Service, name: my-service, path: "spec.ports[0].port", equals: 80 }
        - id: target-port
          field: { kind: Service, name: my-service, path: "spec.ports[0].targetPort", equals: 8080 }
    hints:
      - ko: "형식은 \`kubectl expose <kind> <name> --port=<port> --target-port=<port> --name <service-name>\`입니다."
        en: "The shape is \`kubectl expose <kind> <name> --port=<port> --target-port=<port> --name <service-name>\`."
      - when: target-port
        ko: "\`--target-port\`를 빼면 타깃 포트는 포트와 같은 80이 됩니다. 서비스를 지우고 \`--target-port=8080\`을 붙여 다시 만드세요: \`kubectl delete svc my-service\`"
        en: "Without \`--target-port\` the target port is the port, 80. Delete the Service and create it again with \`--target-port=8080\`: \`kubectl delete svc my-service\`"
      - ko: "\`kubectl expose rc kubia --port=80 --target-port=8080 --name my-service\`"
        en: "\`kubectl expose rc kubia --port=80 --target-port=8080 --name my-service\`"
    solution: |
      kubectl expose rc kubia --port=80 --target-port=8080 --name my-service
    explanation:
      ko: "서비스의 셀렉터는 RC의 셀렉터(\`app=kubia\`)에서 왔습니다. 포트 80으로 들어온 연결은 세 파드 중 하나의 포트 8080으로 갑니다. \`kubectl get svc my-service\`로 클러스터 IP를 확인해 보세요."
      en: "The Service took its selector from the RC's (\`app=kubia\`). A connection to port 80 goes on to port 8080 of one of the three pods. See its cluster IP with \`kubectl get svc my-service\`."
    wrong:
      - commands: "kubectl expose rc kubia --port=80 --name my-service"
        fails: target-port

  - id: ports-quiz
    type: quiz
    question:
      ko: "서비스의 \`targetPort\`는 무엇인가요?"
      en: "What is a Service's \`targetPort\`?"
    choices:
      - ko: "클라이언트가 서비스에 접속할 때 쓰는 포트"
        en: "The port clients use to connect to the Service"
        why:
          ko: "그것은 \`port\`입니다. \`targetPort\`는 연결이 전달되는 쪽의 포트입니다."
          en: "That is \`port\`. \`targetPort\` is the port connections are passed on to."
      - ko: "서비스가 연결을 보내는 파드의 포트"
        en: "The pods' port the Service sends connections to"
    answer: 2
    explanation:
      ko: "\`port\`는 서비스가 노출하는 포트, \`targetPort\`는 서비스가 연결을 포워드할 컨테이너 포트입니다."
      en: "\`port\` is the port the Service exposes; \`targetPort\` is the container port it forwards connections to."

  - id: summary
    type: message
    text:
      ko: |
        **정리**

        - 서비스는 레이블 셀렉터로 고른 파드 그룹에 바뀌지 않는 IP와 포트를 줍니다.
        - \`port\`는 서비스의 포트, \`targetPort\`는 파드의 포트입니다.
      en: |
        **Summary**

        - A Service gives the group of pods its label selector picks one IP and port that do not change.
        - \`port\` is the Service's port; \`targetPort\` is the pods' port.
`;
}
