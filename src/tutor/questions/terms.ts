// Turning Korean and English text into search terms. The same function reads the passages
// and the questions, so whatever it does (synonyms, particles, stems) happens on both sides.
//
// - Synonyms: every spelling of a concept (노드포트, node port, NodePort, nodePort) becomes one
//   ASCII concept term (`nodeport`) before anything else, so a Korean question finds an English
//   keyword and the other way round.
// - Korean: particles and endings are taken off each word (NodePort랑 → nodeport, 파드가 → 파드);
//   the stem stays as a term and, when longer than two syllables, also gives its syllable
//   bigrams, so compounds and inflected forms still meet (재시작되지 ~ 재시작).
// - English: lower case, a light stemmer (probes → probe, restarted → restart), stop words out.

/** Concept → its spellings in both languages (lower case; matched as substrings in Korean). */
export const SYNONYMS: Record<string, string[]> = {
  nodeport: ['노드포트', '노드 포트', 'node port', 'node-port', 'nodeport', 'nodeports'],
  loadbalancer: ['로드밸런서', '로드 밸런서', '로드발란서', 'load balancer', 'load-balancer', 'loadbalancer', 'loadbalancers', '부하 분산기', '부하분산기'],
  clusterip: ['클러스터ip', '클러스터 ip', '클러스터 아이피', 'cluster ip', 'cluster-ip', 'clusterip', '가상 ip'],
  endpoints: ['엔드포인트', '앤드포인트', 'endpoints', 'endpoint', 'endpointslice', 'endpointslices', '엔드포인트슬라이스'],
  liveness: ['라이브니스', '리브니스', '라이브네스', '활성 프로브', '활성 검사', 'liveness', 'livenessprobe'],
  readiness: ['레디니스', '레디네스', '준비성', '준비 상태', 'readiness', 'readinessprobe'],
  probe: ['프로브', 'probes', 'probe'],
  ingress: ['인그레스', 'ingresses', 'ingress'],
  ingressclass: ['인그레스클래스', '인그레스 클래스', 'ingress class', 'ingressclass', 'ingressclassname'],
  externalname: ['익스터널네임', '외부 이름', 'external name', 'externalname', 'cname'],
  externaltrafficpolicy: ['외부 트래픽 정책', 'external traffic policy', 'externaltrafficpolicy', 'traffic policy', '트래픽 정책'],
  sessionaffinity: ['세션 어피니티', '세션어피니티', '세션 친화성', '세션 고정', 'session affinity', 'sessionaffinity', 'sticky session', 'sticky sessions', '스티키 세션', '어피니티', 'affinity', 'sticky'],
  cookie: ['쿠키', 'cookies', 'cookie'],
  targetport: ['타깃포트', '타겟포트', '타깃 포트', '타겟 포트', '대상 포트', 'target port', 'targetport'],
  namedport: ['이름 있는 포트', '이름이 있는 포트', '이름 붙은 포트', '포트 이름', '포트에 이름', 'named port', 'named ports', 'port name', 'port names'],
  port: ['포트', 'ports', 'port'],
  service: ['서비스', 'services', 'service', 'svc'],
  pod: ['파드', '포드', 'pods', 'pod'],
  selector: ['셀렉터', '선택자', 'selectors', 'selector'],
  label: ['레이블', '라벨', 'labels', 'label'],
  dns: ['디엔에스', 'dns', 'fqdn', 'coredns', 'kube-dns', '도메인 이름', '도메인'],
  env: ['환경변수', '환경 변수', 'environment variables', 'environment variable', 'env vars', 'env var', 'env'],
  headless: ['헤드리스', 'headless'],
  replicationcontroller: ['레플리케이션컨트롤러', '레플리케이션 컨트롤러', 'replication controller', 'replicationcontroller', 'rc'],
  replicaset: ['레플리카셋', 'replica set', 'replicaset'],
  deployment: ['디플로이먼트', 'deployments', 'deployment'],
  namespace: ['네임스페이스', 'namespaces', 'namespace'],
  secret: ['시크릿', 'secrets', 'secret'],
  certificate: ['인증서', 'certificates', 'certificate', 'cert'],
  tls: ['https', 'tls', 'ssl'],
  kubeproxy: ['큐브 프록시', '큐브프록시', 'kube-proxy', 'kubeproxy', '서비스 프록시', 'service proxy'],
  doubledash: ['더블 대시', '더블대시', '대시 두 개', '대시 두개', '두 개의 대시', 'double dash', 'double-dash', 'two dashes', '--'],
  exec: ['kubectl exec', 'exec'],
  restart: ['재시작', '다시 시작', 'restarts', 'restarted', 'restarting', 'restart'],
  timeout: ['타임아웃', '시간 초과', 'timed out', 'time out', 'timeout', 'times out'],
  clientip: ['클라이언트 ip', '클라이언트 아이피', '클라이언트의 ip', 'client ip', 'client-ip', 'clientip', 'source ip', '소스 ip'],
  nodeip: ['노드 ip', '노드 아이피', '노드의 ip', 'node ip', 'node-ip', 'nodeip'],
  externalip: ['외부 ip', 'external ip', 'external-ip', 'externalip'],
  node: ['노드', 'nodes', 'node'],
  snat: ['snat', '소스 nat'],
  hop: ['홉', 'hops', 'hop', '네트워크 홉'],
  expose: ['expose', '노출'],
  ping: ['ping'],
  curl: ['curl'],
  range: ['범위', 'range'],
  period: ['얼마나 자주', '주기적으로', '주기', '간격', 'how often', 'periodseconds', 'period', 'interval'],
  explain: ['kubectl explain'],
  host: ['호스트', 'hosts', 'host'],
  path: ['경로', 'paths', 'path'],
  yaml: ['야믈', 'yaml', 'manifest', '매니페스트'],
  external: ['외부', 'external', 'outside'],
  internal: ['내부', 'internal', 'inside'],
};

/** Korean particles and endings taken off the end of a word (longest first). */
const KO_SUFFIXES = [
  '하려면', '으려면', '하려고', '이었나요', '인가요', '이에요', '입니다', '이었어', '에서는', '에서도', '으로는', '으로도', '이랑은', '이라는', '이라고', '이라면',
  '려면', '에서', '으로', '이랑', '하고', '에게', '한테', '까지', '부터', '처럼', '보다', '이나', '이란', '라는', '라고', '이야', '예요', '에는', '에도', '와는', '과는', '이면', '이죠',
  '마다', '하는', '해요', '하다', '한가요', '합니까', '했어', '했는데', '되나요', '돼요', '되는', '되면', '하면', '할까', '나요', '은가요', '는가요', '인지', '는지', '해', '돼', '된',
  '랑', '와', '과', '은', '는', '이', '가', '을', '를', '에', '의', '도', '만', '로', '나', '란', '야', '요', '죠',
];

const STOP_EN = new Set(
  ('a an the is are was were be been being am do does did doing i me my we you your it its this that these those what whats which who whom how why when where ' +
    'can could should would will shall may might must of to in on at for from by with about as into than then so and or but if not no yes ' +
    'there here get got tell explain me please mean means meaning use used using thing things work works working way ok okay just really ' +
    'difference differences different between vs versus compare compared comparison same other another kind sort does all ' +
    'like want know see let say also any some much many more most less few very actually still even one ever always').split(' '),
);

const STOP_KO = new Set(
  ('뭐 뭐야 뭐예요 뭔가요 뭔데 뭔지 뭐지 뭐가 뭘 무엇 무엇인가 무엇인가요 무슨 어떤 어떻게 왜 좀 그 이 저 것 거 게 수 때 더 잘 또 ' +
    '있나 있나요 있어 있어요 있다 있는 하나요 해요 해 하는 하면 하지 했는데 되나요 돼 돼요 되는 되면 되지 안 못 ' +
    '알려줘 알려주세요 알려 설명 설명해줘 설명해 설명해주세요 궁금 궁금해 궁금해요 차이 차이점 차이가 다른 다른가요 달라 달라요 다르 다른점 비교 같은 ' +
    '거야 거예요 건가요 하는거 이유 방법 나와 나와요 나오 나오는 떠 떠요 뜨는 보여 보이는 보여요 그럼 그러면 근데 그런데 그냥 정말 진짜 제 내 나 저는 나는 우리 걸 건 건가요 건데 건지 쓰는 쓰나요 써 언제 어디 어디서 뜻 의미 용도 역할').split(' '),
);

const HANGUL = /[\uac00-\ud7a3]/;

const escape = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
const FORMS = Object.entries(SYNONYMS).flatMap(([concept, forms]) => forms.map((form) => ({ form, concept })));
/** Spelling without spaces → concept, to name what the one big pattern below matched. */
const CONCEPT_OF = new Map(FORMS.map(({ form, concept }) => [form.replace(/\s+/g, ''), concept]));
const alternation = (forms: string[]) => forms.sort((a, b) => b.length - a.length).map(escape).join('|');
/**
 * Every spelling in one pattern, longest first so the longest wins at each position. ASCII
 * spellings match whole words (a Korean particle may follow); Korean ones match anywhere.
 */
const SYNONYM_PATTERN = new RegExp(
  `(?<![a-z0-9_§-])(?:${alternation(FORMS.filter((f) => /^[\x20-\x7e]+$/.test(f.form)).map((f) => f.form))})(?![a-z0-9_])|${alternation(FORMS.filter((f) => !/^[\x20-\x7e]+$/.test(f.form)).map((f) => f.form))}`,
  'g',
);

/** Lower case, NFKC, and every synonym replaced by its concept marker. */
export function normalize(text: string): string {
  const s = text.normalize('NFKC').toLowerCase().replace(/[`*_§]/g, ' ');
  return s.replace(SYNONYM_PATTERN, (m) => ` §${CONCEPT_OF.get(m.replace(/\s+/g, '')) ?? m} `);
}

/** Concept terms named in a text, in order of appearance, without repeats. */
export function concepts(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(/§([a-z]+)/g)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

function stemEn(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  return w;
}

/** Endings that make a word a predicate (a verb or adjective), not a noun. */
const PREDICATE_ENDINGS = new Set(['하려면', '으려면', '하려고', '려면', '마다', '하는', '해요', '하다', '한가요', '합니까', '했어', '했는데', '되나요', '돼요', '되는', '되면', '하면', '할까', '나요', '은가요', '는가요', '인지', '는지', '해', '돼', '된', '야', '요', '죠']);

const NOUN_PARTICLES = new Set(['은', '는', '이', '가', '을', '를', '에', '의', '도', '로', '와', '과', '랑', '만']);

function stripKo(w: string): { stem: string; ending?: string } {
  for (const suf of KO_SUFFIXES) {
    const rest = w.length - suf.length;
    if (w.endsWith(suf) && (rest >= 2 || (rest === 1 && NOUN_PARTICLES.has(suf)))) return { stem: w.slice(0, -suf.length), ending: suf };
  }
  return { stem: w };
}

/** One word of a text: its term and, for longer Korean stems, the bigrams that also stand for it. */
export interface Word {
  term: string;
  grams: string[];
  /** A Korean predicate (정하나요 → 정하): it says what is asked about the subject, not the subject. */
  predicate?: boolean;
}

/**
 * The words of a text. Concept terms come out as `nodeport`, English words stemmed, Korean
 * stems as themselves with their `~`-prefixed syllable bigrams.
 * One-syllable Korean words (왜, 할, 돼) and stop words carry no subject and are dropped.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  // Concept markers, short flags (`-k`, `--`-less), ASCII words (dashes inside kept) and
  // Hangul runs; a script change splits a word (`§nodeport랑` → concept + particle).
  for (const [w] of normalize(text).matchAll(TOKEN)) {
    if (w.startsWith('§')) {
      out.push({ term: w.slice(1), grams: [] });
    } else if (HANGUL.test(w)) {
      // A one-syllable word alone is a function word (왜, 할, 돼); one left by a particle is a noun (값을 → 값).
      if (STOP_KO.has(w) || w.length < 2) continue;
      const { stem, ending } = stripKo(w);
      if (STOP_KO.has(stem) || KO_SUFFIXES.includes(stem)) continue;
      const grams: string[] = [];
      for (let i = 0; i + 2 <= stem.length; i++) grams.push(`~${stem.slice(i, i + 2)}`);
      // 써야, 해야, 넣어야 (must …), 알아, 찾아 (informal -아/-어): predicates even when no ending came off.
      const predicate = (ending && PREDICATE_ENDINGS.has(ending)) || (!ending && (/[아어여써해봐돼와줘놔워]야$/.test(stem) || /^.[아어]$/.test(stem)));
      out.push({ term: stem, grams, ...(predicate ? { predicate: true } : {}) });
    } else {
      if (STOP_EN.has(w) || w.length < 2) continue;
      out.push({ term: w.startsWith('-') ? w : stemEn(w), grams: [] });
    }
  }
  return out;
}

const TOKEN = /§[a-z]+|(?<![a-z0-9-])-{1,2}[a-z]{1,2}(?![a-z0-9-])|[a-z0-9]+(?:-[a-z0-9]+)*|[\uac00-\ud7a3]+/g;

/** The search terms of a text: each word's term and its bigrams. */
export function terms(text: string): string[] {
  return words(text).flatMap((w) => [w.term, ...w.grams]);
}
