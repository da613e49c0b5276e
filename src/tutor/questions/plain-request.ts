// A learner who doesn't know the slash commands asks in words: "hint please", "힌트 주세요",
// "정답 보여줘", "다음". Such a line names a tutor command; sent to the shell it would only
// earn `bash: 힌트: command not found`. Only whole lines from these short phrases count — no
// shell command starts with "hint", "힌트" or "정답", and `help` (a bash builtin) is left to
// the shell — so a real command line never matches.

export type PlainRequest = 'hint' | 'solution' | 'next';

const POLITE_KO = '(?:\\s*(?:좀|을|를|은|이|도))?(?:\\s*(?:주세요|줘요?|주실래요|주시겠어요|줄래요?|부탁해요?|부탁합니다|부탁드려요|부탁드립니다|필요해요?|필요합니다|보여\\s*주세요|보여\\s*줘요?|알려\\s*주세요|알려\\s*줘요?|뭐예요|뭐야|뭔가요))?';

const PATTERNS: [PlainRequest, RegExp][] = [
  ['hint', new RegExp(`^(?:힌트${POLITE_KO}|도와\\s*(?:주세요|줘요?)|모르겠어요|모르겠어|잘 모르겠어요|막혔어요)$`)],
  ['hint', /^(?:(?:a |another |one more )?hint(?: please)?|please,? (?:give me )?a hint|give me (?:a |another )?hint(?: please)?|(?:can|could|may) i (?:have|get) a hint(?: please)?|i need a hint|i'?m stuck|stuck|help me)$/],
  ['solution', new RegExp(`^(?:(?:정답|해답|풀이|답)${POLITE_KO}|답을 모르겠어요)$`)],
  ['solution', /^(?:solution|answer|the (?:solution|answer)|show (?:me )?(?:the )?(?:solution|answer)(?: please)?|(?:give|tell) me the (?:solution|answer)(?: please)?|what'?s the (?:solution|answer)|(?:solution|answer) please)$/],
  ['next', /^(?:다음|다음 단계|다음으로|다음 단계로|넘어가자|넘어가요|넘어가기|넘어가 주세요|건너뛰기|건너뛸래요|건너뛰어 주세요|스킵|next|next step|skip|skip (?:this|this step|it)|go on|move on)$/],
];

/** The tutor command a plain-language line asks for, or undefined for anything else. */
export function plainRequest(line: string): PlainRequest | undefined {
  // Trailing punctuation and a polite tone don't change the request: "힌트 주세요~", "hint?".
  const s = line.trim().toLowerCase().replace(/[\s.!?~…？！。]+$/u, '').replace(/\s+/g, ' ');
  if (!s) return undefined;
  return PATTERNS.find(([, re]) => re.test(s))?.[0];
}
