import { describe, expect, it } from 'vitest';
import { commandExample } from './command-example.js';

describe('commandExample', () => {
  it('reads simple patterns back into a command the pattern accepts', () => {
    expect(commandExample('kubectl\\s+get\\s+(ep|endpoints)(\\s+|/)external-service')).toBe('kubectl get endpoints external-service');
    expect(commandExample('kubectl\\s+get\\s+(svc|service|services)\\b')).toBe('kubectl get services');
    expect(commandExample('^kubectl\\s+describe\\s+svc\\s+kubia\\b')).toBe('kubectl describe svc kubia');
    expect(commandExample('kubectl\\s+get\\s+pods?(\\s+-n\\s+default)?')).toBe('kubectl get pods');
    expect(commandExample('kubectl\\s+(describe|get)\\s+(svc|service|services)\\b.*kubia')).toBe('kubectl describe services kubia');
  });

  it('gives up on what it cannot spell out', () => {
    expect(commandExample('kubectl\\s+exec\\s+\\S+\\s+--')).toBeUndefined();
    expect(commandExample('kubia-svc-extern-typo\\.yaml')).toBeUndefined();
    expect(commandExample('[')).toBeUndefined();
  });
});
