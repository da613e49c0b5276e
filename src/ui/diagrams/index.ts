// Diagrams as text, drawn from the live cluster and request traces.
export * from './diagrams.js';
export * from './draw.js';
