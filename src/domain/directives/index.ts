export * from './kinds.js';
export { parseDirectiveText, DIRECTIVE_WARNINGS, NO_DEADLINE } from './parse.js';
export { readAssignment, readDeadlinePhrase, type Assignment } from './assignment.js';
export * from './extensions.js';
