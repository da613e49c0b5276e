// Errors as the API server sends them: a metav1.Status with the HTTP code of its reason and
// the details kubectl reads (kind, name, field causes), so a real kubectl prints its own
// words for them (`Error from server (NotFound): …`, `The Service "x" is invalid: …`).
import { ApiError, NoKindMatchError, type FieldError } from '../cluster/api/errors.js';
import { KINDS, type Kind } from '../cluster/api/kinds.js';

export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: Record<string, unknown>;
  code: number;
}

const CODES: Record<string, number> = {
  NotFound: 404,
  AlreadyExists: 409,
  Conflict: 409,
  Invalid: 422,
  BadRequest: 400,
  Forbidden: 403,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  UnsupportedMediaType: 415,
  InternalError: 500,
  Timeout: 504,
};

/** field.ErrorType → metav1.CauseType. */
const CAUSE_TYPES: Record<FieldError['type'], string> = {
  'Invalid value': 'FieldValueInvalid',
  'Duplicate value': 'FieldValueDuplicate',
  'Required value': 'FieldValueRequired',
  'Unsupported value': 'FieldValueNotSupported',
  Forbidden: 'FieldValueForbidden',
  'Not found': 'FieldValueNotFound',
};

export function status(reason: string, message: string, details?: Record<string, unknown>): StatusBody {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code: CODES[reason] ?? 500 };
}

/** A field error's ErrorBody: everything after `<path>: `. */
function causeMessage(e: FieldError): string {
  const parts: string[] = [e.type];
  if (e.value !== undefined) parts.push(e.value);
  let s = parts.join(': ');
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** The Status for an error the simulated API server threw. */
export function statusOf(err: unknown): StatusBody {
  if (err instanceof ApiError) {
    const info = KINDS[err.kind as Kind] as (typeof KINDS)[Kind] | undefined;
    const group = info?.apiVersion.includes('/') ? info.apiVersion.split('/')[0] : '';
    if (err.reason === 'Invalid') {
      // errors.NewInvalid: details.kind is the Kind, the message the server's own sentence.
      const message = err.kind ? err.message.replace(/^(\w+) /, group ? `$1.${group} ` : '$1 ') : err.message.trimStart();
      return status('Invalid', message, {
        ...(err.objectName ? { name: err.objectName } : {}),
        ...(group ? { group } : {}),
        ...(err.kind ? { kind: err.kind } : {}),
        causes: err.causes.map((c) => ({ reason: CAUSE_TYPES[c.type], message: causeMessage(c), field: c.path })),
      });
    }
    return status(err.reason, err.message, {
      ...(err.objectName ? { name: err.objectName } : {}),
      ...(group ? { group } : {}),
      ...(info ? { kind: info.resource } : {}),
    });
  }
  if (err instanceof NoKindMatchError) return status('NotFound', err.message);
  return status('InternalError', `Internal error occurred: ${err instanceof Error ? err.message : String(err)}`);
}
