// A lesson's start is prepared before the learner arrives: the pods its start made are ready
// when the welcome is shown (lesson 12's text says foo and bar are ready; its diagram showed
// bar "not ready" while its image was still being pulled).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSessionAt } from '../../src/tutor/engine/build-session.js';
import { shellSessionFactory } from '../../src/tutor/engine/session-factory.js';
import { loadLessons } from '../../src/tutor/lessons/load.js';

const LESSONS = fileURLToPath(new URL('../../lessons', import.meta.url));
const withStart = loadLessons(LESSONS)
  .map((l) => l.lesson!)
  .filter((l) => l.start.commands?.length || l.start.manifests?.length);

describe('the start of a lesson', () => {
  it('has lessons whose start makes pods', () => expect(withStart.map((l) => l.id)).toContain('12-ingress'));

  it.each(withStart.map((l) => [l.id, l]))('%s: every pod its start made is ready at the first step (seeds 1..3)', { timeout: 60_000 }, async (_id, lesson) => {
    for (const seed of [1, 2, 3]) {
      const { session, problems } = await buildSessionAt(lesson, 0, seed, shellSessionFactory);
      expect(problems).toEqual([]);
      const notReady = session.cluster.store
        .list('Pod', 'default')
        .filter((p) => !p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
        .map((p) => `${p.metadata?.name} (seed ${seed})`);
      expect(notReady).toEqual([]);
    }
  });
});
