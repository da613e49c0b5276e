// Ingress (§9) and TLS (§9.3, §10.1, §12): host and path rules, the controller's pages,
// certificates made with openssl in the virtual filesystem, curl -k/-v and exit 60.
import { describe, expect, test } from 'vitest';
import { Harness, LAPTOP, kubiaService } from './harness.js';

const backend = (name: string, port = 80) => ({ service: { name, port: { number: port } } });

function ingress(rules: unknown[], tls?: unknown[]) {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'kubia' }, spec: { ingressClassName: 'nginx', ...(tls ? { tls } : {}), rules } };
}

async function setup(h: Harness, ing: unknown) {
  h.apply(kubiaService({ type: 'NodePort' }, 'kubia-nodeport'), ing);
  h.advance(10);
  const addr = h.cluster.api.get('Ingress', 'default', 'kubia').status!.loadBalancer!.ingress![0].ip!;
  await h.laptopFs.appendFile('/etc/hosts', `${addr} kubia.example.com foo.example.com\n`);
  return addr;
}

const page = (code: string) => `<html>\r\n<head><title>${code}</title></head>\r\n<body>\r\n<center><h1>${code}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

describe('ingress routing', () => {
  test('host rule through the controller; unknown host → the 404 page; the app sees the controller', async () => {
    const h = new Harness();
    await setup(h, ingress([{ host: 'kubia.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('kubia-nodeport') }] } }]));
    const r = await h.run(LAPTOP, 'curl -s http://kubia.example.com');
    expect(r.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
    const t = h.traces.at(-1)!;
    expect(t.ingress).toEqual({ namespace: 'default', name: 'kubia', host: 'kubia.example.com', path: '/', tls: false });
    const ctrl = h.cluster.api.list('Pod', 'ingress-nginx')[0].status!.podIP!;
    expect(t.clientIpSeen).toBe(ctrl);
    const nf = await h.run(LAPTOP, 'curl -s -i http://foo.example.com');
    expect(nf.stdout).toMatch(/^HTTP\/1\.1 404 Not Found\r\nDate: .* GMT\r\nContent-Type: text\/html\r\nContent-Length: 146\r\nConnection: keep-alive\r\n\r\n/);
    expect(nf.stdout.endsWith(page('404 Not Found'))).toBe(true);
  });

  test('longest path wins; Exact beats Prefix on a tie; /aaa/bb does not match /aaa/bbb', async () => {
    const h = new Harness();
    h.apply(kubiaService({}, 'other'));
    await setup(
      h,
      ingress([
        {
          host: 'kubia.example.com',
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: backend('kubia-nodeport') },
              { path: '/aaa', pathType: 'Prefix', backend: backend('other') },
              { path: '/aaa/bb', pathType: 'Prefix', backend: backend('kubia-nodeport') },
              { path: '/foo', pathType: 'Exact', backend: backend('other') },
              { path: '/foo', pathType: 'Prefix', backend: backend('kubia-nodeport') },
            ],
          },
        },
      ]),
    );
    const pathOf = async (p: string) => {
      await h.run(LAPTOP, `curl -s http://kubia.example.com${p}`);
      const t = h.traces.at(-1)!;
      return `${t.ingress!.path} ${t.service!.name}`;
    };
    expect(await pathOf('/aaa/ccc')).toBe('/aaa other');
    expect(await pathOf('/aaa/bbb')).toBe('/aaa other');
    expect(await pathOf('/aaa/bb/c')).toBe('/aaa/bb kubia-nodeport');
    expect(await pathOf('/foo')).toBe('/foo other');
    expect(await pathOf('/foo/')).toBe('/foo kubia-nodeport');
    expect(await pathOf('/x')).toBe('/ kubia-nodeport');
  });

  test('a backend without ready endpoints → 503 page', async () => {
    const h = new Harness();
    h.apply(kubiaService({ selector: { app: 'none' } }, 'empty'));
    await setup(h, ingress([{ host: 'kubia.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('empty') }] } }]));
    const r = await h.run(LAPTOP, 'curl -s -w "%{http_code}" http://kubia.example.com');
    expect(r.stdout).toBe(`${page('503 Service Temporarily Unavailable')}503`);
  });
});

describe('TLS with a certificate made by openssl', () => {
  async function tlsSetup(h: Harness) {
    expect(await h.run(LAPTOP, 'openssl genrsa -out tls.key 2048')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await h.run(LAPTOP, 'openssl req -new -x509 -key tls.key -out tls.cert -days 360 -subj /CN=kubia.example.com')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const crt = await h.laptopFs.readFile('/home/learner/tls.cert');
    const key = await h.laptopFs.readFile('/home/learner/tls.key');
    expect(crt.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
    expect(key.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    h.apply({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'tls-secret' }, type: 'kubernetes.io/tls', data: { 'tls.crt': Buffer.from(crt).toString('base64'), 'tls.key': Buffer.from(key).toString('base64') } });
    await setup(h, ingress([{ host: 'kubia.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('kubia-nodeport') }] } }], [{ hosts: ['kubia.example.com'], secretName: 'tls-secret' }]));
  }

  test('openssl x509 prints the subject and the virtual-clock dates', async () => {
    const h = new Harness();
    await tlsSetup(h);
    const r = await h.run(LAPTOP, 'openssl x509 -in tls.cert -noout -subject -issuer -dates');
    expect(r).toEqual({ stdout: 'subject=CN = kubia.example.com\nissuer=CN = kubia.example.com\nnotBefore=Nov 26 09:00:00 2026 GMT\nnotAfter=Nov 21 09:00:00 2027 GMT\n', stderr: '', exitCode: 0 });
    const text = await h.run(LAPTOP, 'openssl x509 -in tls.cert -noout -text');
    expect(text.stdout).toMatch(/^Certificate:\n {4}Data:\n {8}Version: 3 \(0x2\)\n {8}Serial Number:\n {12}[0-9a-f]{2}(:[0-9a-f]{2}){19}\n {8}Signature Algorithm: sha256WithRSAEncryption\n {8}Issuer: CN = kubia.example.com\n {8}Validity\n {12}Not Before: Nov 26 09:00:00 2026 GMT\n {12}Not After : Nov 21 09:00:00 2027 GMT\n {8}Subject: CN = kubia.example.com\n/);
    expect(text.stdout).toContain('                Public-Key: (2048 bit)\n');
    expect(text.stdout).toContain('            X509v3 Basic Constraints: critical\n                CA:TRUE\n');
  });

  test('curl without -k fails verification (exit 60); -k gets through; HTTP redirects to HTTPS', async () => {
    const h = new Harness();
    await tlsSetup(h);
    const bad = await h.run(LAPTOP, 'curl -s -S https://kubia.example.com');
    expect(bad).toEqual({
      stdout: '',
      stderr: 'curl: (60) SSL certificate problem: self-signed certificate\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.\n',
      exitCode: 60,
    });
    const ok = await h.run(LAPTOP, 'curl -sk https://kubia.example.com');
    expect(ok.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
    expect(h.traces.at(-1)!.ingress?.tls).toBe(true);
    const redirect = await h.run(LAPTOP, 'curl -s -o /dev/null -w "%{http_code}" http://kubia.example.com');
    expect(redirect.stdout).toBe('308');
    const followed = await h.run(LAPTOP, 'curl -skL http://kubia.example.com');
    expect(followed.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
  });

  test('curl -kv (TTY) shows the TLS handshake and the real certificate', async () => {
    const h = new Harness();
    await tlsSetup(h);
    const r = await h.run(LAPTOP, 'curl -kv https://kubia.example.com', { tty: true });
    const addr = h.cluster.api.get('Ingress', 'default', 'kubia').status!.loadBalancer!.ingress![0].ip!;
    const head = r.stderr.split('> GET')[0];
    expect(head).toBe(
      [
        `*   Trying ${addr}:443...`,
        `* Connected to kubia.example.com (${addr}) port 443 (#0)`,
        '* ALPN: offers h2,http/1.1',
        '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
        '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
        '* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):',
        '* TLSv1.3 (IN), TLS handshake, Certificate (11):',
        '* TLSv1.3 (IN), TLS handshake, CERT verify (15):',
        '* TLSv1.3 (IN), TLS handshake, Finished (20):',
        '* TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):',
        '* TLSv1.3 (OUT), TLS handshake, Finished (20):',
        '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
        '* ALPN: server accepted http/1.1',
        '* Server certificate:',
        '*  subject: CN=kubia.example.com',
        '*  start date: Nov 26 09:00:00 2026 GMT',
        '*  expire date: Nov 21 09:00:00 2027 GMT',
        '*  issuer: CN=kubia.example.com',
        '*  SSL certificate verify result: self-signed certificate (18), continuing anyway.',
        '* using HTTP/1.1',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toContain('> GET / HTTP/1.1\r\n> Host: kubia.example.com\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):\n* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):\n* old SSL session ID is stale, removing\n< HTTP/1.1 200 OK\r\n');
    expect(r.stderr.endsWith('< \r\n* Connection #0 to host kubia.example.com left intact\n')).toBe(true);
  });

  test('a host without a TLS secret gets the controller fake certificate', async () => {
    const h = new Harness();
    await setup(h, ingress([{ host: 'kubia.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('kubia-nodeport') }] } }]));
    const r = await h.run(LAPTOP, 'curl -skv https://kubia.example.com', { tty: true });
    expect(r.stderr).toContain('*  subject: O=Acme Co; CN=Kubernetes Ingress Controller Fake Certificate\n');
    expect(r.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
  });
});

describe('certificate validity follows the cluster clock', () => {
  // `kubetour serve` starts the cluster on the wall clock: a session years after the built-in
  // start date must still see certificates issued around its own start, never expired ones.
  const later = Date.UTC(2031, 5, 1, 12, 0, 0);

  test('public hosts verify without -k on a cluster started in 2031', async () => {
    const h = new Harness(1, 'kubia', later);
    const r = await h.run(LAPTOP, 'curl -s -o /dev/null -w "%{http_code}" https://example.com');
    expect(r).toMatchObject({ exitCode: 0, stdout: '200' });
  });

  test('the controller fake certificate is dated from the session start', async () => {
    const h = new Harness(1, 'kubia', later);
    await setup(h, ingress([{ host: 'kubia.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('kubia-nodeport') }] } }]));
    const r = await h.run(LAPTOP, 'curl -skv https://kubia.example.com', { tty: true });
    expect(r.stderr).toContain('*  start date: Jun  1 11:00:00 2031 GMT\n');
    expect(r.stderr).toContain('*  expire date: May 31 11:00:00 2032 GMT\n');
  });
});

describe('openssl bad input', () => {
  test('missing key file, unknown command, unknown option', async () => {
    const h = new Harness();
    const r = await h.run(LAPTOP, 'openssl req -new -x509 -key nofile.key -out tls.cert -days 360 -subj /CN=kubia.example.com');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('Could not open file or uri for loading private key from nofile.key');
    expect(await h.run(LAPTOP, 'openssl foo')).toEqual({ stdout: '', stderr: 'Invalid command \'foo\'; type "help" for a list.\n', exitCode: 1 });
    expect(await h.run(LAPTOP, 'openssl x509 -bogus')).toEqual({ stdout: '', stderr: 'x509: Unknown option: -bogus\nx509: Use -help for summary.\n', exitCode: 1 });
    const x = await h.run(LAPTOP, 'openssl x509 -in nofile.cert -noout -subject');
    expect(x.stderr.split('\n')[0]).toBe('Could not open file or uri for loading certificate from nofile.cert');
  });
});
