/** Reading-level formulas the guidance tests and the portal's public-page test hold words to. */
export {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  spanishSyllables,
} from './readability.js';
