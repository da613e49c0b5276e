// A problem found in a lesson file, pointing at the place in the YAML (`file:line:col: message`).
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  /** Warnings are printed but don't fail `kubetour lint`. */
  severity?: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}
