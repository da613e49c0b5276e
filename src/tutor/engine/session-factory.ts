// The real session factory: the shell's Session. Kept apart so the engine and checkpoints
// can be unit-tested with fakes, without loading the whole shell.
import { Session } from '../../shell/session.js';
import type { SessionFactory, TutorSession } from '../session-port.js';

export const shellSessionFactory: SessionFactory = (opts) =>
  (Session as unknown as { create(o: { seed: number; scenario: string }): TutorSession }).create(opts);
