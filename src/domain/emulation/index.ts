export * from './ratings.js';
export * from './points.js';
export * from './titles.js';
export * from './council.js';
export * from './emulation-documents.js';
