import { describe, expect, it } from 'vitest';
import { containerLifetime, restartBackoffSeconds } from './lifetime.js';
import { lookupImage } from '../images.js';

const kubia = lookupImage('luksa/kubia')!;
const dnsutils = lookupImage('tutum/dnsutils')!;

describe('container lifetime', () => {
  it('servers and sleep infinity run until killed', () => {
    expect(containerLifetime({ name: 'k' }, kubia)).toBeUndefined();
    expect(containerLifetime({ name: 'd', command: ['sleep', 'infinity'] }, dnsutils)).toBeUndefined();
    expect(containerLifetime({ name: 'd', command: ['sh', '-c', 'while true; do sleep 1; done'] }, dnsutils)).toBeUndefined();
    expect(containerLifetime({ name: 'd', stdin: true, tty: true }, dnsutils)).toBeUndefined();
  });

  it('shells without a terminal and one-shot commands exit', () => {
    expect(containerLifetime({ name: 'd' }, dnsutils)).toEqual({ after: 0, exitCode: 0 });
    expect(containerLifetime({ name: 'd', command: ['sleep', '30'] }, dnsutils)).toEqual({ after: 30, exitCode: 0 });
    expect(containerLifetime({ name: 'd', command: ['nosuchcmd'] }, dnsutils)).toEqual({ after: 0, exitCode: 127 });
  });

  it('backs off 10 s doubling up to 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(restartBackoffSeconds)).toEqual([10, 20, 40, 80, 160, 300, 300]);
  });
});

// Kubernetes docs, "Define a Command and Arguments for a Container" (notes): args without a
// command are passed to the image's ENTRYPOINT and replace its CMD. busybox and tutum/dnsutils
// have no ENTRYPOINT (CMD `sh` / `/bin/bash`), so `kubectl run tmp --image=busybox
// --restart=Never -- sleep 3600` runs `sleep 3600` and the pod is 1/1 Running.
describe('ENTRYPOINT and CMD per image', () => {
  const busybox = lookupImage('busybox')!;
  const nginx = lookupImage('nginx')!;
  const curl = lookupImage('curlimages/curl')!;
  it('args replace the CMD of images without an ENTRYPOINT', () => {
    expect(containerLifetime({ name: 't', args: ['sleep', '3600'] }, busybox)).toEqual({ after: 3600, exitCode: 0 });
    expect(containerLifetime({ name: 'd', args: ['sleep', 'infinity'] }, dnsutils)).toBeUndefined();
    expect(containerLifetime({ name: 't', args: ['sleep', '1h'] }, busybox)).toEqual({ after: 3600, exitCode: 0 });
  });
  it("args go to kubia's ENTRYPOINT `node app.js`, which keeps serving", () => {
    expect(containerLifetime({ name: 'k', args: ['sleep', '3600'] }, kubia)).toBeUndefined();
  });
  it('entrypoint scripts that exec "$@" run the args (nginx, curlimages/curl)', () => {
    expect(containerLifetime({ name: 'n', args: ['sleep', 'infinity'] }, nginx)).toBeUndefined();
    expect(containerLifetime({ name: 'n' }, nginx)).toBeUndefined();
    expect(containerLifetime({ name: 'c', args: ['sleep', '3600'] }, curl)).toEqual({ after: 3600, exitCode: 0 });
    // curl's entrypoint.sh prepends `curl` to options; with no args it runs bare `curl` (exit 2).
    expect(containerLifetime({ name: 'c', args: ['-s', 'http://kubia'] }, curl)).toEqual({ after: 0, exitCode: 0 });
    expect(containerLifetime({ name: 'c' }, curl)).toEqual({ after: 0, exitCode: 2 });
  });
  it('a command replaces the ENTRYPOINT and drops the CMD', () => {
    expect(containerLifetime({ name: 'k', command: ['sleep', '5'] }, kubia)).toEqual({ after: 5, exitCode: 0 });
    expect(containerLifetime({ name: 't', command: ['sh'] }, busybox)).toEqual({ after: 0, exitCode: 0 });
  });
});
