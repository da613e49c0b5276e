// API errors as values. kubectl's printers turn these into the exact texts of kubectl 1.30
// (`Error from server (NotFound): services "x" not found`, …); the cluster never prints.

export type ApiReason = 'NotFound' | 'AlreadyExists' | 'Invalid' | 'BadRequest' | 'Conflict' | 'Forbidden' | 'MethodNotAllowed';

/** One field error, formatted `<path>: <Type>: <value>: <detail>` by apimachinery. */
export interface FieldError {
  path: string;
  type: 'Invalid value' | 'Duplicate value' | 'Required value' | 'Unsupported value' | 'Forbidden' | 'Not found';
  /** Already rendered as Go prints it: strings quoted, numbers bare; undefined when not shown. */
  value?: string;
  detail?: string;
}

export class ApiError extends Error {
  constructor(
    readonly reason: ApiReason,
    /** The server's message, e.g. `services "kubia" not found`. */
    message: string,
    readonly kind?: string,
    readonly objectName?: string,
    readonly causes: FieldError[] = [],
  ) {
    super(message);
  }
}

export function formatFieldError(e: FieldError): string {
  const parts = [e.path, e.type];
  if (e.value !== undefined) parts.push(e.value);
  let s = parts.join(': ');
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** `The Service "kubia" is invalid: …` — one cause inline, several as `* ` lines. */
export function invalidError(kind: string, name: string, causes: FieldError[]): ApiError {
  const head = `${kind} "${name}" is invalid`;
  const message =
    causes.length === 1
      ? `${head}: ${formatFieldError(causes[0])}`
      : `${head}: \n${causes.map((c) => `* ${formatFieldError(c)}`).join('\n')}`;
  return new ApiError('Invalid', message, kind, name, causes);
}
