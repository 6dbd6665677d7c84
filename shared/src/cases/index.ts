export * from './vocabulary.js';
export * from './lifecycle.js';
