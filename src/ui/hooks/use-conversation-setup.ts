// Creates the Conversation once, wires its screen effects to Ink (clearing through Ink's
// stdout so the live area is redrawn, exiting after the goodbye has rendered), and attaches
// the tutor when it has finished opening.
import { useEffect, useRef, useState } from 'react';
import { useApp, useStdout } from 'ink';
import type { Lang } from '../../tutor/index.js';
import { Conversation, type TutorPort } from '../conversation.js';
import { drawDiagram } from '../diagrams/index.js';
import { uiT } from '../i18n.js';

const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

export function useConversationSetup(opts: {
  tutor: TutorPort | Promise<TutorPort>;
  lang: Lang;
  plain: boolean;
  remember(line: string): void;
  onReady?(c: Conversation): void;
  done: (c: Conversation) => boolean;
}): Conversation {
  const { exit } = useApp();
  const { write } = useStdout();
  const effects = useRef({ write, exit });
  effects.current = { write, exit };
  const { tutor, lang, plain, remember, onReady } = opts;

  // The welcome turns are in the state before the first render, so the first frame has them.
  const [conversation] = useState(() => {
    const ready = tutor instanceof Promise ? null : tutor;
    const c: Conversation = new Conversation(
      ready,
      {
        clearScreen: () => effects.current.write(CLEAR_SCREEN),
        exit: () => undefined, // see the effect below: exit after the goodbye has rendered
        remember,
        t: (l, key, vars) => uiT(l)(key, vars),
        diagram: (turn, l): string[] => drawDiagram(c.tutor.session, turn, l, plain),
      },
      lang,
    );
    if (ready) c.start();
    return c;
  });

  useEffect(() => {
    if (!(tutor instanceof Promise)) return;
    let live = true;
    // A failure to open is reported by the caller (run-app), which owns the exit code.
    tutor.then((t) => live && conversation.attach(t), () => undefined);
    return () => {
      live = false;
    };
  }, [tutor, conversation]);

  useEffect(() => {
    onReady?.(conversation);
  }, [conversation, onReady]);

  const done = opts.done(conversation);
  useEffect(() => {
    if (done) effects.current.exit();
  }, [done]);

  return conversation;
}
