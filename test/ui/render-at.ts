// Renders an element with Ink into a fake terminal of a chosen width (ink-testing-library's
// is fixed at 100 columns) and returns the last full frame.
import { EventEmitter } from 'node:events';
import type { ReactElement } from 'react';
import { render } from 'ink';

class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(public columns: number, public rows = 30) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

export function renderAt(columns: number, el: ReactElement): { lastFrame(): string; stdout: FakeStdout; unmount(): void } {
  const stdout = new FakeStdout(columns);
  const stdin = Object.assign(new EventEmitter(), { isTTY: true, setRawMode() {}, setEncoding() {}, resume() {}, pause() {}, ref() {}, unref() {}, read: () => null });
  const inst = render(el, { stdout: stdout as any, stdin: stdin as any, debug: true, exitOnCtrlC: false, patchConsole: false });
  return { lastFrame: () => stdout.frames[stdout.frames.length - 1] ?? '', stdout, unmount: () => inst.unmount() };
}
