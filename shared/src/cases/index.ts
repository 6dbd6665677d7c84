export * from './vocabulary.js';
export * from './lifecycle.js';
export * from './supervision.js';
