// A file name with a typo: `kubectl create -f kubia-svc-named-ports.yml`, `cat kubia-scv.yaml`.
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const missingFile: Rule = {
  meta: { id: 'missing-file', description: 'A file that does not exist, close to one that does', messages: ['near'] },
  check(ctx) {
    const m = /the path "([^"]+)" does not exist|(?:^|\n)[\w-]+: (?:can't open '|cannot open ')?([^:'\n]+)'?: No such file or directory/.exec(ctx.stderr);
    const path = m?.[1] ?? m?.[2];
    if (!path) return undefined;
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const near = closest(base, ctx.files);
    if (!near) return undefined;
    return { message: 'near', data: { file: path, near: slash >= 0 ? path.slice(0, slash + 1) + near : near } };
  },
};
