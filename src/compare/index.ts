// The cross-source comparison of figures.
export { compareFigures, sideOf, type CompareOptions } from './compare.js';
export * from './types.js';
