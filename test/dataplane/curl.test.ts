// curl 7.88.1's surface (§12): the -v transcript, -i/-I/-o/-w, the progress meter, and its
// messages and exit codes for bad input — in the nginx image (Debian 12), and the kubia
// image's own curl 7.38.0 (Debian 8), whose messages and verbose lines are older.
import { describe, expect, test } from 'vitest';
import { Harness, LAPTOP, kubiaService } from './harness.js';

const METER = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
const ZERO = '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0';

async function inPod() {
  const h = new Harness();
  h.apply(kubiaService());
  const from = h.pod(h.pods()[0].metadata!.name!);
  const vip = h.cluster.api.get('Service', 'default', 'kubia').spec!.clusterIP!;
  return { h, from, vip };
}

/** An nginx pod (Debian 12, curl 7.88.1) next to the kubia pods. */
async function inNginx() {
  const { h, vip } = await inPod();
  h.apply({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
  h.advance(5);
  return { h, from: h.pod('web'), vip };
}

describe('curl -v', () => {
  test('TTY layout: * lines with LF, > and < lines with CRLF, body on stdout', async () => {
    const { h, from, vip } = await inNginx();
    const r = await h.run(from, 'curl -v http://kubia', { tty: true });
    const date = /< Date: (.*)\r\n/.exec(r.stderr)![1];
    expect(r.stderr).toBe(
      `*   Trying ${vip}:80...\n* Connected to kubia (${vip}) port 80 (#0)\n` +
        '> GET / HTTP/1.1\r\n> Host: kubia\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n' +
        `< HTTP/1.1 200 OK\r\n< Date: ${date}\r\n< Connection: keep-alive\r\n< Keep-Alive: timeout=5\r\n< Transfer-Encoding: chunked\r\n< \r\n` +
        '* Connection #0 to host kubia left intact\n',
    );
    expect(date).toMatch(/^Thu, 26 Nov 2026 09:00:\d\d GMT$/);
    expect(r.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
  });

  test('without a TTY: the progress meter and `{ [34 bytes data]` (chunked framing counted)', async () => {
    const { h, from } = await inNginx();
    const r = await h.run(from, 'curl -v http://kubia');
    expect(r.stderr.startsWith(`${METER}${ZERO}*   Trying `)).toBe(true);
    expect(r.stderr).toContain('< \r\n{ [34 bytes data]\n\r100    23    0    23    0     0  11500      0 --:--:-- --:--:-- --:--:-- 11500\n* Connection #0 to host kubia left intact\n');
  });
});

describe('curl output options', () => {
  test('plain curl without a TTY writes the meter to stderr', async () => {
    const { h, from } = await inPod();
    const r = await h.run(from, 'curl http://kubia');
    expect(r.stderr).toBe(`${METER}${ZERO}\r100    23    0    23    0     0  11500      0 --:--:-- --:--:-- --:--:-- 11500\n`);
    const tty = await h.run(from, 'curl http://kubia', { tty: true });
    expect(tty.stderr).toBe('');
  });

  test('-i includes the response head with CRLF; -I sends HEAD', async () => {
    const { h, from } = await inPod();
    const i = await h.run(from, 'curl -si http://kubia');
    expect(i.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\nDate: .* GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\nYou've hit kubia-\w{5}\n$/);
    const head = await h.run(from, 'curl -sI http://kubia');
    expect(head.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\nDate: .* GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n$/);
  });

  test('-o FILE writes the body into the place; -w prints after it', async () => {
    const { h, from } = await inPod();
    const r = await h.run(from, "curl -s -o /tmp/out.txt -w '%{http_code} %{remote_ip}\\n' http://kubia");
    const vip = h.cluster.api.get('Service', 'default', 'kubia').spec!.clusterIP!;
    expect(r.stdout).toBe(`200 ${vip}\n`);
    expect(await h.fsOf(from).readFile('/tmp/out.txt')).toMatch(/^You've hit kubia-\w{5}\n$/);
  });

  test('--resolve pins a name to an address', async () => {
    const { h, from, vip } = await inPod();
    const r = await h.run(from, `curl -s --resolve whatever.example:80:${vip} http://whatever.example/`);
    expect(r.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
  });
});

describe('curl bad input', () => {
  test('unknown option, missing parameter, no URL', async () => {
    const h = new Harness();
    const help = "curl: try 'curl --help' or 'curl --manual' for more information\n";
    expect(await h.run(LAPTOP, 'curl --foo http://x')).toEqual({ stdout: '', stderr: `curl: option --foo: is unknown\n${help}`, exitCode: 2 });
    expect(await h.run(LAPTOP, 'curl -H')).toEqual({ stdout: '', stderr: `curl: option -H: requires parameter\n${help}`, exitCode: 2 });
    expect(await h.run(LAPTOP, 'curl')).toEqual({ stdout: '', stderr: help, exitCode: 2 });
    expect(await h.run(LAPTOP, 'curl -m abc http://x')).toEqual({ stdout: '', stderr: `curl: option -m: expected a proper numerical parameter\n${help}`, exitCode: 2 });
  });

  test('malformed URLs and unsupported protocols', async () => {
    const h = new Harness();
    expect(await h.run(LAPTOP, 'curl -s http://')).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    expect(await h.run(LAPTOP, 'curl -sS http://')).toEqual({ stdout: '', stderr: 'curl: (3) URL using bad/illegal format or missing URL\n', exitCode: 3 });
    expect(await h.run(LAPTOP, 'curl -sS http://kubia:99999')).toEqual({ stdout: '', stderr: 'curl: (3) URL using bad/illegal format or missing URL\n', exitCode: 3 });
    expect(await h.run(LAPTOP, 'curl -sS htpt://kubia')).toEqual({ stdout: '', stderr: 'curl: (1) Protocol "htpt" not supported or disabled in libcurl\n', exitCode: 1 });
  });

  test('an unknown host: exit 6, the meter line runs into the message', async () => {
    const h = new Harness();
    expect(await h.run(LAPTOP, 'curl http://nonexistent')).toEqual({ stdout: '', stderr: `${METER}${ZERO}curl: (6) Could not resolve host: nonexistent\n`, exitCode: 6 });
  });

  test('the laptop\'s own loopback: nothing listens, refused at once (as curl 7.88.1 on a machine with no server)', async () => {
    const h = new Harness();
    expect(await h.run(LAPTOP, 'curl -sS http://localhost:30123')).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to localhost port 30123 after 0 ms: Couldn't connect to server\n", exitCode: 7 });
    expect(await h.run(LAPTOP, 'curl -sS 127.0.0.1:8080')).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect to server\n", exitCode: 7 });
  });

  test('HTTPS to a plain-HTTP port: exit 35', async () => {
    const { h, from } = await inNginx();
    const podIp = h.pods()[1].status!.podIP!;
    expect(await h.run(from, `curl -sS https://${podIp}:8080`)).toEqual({ stdout: '', stderr: 'curl: (35) error:0A00010B:SSL routines::wrong version number\n', exitCode: 35 });
  });

  test('-f turns HTTP errors into exit 22', async () => {
    const h = new Harness();
    expect(await h.run(LAPTOP, 'curl -sSf http://example.com/missing -H "Host: nothing"')).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', exitCode: 22 });
  });
});

describe('wget', () => {
  test('wget -qO- prints the body; an unknown host fails like GNU wget', async () => {
    const { h, from } = await inPod();
    expect((await h.run(from, 'wget -qO- http://kubia')).stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
    expect(await h.run(from, 'wget http://nope')).toEqual({ stdout: '', stderr: "wget: unable to resolve host address 'nope'\n", exitCode: 4 });
  });
});

// curl 7.38.0 as Debian 8 built it (lib/connect.c, lib/http.c, src/tool_operate.c of 7.38):
// connect errors without `after N ms`, User-Agent before Host, `Rebuilt URL to:` and
// `Hostname was NOT found in DNS cache`, `[data not shown]`, no line end after the meter.
describe("the kubia image's curl 7.38", () => {
  test('-v: the old transcript', async () => {
    const { h, from, vip } = await inPod();
    const r = await h.run(from, 'curl -v http://kubia', { tty: true });
    const date = /< Date: (.*)\r\n/.exec(r.stderr)![1];
    expect(r.stderr).toBe(
      `* Rebuilt URL to: http://kubia/\n* Hostname was NOT found in DNS cache\n*   Trying ${vip}...\n* Connected to kubia (${vip}) port 80 (#0)\n` +
        '> GET / HTTP/1.1\r\n> User-Agent: curl/7.38.0\r\n> Host: kubia\r\n> Accept: */*\r\n> \r\n' +
        `< HTTP/1.1 200 OK\r\n< Date: ${date}\r\n< Connection: keep-alive\r\n< Keep-Alive: timeout=5\r\n< Transfer-Encoding: chunked\r\n< \r\n` +
        '* Connection #0 to host kubia left intact\n',
    );
    const meter = await h.run(from, 'curl -v http://kubia/');
    expect(meter.stderr).toContain('< \r\n{ [data not shown]\n');
    expect(meter.stderr).not.toContain('Rebuilt URL');
  });

  test('errors: refused, resolve, timeouts, -f, no URL, bad URL', async () => {
    const { h, from, vip } = await inPod();
    expect(await h.run(from, `curl -sS http://${vip}:81`)).toEqual({ stdout: '', stderr: `curl: (7) Failed to connect to ${vip} port 81: Connection refused\n`, exitCode: 7 });
    expect(await h.run(from, 'curl -sS http://nonexistent')).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: nonexistent\n', exitCode: 6 });
    expect(await h.run(from, 'curl')).toEqual({ stdout: '', stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await h.run(from, 'curl -sS http://')).toEqual({ stdout: '', stderr: 'curl: (3) <url> malformed\n', exitCode: 3 });
    const podIp = h.pods()[1].status!.podIP!;
    expect(await h.run(from, `curl -sS https://${podIp}:8080`)).toEqual({ stdout: '', stderr: 'curl: (35) error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol\n', exitCode: 35 });
  });

  test('--version names the build; other images keep theirs', async () => {
    const { h, from } = await inPod();
    const v = await h.run(from, 'curl --version');
    expect(v.stdout.split('\n')[0]).toBe('curl 7.38.0 (x86_64-pc-linux-gnu) libcurl/7.38.0 OpenSSL/1.0.1t zlib/1.2.8 libidn/1.29 libssh2/1.4.3 librtmp/2.3');
    expect(v.exitCode).toBe(0);
    expect((await h.run(LAPTOP, 'curl -V')).stdout).toMatch(/^curl 7\.88\.1 \(x86_64-pc-linux-gnu\)/);
  });
});

// A name with several addresses (two /etc/hosts lines: glibc's getaddrinfo returns every
// matching line). curl 7.38's lib/connect.c tries them in order: Curl_connecthost gives the
// first attempt half the connect time when a next address exists; after a failure
// Curl_is_connected prints `connect to IP port N failed: ERRNO` and trynextip starts the
// next one with half of what is left (computed from the failed address, which has a next).
// `After Nms connect time, move on!` when that share ends before the kernel's 127 s; with
// every address failed, `Failed to connect to HOST port N: ERRNO` and exit 7. The default
// connect time is 300 s (DEFAULT_CONNECT_TIMEOUT).
describe('curl over several addresses of one name', () => {
  async function twoLines(first: string, second: string) {
    const { h, from } = await inPod();
    const fs = h.fsOf(from);
    await fs.appendFile('/etc/hosts', `${first} multi\n${second} multi\n`);
    return { h, from };
  }

  test('an address that never answers: the kernel gives up after 127 s and curl moves on to the next', async () => {
    const { h } = await inPod();
    const good = h.pods()[1];
    const t = await twoLines('10.9.9.9', good.status!.podIP!);
    const before = t.h.cluster.clock.now();
    const r = await t.h.run(t.from, 'curl -sS -v multi:8080', { tty: true });
    expect(r.stderr).toContain(`*   Trying 10.9.9.9...\n* connect to 10.9.9.9 port 8080 failed: Connection timed out\n*   Trying ${good.status!.podIP}...\n* Connected to multi (${good.status!.podIP}) port 8080 (#0)\n`);
    expect(r.stdout).toBe(`You've hit ${good.metadata!.name}\n`);
    expect(t.h.cluster.clock.now() - before).toBe(127_000);
  });

  test('--connect-timeout 3: the first address gets 1500 ms', async () => {
    const { h } = await inPod();
    const t = await twoLines('10.9.9.9', h.pods()[1].status!.podIP!);
    const r = await t.h.run(t.from, 'curl -sS -v --connect-timeout 3 multi:8080', { tty: true });
    expect(r.stderr).toContain('*   Trying 10.9.9.9...\n* After 1500ms connect time, move on!\n* connect to 10.9.9.9 port 8080 failed: Connection timed out\n');
    expect(r.exitCode).toBe(0);
  });

  test('both refuse: each is tried, then the last errno (7)', async () => {
    const { h, from } = await inPod();
    const a = h.pods()[1].status!.podIP!;
    const b = h.pods()[2].status!.podIP!;
    const t = await twoLines(a, b);
    const r = await t.h.run(from, 'curl -sS -v multi:81', { tty: true });
    expect(r.stderr).toBe(
      `* Rebuilt URL to: http://multi:81/\n* Hostname was NOT found in DNS cache\n*   Trying ${a}...\n* connect to ${a} port 81 failed: Connection refused\n*   Trying ${b}...\n* connect to ${b} port 81 failed: Connection refused\n` +
        '* Failed to connect to multi port 81: Connection refused\n* Closing connection 0\ncurl: (7) Failed to connect to multi port 81: Connection refused\n',
    );
    expect(r.exitCode).toBe(7);
  });

  test('-m 4 with two silent addresses: 2000 ms, then half of the rest, then the last errno (7)', async () => {
    const t = await twoLines('10.9.9.9', '10.9.9.8');
    const r = await t.h.run(t.from, 'curl -sS -v -m 4 multi', { tty: true });
    expect(r.stderr).toContain('*   Trying 10.9.9.9...\n* After 2000ms connect time, move on!\n* connect to 10.9.9.9 port 80 failed: Connection timed out\n*   Trying 10.9.9.8...\n* After 1000ms connect time, move on!\n* connect to 10.9.9.8 port 80 failed: Connection timed out\n');
    expect(r.stderr).toContain('curl: (7) Failed to connect to multi port 80: Connection timed out\n');
  });
});
