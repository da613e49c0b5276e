// Every lesson played end to end in English (see lessons-played.ts); one file per language so
// the two run in parallel.
import { describe } from 'vitest';
import { playedLessons } from './lessons-played.js';

describe('every lesson played in en', () => playedLessons('en'));
