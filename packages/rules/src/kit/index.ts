/**
 * The starter kit (issue 14): from the public assessment's answers, a printable action plan,
 * dates to know, papers to gather and the first letter filled in, in English or Spanish.
 */
export {
  type KitLetterChoice,
  type KitLetterRule,
  type KitLetterTemplate,
  chooseKitLetter,
} from './letter-choice.js';
export {
  type KitDate,
  type KitDateId,
  type StarterKit,
  type StarterKitInput,
  buildStarterKit,
} from './starter-kit.js';
