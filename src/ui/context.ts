// What every component may read: the translate function for the current language and the
// terminal's size. The theme has its own context (src/ui/theme).
import { createContext, useContext } from 'react';
import { uiT, type T } from './i18n.js';

export interface UiEnv {
  t: T;
  columns: number;
  rows: number;
}

export const UiContext = createContext<UiEnv>({ t: uiT('en'), columns: 80, rows: 24 });
export const useUi = (): UiEnv => useContext(UiContext);
