import { describe, expect, it } from 'vitest';
import { EditorBridge } from './editor-bridge.js';
import { chooseEditor } from './external-editor.js';

describe('chooseEditor', () => {
  it('opens the learner\'s own editor only when KUBETOUR_EDITOR names it', () => {
    expect(chooseEditor({ KUBETOUR_EDITOR: 'code --wait', EDITOR: 'nano' })).toBe('code --wait');
    expect(chooseEditor({ KUBE_EDITOR: 'vim', VISUAL: 'vim', EDITOR: 'emacs', PATH: '/usr/bin:/bin' })).toBeUndefined();
    expect(chooseEditor({ KUBETOUR_EDITOR: '  ' })).toBeUndefined();
  });
});

describe('EditorBridge', () => {
  it('runs the external editor when asked and resolves with its text', async () => {
    const calls: string[] = [];
    const bridge = new EditorBridge({ KUBETOUR_EDITOR: 'fake' }, (editor, content, file) => {
      calls.push(`${editor} ${file}`);
      return { text: content.replace('80', '8080') };
    });
    const p = bridge.edit('port: 80\n', 'svc.yaml');
    expect(bridge.getState()).toEqual({ mode: 'external', editor: 'fake', content: 'port: 80\n', fileName: 'svc.yaml' });
    bridge.runExternal();
    expect(await p).toBe('port: 8080\n');
    expect(calls).toEqual(['fake svc.yaml']);
    expect(bridge.getState()).toBeNull();
  });
  it('falls back to the built-in editor and resolves with what it returns', async () => {
    const bridge = new EditorBridge({ PATH: '' });
    const p = bridge.edit('a\n', 'x.yaml');
    expect(bridge.getState()?.mode).toBe('builtin');
    bridge.finish(null);
    expect(await p).toBeNull();
  });
});
