// The theme: semantic colour tokens, provided to components through React context.
import { createContext, useContext } from 'react';
import { makeTheme, type Theme } from './theme.js';

export * from './theme.js';

export const ThemeContext = createContext<Theme>(makeTheme({ mode: 'none' }));
export const useTheme = (): Theme => useContext(ThemeContext);
