// Whether a line the learner typed is a question for the tutor rather than a command: it
// starts or ends with a question mark (ASCII or full-width, as Korean keyboards type it).
export function isQuestion(line: string): boolean {
  const s = line.trim();
  return /^[?？]/.test(s) || /[?？]$/.test(s);
}
