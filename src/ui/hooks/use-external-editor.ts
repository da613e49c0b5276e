// Runs an external editor for `kubectl edit` once the prompt has stopped reading keys: this
// effect runs after the input hook's cleanup released raw mode, so the editor gets a clean
// terminal; Ink resumes when the bridge clears the request.
import { useEffect, useState } from 'react';
import type { EditorBridge, EditorRequest } from '../editor/editor-bridge.js';
import type { T } from '../i18n.js';

export function useExternalEditor(bridge: EditorBridge, req: EditorRequest | null, t: T): string | null {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (req?.mode !== 'external') return;
    const timer = setTimeout(() => {
      const r = bridge.runExternal();
      setError(r.error ? t('editor.failed', { editor: req.editor, message: r.error }) : null);
    }, 0);
    return () => clearTimeout(timer);
  }, [req, bridge, t]);
  return error;
}
