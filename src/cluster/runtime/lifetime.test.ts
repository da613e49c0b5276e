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
