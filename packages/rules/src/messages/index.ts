/**
 * The rules' own words as messages: every deadline note is a key and language-neutral
 * parameters, rendered in English or Spanish; deadline titles, event labels and proceeding
 * kind names in both languages. Nothing here returns an internal code.
 */
export { type RulesMessage } from './reader.js';
export { hasRulesMessage, renderRulesMessage } from './render.js';
export { deadlineTitle, eventLabel, proceedingKindLabel } from './labels.js';
