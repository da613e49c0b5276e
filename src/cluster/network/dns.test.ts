import { describe, expect, test } from 'vitest';
import { parseHosts, parseResolvConf, searchCandidates } from './dns.js';

const pod = { search: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 };

describe('searchCandidates (§4.4)', () => {
  test('fewer than ndots dots: search suffixes first, then the name', () => {
    expect(searchCandidates('kubia', pod)).toEqual(['kubia.default.svc.cluster.local', 'kubia.svc.cluster.local', 'kubia.cluster.local', 'kubia']);
    expect(searchCandidates('kubia.default.svc.cluster.local', pod)[3]).toBe('kubia.default.svc.cluster.local');
  });
  test('ndots or more: the name first; a trailing dot: only the name', () => {
    expect(searchCandidates('a.b.c.d.e.f', pod)[0]).toBe('a.b.c.d.e.f');
    expect(searchCandidates('kubia.default.svc.cluster.local.', pod)).toEqual(['kubia.default.svc.cluster.local']);
  });
});

describe('resolver files', () => {
  test('resolv.conf: search, nameserver, ndots; `search .` means none', () => {
    expect(parseResolvConf('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n')).toEqual({ nameservers: ['10.96.0.10'], search: pod.search, ndots: 5 });
    expect(parseResolvConf('nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n')).toEqual({ nameservers: ['127.0.0.53'], search: [], ndots: 1 });
  });
  test('/etc/hosts: several names per line, comments, case-insensitive', () => {
    const h = parseHosts('127.0.0.1 localhost\n# comment\n130.211.5.78 Kubia.Example.com foo.example.com # trailing\n');
    expect(h.get('kubia.example.com')).toEqual(['130.211.5.78']);
    expect(h.get('foo.example.com')).toEqual(['130.211.5.78']);
  });
});
