// The formulas moved to src/readability so the portal's public-page test can use them too;
// this path stays because the guidance, glossary and parent-center tests import it.
export {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  spanishSyllables,
} from '../../src/readability/index.js';
