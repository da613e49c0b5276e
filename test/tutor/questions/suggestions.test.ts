// Everything the tutor suggests when it is not sure must work: every `kubectl explain` path it
// may name runs in the simulated cluster, and the strings exist in both languages.
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/shell/session.js';
import { EXPLAIN_SUGGESTIONS, explainPathFor } from '../../../src/tutor/questions/render.js';
import { resources } from '../../../src/i18n/index.js';

const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));

describe("the tutor's suggestions", () => {
  it('every kubectl explain path it suggests works', async () => {
    const s = Session.create({ seed: 1, scenario: 'kubia' });
    for (const path of EXPLAIN_SUGGESTIONS) {
      const r = await s.run(`kubectl explain ${path}`);
      expect({ path, code: r.exitCode, stderr: r.stderr }).toEqual({ path, code: 0, stderr: '' });
      expect(r.stdout).toContain('DESCRIPTION:');
    }
  });

  it('names the field a question is about', () => {
    expect(explainPathFor('세션 어피니티는 뭐야?')).toBe('service.spec.sessionAffinity');
    expect(explainPathFor('what does readiness do?')).toBe('pod.spec.containers.readinessProbe');
    expect(explainPathFor('quantum entanglement?')).toBe('service.spec');
  });

  it('questions.json has the same keys in ko and en', () => {
    expect(keys(resources.ko.questions).sort()).toEqual(keys(resources.en.questions).sort());
  });
});
