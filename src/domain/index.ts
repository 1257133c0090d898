export * from './entity.js';
export * from './extraction.js';
export * from './fold.js';
export * from './ids.js';
export * from './relation.js';
export * from './release.js';
