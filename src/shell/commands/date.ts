// `date` on the virtual clock: the session's time, never the host's. Always UTC (the
// simulated machines have no other zone). Supports the forms people type: plain, -u,
// +FORMAT, -I/--iso-8601[=…], -R/--rfc-email, -d/--date with @EPOCH or a date string.
import type { ShellCommand } from '../types.js';
import { ok, fail } from '../types.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const FULL_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** strftime for the specifiers GNU date users reach for. */
export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%' || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    const f = format[++i];
    switch (f) {
      case 'a': out += DAYS[d.getUTCDay()]; break;
      case 'A': out += FULL_DAYS[d.getUTCDay()]; break;
      case 'b': case 'h': out += MONTHS[d.getUTCMonth()]; break;
      case 'B': out += FULL_MONTHS[d.getUTCMonth()]; break;
      case 'c': out += formatDate(ms, '%a %b %e %H:%M:%S %Y'); break;
      case 'C': out += pad(Math.floor(d.getUTCFullYear() / 100)); break;
      case 'd': out += pad(d.getUTCDate()); break;
      case 'D': out += formatDate(ms, '%m/%d/%y'); break;
      case 'e': out += pad(d.getUTCDate(), 2, ' '); break;
      case 'F': out += formatDate(ms, '%Y-%m-%d'); break;
      case 'H': out += pad(d.getUTCHours()); break;
      case 'I': out += pad(((d.getUTCHours() + 11) % 12) + 1); break;
      case 'j': out += pad(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1, 3); break;
      case 'k': out += pad(d.getUTCHours(), 2, ' '); break;
      case 'l': out += pad(((d.getUTCHours() + 11) % 12) + 1, 2, ' '); break;
      case 'm': out += pad(d.getUTCMonth() + 1); break;
      case 'M': out += pad(d.getUTCMinutes()); break;
      case 'n': out += '\n'; break;
      case 'N': out += pad(d.getUTCMilliseconds() * 1000000, 9); break;
      case 'p': out += d.getUTCHours() < 12 ? 'AM' : 'PM'; break;
      case 'P': out += d.getUTCHours() < 12 ? 'am' : 'pm'; break;
      case 'r': out += formatDate(ms, '%I:%M:%S %p'); break;
      case 'R': out += formatDate(ms, '%H:%M'); break;
      case 's': out += String(Math.floor(ms / 1000)); break;
      case 'S': out += pad(d.getUTCSeconds()); break;
      case 't': out += '\t'; break;
      case 'T': out += formatDate(ms, '%H:%M:%S'); break;
      case 'u': out += String(d.getUTCDay() === 0 ? 7 : d.getUTCDay()); break;
      case 'w': out += String(d.getUTCDay()); break;
      case 'y': out += pad(d.getUTCFullYear() % 100); break;
      case 'Y': out += String(d.getUTCFullYear()); break;
      case 'z': out += '+0000'; break;
      case 'Z': out += 'UTC'; break;
      case '%': out += '%'; break;
      default: out += `%${f}`;
    }
  }
  return out;
}

function parseDateArg(s: string): number | undefined {
  if (/^@-?\d+(\.\d+)?$/.test(s)) return Math.floor(Number(s.slice(1)) * 1000);
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !/\d:\d/.test(s) ? s : `${s}Z`);
  return Number.isNaN(t) ? undefined : t;
}

export const dateCommand: ShellCommand = {
  name: 'date',
  run(ctx) {
    let ms = ctx.session.cluster.clock.now();
    let format = '%a %b %e %H:%M:%S %Z %Y';
    const args = [...ctx.args];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-u' || a === '--utc' || a === '--universal') continue;
      if (a.startsWith('+')) format = a.slice(1);
      else if (a === '-R' || a === '--rfc-email' || a === '--rfc-2822') format = '%a, %d %b %Y %H:%M:%S %z';
      else if (a === '-I' || a === '--iso-8601' || a === '--iso-8601=date') format = '%Y-%m-%d';
      else if (/^(-I|--iso-8601=)(seconds|s)$/.test(a) || a === '-Iseconds') format = '%Y-%m-%dT%H:%M:%S+00:00';
      else if (/^(-I|--iso-8601=)(minutes|m)$/.test(a)) format = '%Y-%m-%dT%H:%M+00:00';
      else if (/^(-I|--iso-8601=)(hours|h)$/.test(a)) format = '%Y-%m-%dT%H+00:00';
      else if (a === '-d' || a === '--date' || a.startsWith('--date=') || (a.startsWith('-d') && a.length > 2)) {
        const v = a === '-d' || a === '--date' ? args[++i] : a.startsWith('--date=') ? a.slice(7) : a.slice(2);
        if (v === undefined) return fail(`date: option requires an argument -- 'd'\nTry 'date --help' for more information.\n`);
        if (v === 'now') continue;
        const t = parseDateArg(v);
        if (t === undefined) return fail(`date: invalid date '${v}'\n`);
        ms = t;
      } else if (a === '--help') {
        return ok('Usage: date [OPTION]... [+FORMAT]\nDisplay the current time in the given FORMAT.\n');
      } else if (a.startsWith('-')) {
        return fail(`date: invalid option -- '${a.replace(/^-+/, '')[0] ?? ''}'\nTry 'date --help' for more information.\n`);
      } else {
        // Setting the clock needs root and a real clock; neither exists here.
        return fail(`date: invalid date '${a}'\n`);
      }
    }
    return ok(`${formatDate(ms, format)}\n`);
  },
};
