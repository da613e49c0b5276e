// The tutor's public API, used by the UI: open a Tutor, feed it the learner's lines, render
// the turns it returns. Everything else in src/tutor is internal.
export type { Lang, Turn, TutorOpenOptions, TutorStatus, LessonSummary } from './types.js';
export { Tutor } from './tutor.js';
export { readHistory, appendHistory } from './progress/history.js';
