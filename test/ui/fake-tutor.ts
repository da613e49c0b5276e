// A stand-in for the Tutor facade: enough behaviour (command echo, output, hints, clear,
// quit, a multi-step "lesson") to drive the UI in tests without the real engine.
import { Store } from '../../src/cluster/store/store.js';
import type { LessonSummary, Turn, TutorStatus } from '../../src/tutor/index.js';
import type { SessionPort, TutorPort } from '../../src/ui/conversation.js';

export class FakeSession implements SessionPort {
  cluster = { store: new Store() };
  traces: { id: number }[] = [];
  place_ = 'laptop';
  editor?: (content: string, fileName: string) => Promise<string | null>;
  isIncomplete(text: string): boolean {
    const m = /<<-?\s*'?(\w+)'?/.exec(text);
    if (m) return !text.split('\n').slice(1).some((l) => l.trim() === m[1]);
    return /\\$/.test(text) || (text.split("'").length - 1) % 2 === 1;
  }
  prompt(): string {
    return this.place_ === 'laptop' ? '$ ' : 'root@kubia-x2l9m:/# ';
  }
  depth(): number {
    return this.place_ === 'laptop' ? 1 : 2;
  }
  place() {
    return { kind: this.place_ === 'laptop' ? 'laptop' : 'pod', name: this.place_, ip: '10.0.0.1' };
  }
  fsOf() {
    return {
      readdir: async () => ['kubia-svc.yaml', 'notes/'],
      stat: async (p: string) => ({ isDirectory: p.endsWith('notes') }),
    };
  }
}

export class FakeTutor implements TutorPort {
  lang: 'ko' | 'en' = 'en';
  session = new FakeSession();
  inputs: string[] = [];
  step = 1;
  startTurns(): Turn[] {
    return [{ kind: 'tutor', markdown: 'Welcome to **kubetour**. Type `kubectl get pods`.' }];
  }
  async input(line: string): Promise<Turn[]> {
    const turns = await this.reply(line);
    // Like the Tutor: the learner's meta-commands and answers are echoed as their own turns.
    return /^\/|^[yn]$/.test(line.trim()) ? [{ kind: 'said', text: line.trim() }, ...turns] : turns;
  }
  /** Ctrl-D in a pod shell: back to the laptop. */
  async eof(): Promise<Turn[]> {
    const prompt = this.session.prompt();
    this.session.place_ = 'laptop';
    return [{ kind: 'command', prompt, input: 'exit' }];
  }
  private async reply(line: string): Promise<Turn[]> {
    this.inputs.push(line);
    const echo: Turn = { kind: 'command', prompt: this.session.prompt(), input: line };
    if (line === '/hint') return [{ kind: 'hint', markdown: 'Use `kubectl get`.', n: 1, of: 2 }];
    if (line === '/quit') return [{ kind: 'quit' }];
    if (line === '/lang ko') {
      this.lang = 'ko';
      return [{ kind: 'tutor', markdown: '언어를 한국어로 바꿨습니다.' }];
    }
    if (line === 'clear') return [echo, { kind: 'output', stdout: '\x1b[H\x1b[2J', stderr: '', exitCode: 0 }];
    if (line === '/trace') return [{ kind: 'diagram', name: 'trace' }];
    if (line === 'kubectl get pods') {
      this.step++;
      return [
        echo,
        { kind: 'output', stdout: 'NAME          READY   STATUS    RESTARTS   AGE\nkubia-7nog1   1/1     Running   0          5m\n', stderr: '', exitCode: 0 },
        { kind: 'success', markdown: 'Well done: you listed the pods.' },
      ];
    }
    if (line === 'bad') return [echo, { kind: 'output', stdout: '', stderr: 'bash: bad: command not found\n', exitCode: 127 }];
    return [echo, { kind: 'output', stdout: `ran: ${line.replace(/\n/g, '⏎')}\n`, stderr: '', exitCode: 0 }];
  }
  status(): TutorStatus {
    return { lessonId: '01-services', lessonTitle: 'Services', step: this.step, total: 7, lang: this.lang, prompt: this.session.prompt(), sandbox: false };
  }
  lessons(): LessonSummary[] {
    return [
      { id: '01-services', title: 'Services', done: 7, total: 7 },
      { id: '02-exec', title: 'Testing from inside', done: 1, total: 5 },
      { id: '03-broken', title: 'Broken', done: 0, total: 0, error: 'line 3: bad indent' },
    ];
  }
}
