export * from './civic-error.js';
export * from './not-a-release-error.js';
export * from './store-error.js';
export * from './releases-not-written-error.js';
