import { describe, expect, test } from 'vitest';
import { isIncomplete, literalWords, splitCommands } from './grammar.js';

describe('isIncomplete', () => {
  test.each([
    ['echo "a', true],
    ["echo 'a", true],
    ['echo a |', true],
    ['echo a &&', true],
    ['echo a ||', true],
    ['echo a \\', true],
    ['for i in 1 2; do', true],
    ['for i in 1 2; do echo $i; done', false],
    ['while true; do\n  echo x', true],
    ['cat <<EOF\nx', true],
    ['cat <<EOF\nx\nEOF', false],
    ["cat <<-'END'\n\tx\n\tEND", false],
    ['cat <<"EOF" | kubectl apply -f -\nkind: Service\nEOF', false],
    ['if true; then', true],
    ['if true; then echo; fi', false],
    ['{ echo', true],
    ['{ echo; }', false],
    ['echo $(date', true],
    ['echo "$(echo ")")"', false],
    ['echo a # "unterminated in a comment', false],
    ['case x in a) echo;; esac', false],
    ['case x in a) echo;;', true],
    ['echo ${X:-a}', false],
    ['sleep 1 &', false],
    ['echo done', false],
    ['echo if', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isIncomplete(text)).toBe(expected);
  });
});

describe('splitCommands', () => {
  test('one command line per element; multi-line constructs stay whole', () => {
    const script = [
      'echo a; echo b',
      '',
      '# a comment',
      'kubectl apply -f - <<EOF',
      'apiVersion: v1',
      'kind: Service',
      'EOF',
      'for i in $(seq 3); do',
      '  curl -s http://kubia',
      'done',
      'echo "multi',
      'line"',
      'echo one \\',
      '  two',
      '   indented',
      '',
    ].join('\n');
    expect(splitCommands(script)).toEqual([
      'echo a; echo b',
      '# a comment',
      'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nEOF',
      'for i in $(seq 3); do\n  curl -s http://kubia\ndone',
      'echo "multi\nline"',
      'echo one \\\n  two',
      'indented',
    ]);
  });

  test('CRLF scripts and a missing final newline', () => {
    expect(splitCommands('echo a\r\necho b')).toEqual(['echo a', 'echo b']);
  });

  test('an unfinished tail comes back as is', () => {
    expect(splitCommands('echo ok\necho "oops')).toEqual(['echo ok', 'echo "oops']);
  });

  test('heredoc delimiters with <<- and tabs', () => {
    expect(splitCommands('cat <<-X\n\thello\n\tX\necho after')).toEqual(['cat <<-X\n\thello\n\tX', 'echo after']);
  });
});

describe('literalWords', () => {
  test('splits on blanks and removes quotes', () => {
    expect(literalWords('kubectl   get svc ')).toEqual(['kubectl', 'get', 'svc']);
    expect(literalWords(`curl -H "Host: kubia.example.com" 'http://x'`)).toEqual(['curl', '-H', 'Host: kubia.example.com', 'http://x']);
    expect(literalWords(`kubectl get svc ''`)).toEqual(['kubectl', 'get', 'svc', '']);
    expect(literalWords(`a'b'"c"d --x=1`)).toEqual(['abcd', '--x=1']);
  });

  test('gives up wherever bash would do more than split and unquote', () => {
    for (const line of ['echo $HOME', 'echo "$HOME"', 'ls *.yaml', 'cd ~', 'a | b', 'a; b', 'a && b', 'a > f', 'echo {a,b}', "echo 'open", 'echo a\\ b', 'X=1 env', '(a)', 'a # c', 'echo `id`']) {
      expect(literalWords(line), line).toBeUndefined();
    }
  });
});
