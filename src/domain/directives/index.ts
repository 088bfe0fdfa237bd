export * from './kinds.js';
export { parseDirectiveText, DIRECTIVE_WARNINGS } from './parse.js';
export { readAssignment, readDeadlinePhrase, type Assignment } from './assignment.js';
export * from './extensions.js';
