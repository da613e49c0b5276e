// The manifests of the study document (Kubernetes in Action, chapters 3–5), as the book's
// repository (luksa/kubernetes-in-action) ships them, byte for byte — including its
// mistakes, which a 1.30 cluster rejects: the extensions/v1beta1 Ingresses and the
// `publishNotReadyEndpoints` field. They live in the learner's home directory so `cat` and
// `kubectl create -f` work on them. Kept as strings so the bundle reads no files.

export const HOME_MANIFESTS: Readonly<Record<string, string>> = {
  'kubia-manual.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: kubia-manual
spec:
  containers:
  - image: luksa/kubia
    name: kubia
    ports:
    - containerPort: 8080
      protocol: TCP
`,
  'kubia-rc.yaml': `apiVersion: v1
kind: ReplicationController
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia
        ports:
        - containerPort: 8080
`,
  'kubia-svc.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: kubia

`,
  'kubia-svc-client-ip-session-affinity.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  sessionAffinity: ClientIP
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: kubia

`,
  'kubia-svc-named-ports.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  ports:
  - name: http
    port: 80
    targetPort: 8080
  - name: https
    port: 443
    targetPort: 8443
  selector:
    app: kubia

`,
  // The document's "pod with named ports" fragment made whole (the book has no such file).
  'pod-with-named-ports.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: kubia-named-ports
  labels:
    app: kubia
spec:
  containers:
  - name: kubia
    image: luksa/kubia
    ports:
    - name: http
      containerPort: 8080
    - name: https
      containerPort: 8443
`,
  'kubia-svc-nodeport.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia-nodeport
spec:
  type: NodePort
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30123
  selector:
    app: kubia

`,
  'kubia-svc-nodeport-onlylocal.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia-nodeport-onlylocal
spec:
  type: NodePort
  externalTrafficPolicy: Local
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30124
  selector:
    app: kubia

`,
  'kubia-svc-loadbalancer.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia-loadbalancer
spec:
  type: LoadBalancer
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: kubia

`,
  'kubia-svc-headless.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia-headless
spec:
  clusterIP: None
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: kubia

`,
  'kubia-svc-publish-not-ready.yaml': `apiVersion: v1
kind: Service
metadata:
  name: kubia-all
spec:
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: kubia
  publishNotReadyEndpoints: true

`,
  'external-service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: external-service
spec:
  ports:
  - port: 80

`,
  'external-service-endpoints.yaml': `apiVersion: v1
kind: Endpoints
metadata:
  name: external-service
subsets:
  - addresses:
    - ip: 11.11.11.11
    - ip: 22.22.22.22
    ports:
    - port: 80 
`,
  'external-service-externalname.yaml': `apiVersion: v1
kind: Service
metadata:
  name: external-service
spec:
  type: ExternalName
  externalName: api.somecompany.com
  ports:
  - port: 80
`,
  'kubia-ingress.yaml': `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: kubia
spec:
  rules:
  - host: kubia.example.com
    http:
      paths:
      - path: /
        backend:
          serviceName: kubia-nodeport
          servicePort: 80
`,
  'kubia-ingress-tls.yaml': `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: kubia
spec:
  tls:
  - hosts: 
    - kubia.example.com
    secretName: tls-secret
  rules:
  - host: kubia.example.com
    http:
      paths:
      - path: /
        backend:
          serviceName: kubia-nodeport
          servicePort: 80
`,
  'kubia-rc-readinessprobe.yaml': `apiVersion: v1
kind: ReplicationController
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia
        ports:
        - name: http
          containerPort: 8080
        readinessProbe:
          exec:
            command:
            - ls
            - /var/ready

`,
};
