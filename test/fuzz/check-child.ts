// The child process of isolated-check.ts: answers whether a line, alone in a fresh session,
// fails a given way. Its memory is capped by its parent, which kills it when it runs too long.
import { failsAlone } from './fuzz.js';

interface Ask {
  line: string;
  kind: string;
  budget: number;
}

process.on('message', (ask: Ask) => {
  void failsAlone(ask.line, ask.kind, ask.budget).then(
    (fails) => process.send?.({ fails }),
    () => process.send?.({ fails: false }),
  );
});
process.send?.({ ready: true });
