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

/**
 * The REST mapper found no served resource for an apiVersion/kind (the book's
 * `extensions/v1beta1` Ingress). kubectl prints `error: resource mapping not found for name:
 * "<name>" namespace: "<ns>" from "<file>": ` + this message + `\nensure CRDs are installed first`.
 */
export class NoKindMatchError extends Error {
  constructor(
    readonly kind: string,
    /** `extensions/v1beta1` */
    readonly version: string,
  ) {
    super(`no matches for kind "${kind}" in version "${version}"`);
  }
}

/**
 * The server's own wording of an Invalid error, as kubectl shows it inside
 * `Error from server (Invalid): error when creating "f.yaml": <this>` — qualified kind
 * (`Ingress.networking.k8s.io`) and several causes as one bracketed list.
 */
export function serverInvalidMessage(e: ApiError, group?: string): string {
  const kind = group ? `${e.kind}.${group}` : e.kind;
  const causes = e.causes.map(formatFieldError);
  const body = causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`;
  return `${kind} "${e.objectName ?? ''}" is invalid: ${body}`;
}
