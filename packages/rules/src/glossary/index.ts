/** The glossary and acronym decoder: plain-language words of the dispute ladder, with their law. */
export { GLOSSARY, decodeAcronym, type GlossaryTerm } from './glossary.js';
