// A file name with a typo: `kubectl create -f kubia-svc-named-ports.yml`, `cat kubia-scv.yaml`,
// `kubectl create secret tls … --cert=tls.crt`, `openssl x509 -in tls.crt`.
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const missingFile: Rule = {
  meta: { id: 'missing-file', description: 'A file that does not exist, close to one that does', messages: ['near'] },
  check(ctx) {
    const path = missingPath(ctx.stderr);
    if (!path) return undefined;
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const near = closest(base, ctx.files);
    if (!near) return undefined;
    return { message: 'near', data: { file: path, near: slash >= 0 ? path.slice(0, slash + 1) + near : near } };
  },
};

/** The path a tool could not open, from its own error text. */
const MISSING: RegExp[] = [
  // kubectl -f
  /the path "([^"]+)" does not exist/,
  // kubectl's --from-file, --cert, --key (Go's os.Open error)
  /open ([^:\n]+): no such file or directory/,
  // coreutils and busybox: `cat: x: No such file or directory`, `sh: can't open 'x'`
  /(?:^|\n)[\w-]+: (?:can't open '|cannot open ')?([^:'\n]+)'?: No such file or directory/,
  // OpenSSL 3: `Could not open file or uri for loading private key from tls.kye`
  /Could not open file or uri for loading [\w ]+ from (\S+)/,
];

function missingPath(stderr: string): string | undefined {
  for (const re of MISSING) {
    const m = re.exec(stderr);
    if (m) return m[1];
  }
  return undefined;
}
