/**
 * The intake questionnaire (part 6): versioned questions in English and Spanish, answer
 * validation for the API, and the mapping from answers to `recommend` input.
 */
export { type Lang, formatLongDate, languages, parseLang } from './lang.js';
export type {
  AnswerType,
  AnswerValue,
  IntakeAnswers,
  IntakeFieldError,
  IntakeValidation,
  Question,
  QuestionChoice,
  Questionnaire,
  ShowIf,
} from './types.js';
export {
  type ValidateIntakeOptions,
  answersToRecommendInput,
  currentQuestionnaireVersion,
  getQuestionnaire,
  isQuestionShown,
  questionnaireVersions,
  validateIntakeAnswers,
} from './questionnaire.js';
