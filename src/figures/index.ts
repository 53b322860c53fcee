// Figures: who counted what, how many, according to whom, as of when.
export { buildFigures, figuresOfDocument, type DocumentFigures, type FigureOptions } from './build.js';
export { figuresLexicon } from './lexicon.js';
export * from './types.js';
