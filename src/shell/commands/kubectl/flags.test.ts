import { describe, expect, it } from 'vitest';
import { FlagError, parseFlags, type FlagSpec } from './flags.js';

const specs: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'port', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'replicas', type: 'int' },
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
];

describe('parseFlags (pflag behaviour)', () => {
  it('reads long flags with = or a separate value, anywhere among positionals', () => {
    const p = parseFlags(['get', '--port=80', 'svc', '--port', '81', 'x'], specs);
    expect(p.values.get('port')).toBe('81');
    expect(p.positionals).toEqual(['get', 'svc', 'x']);
  });
  it('reads shorthands: -n default, -ndefault, -n=default', () => {
    expect(parseFlags(['-n', 'a'], specs).values.get('namespace')).toBe('a');
    expect(parseFlags(['-nb'], specs).values.get('namespace')).toBe('b');
    expect(parseFlags(['-n=c'], specs).values.get('namespace')).toBe('c');
  });
  it('combines boolean shorthands (-it)', () => {
    const p = parseFlags(['-it', 'pod'], specs);
    expect(p.values.get('stdin')).toBe(true);
    expect(p.values.get('tty')).toBe(true);
  });
  it('stops at -- and records ArgsLenAtDash', () => {
    const p = parseFlags(['pod', '--', 'curl', '-s', '--port=1'], specs);
    expect(p.positionals).toEqual(['pod', 'curl', '-s', '--port=1']);
    expect(p.argsLenAtDash).toBe(1);
  });
  it('collects repeated string-array flags', () => {
    expect(parseFlags(['-f', 'a.yaml', '-f', 'b.yaml'], specs).values.get('filename')).toEqual(['a.yaml', 'b.yaml']);
  });
  it('uses NoOptDefVal for a bare --dry-run', () => {
    expect(parseFlags(['--dry-run'], specs).values.get('dry-run')).toBe('unchanged');
    expect(parseFlags(['--dry-run=client'], specs).values.get('dry-run')).toBe('client');
  });
  it('words errors as pflag does', () => {
    expect(() => parseFlags(['--foo'], specs)).toThrow(new FlagError('unknown flag: --foo'));
    expect(() => parseFlags(['-z'], specs)).toThrow(new FlagError("unknown shorthand flag: 'z' in -z"));
    expect(() => parseFlags(['-f'], specs)).toThrow(new FlagError("flag needs an argument: 'f' in -f"));
    expect(() => parseFlags(['--port'], specs)).toThrow(new FlagError('flag needs an argument: --port'));
    expect(() => parseFlags(['--replicas=abc'], specs)).toThrow(
      new FlagError('invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax'),
    );
  });
});
