import {
  type Answers,
  type Questionnaire,
  isAnswered,
  readStepAnswers,
  visibleAnswers,
} from '$lib/family/questionnaire';

/**
 * The public assessment keeps nothing on the server until the parent chooses to save: its
 * answers travel in the page's own address and forms, named and written exactly as the signed-in
 * wizard's form fields (question id; `yes`/`no`; a multi-choice answer repeated), so one reader
 * (`readStepAnswers`) serves both. Every page of the assessment, its result, the starter kit and
 * "save my answers" read them with `answersFromParams` and write them with `answersToParams`.
 *
 * @example
 *   answersToParams(questionnaire, { state: 'AZ', issues: ['evaluation'], written_notice: false })
 *     .toString(); // 'state=AZ&issues=evaluation&written_notice=no'
 */
export function answersToParams(questionnaire: Questionnaire, answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  for (const question of questionnaire.questions) {
    const value = answers[question.id];
    if (value === undefined || !isAnswered(value)) continue;
    if (Array.isArray(value)) for (const item of value) params.append(question.id, item);
    else if (typeof value === 'boolean') params.set(question.id, value ? 'yes' : 'no');
    else params.set(question.id, String(value));
  }
  return params;
}

/**
 * The answers carried in an address or a form, for the questions these answers show (an answer
 * to a question an earlier change hid is dropped). Nothing is trusted: the rules package
 * validates the result before it is used.
 */
export function answersFromParams(
  questionnaire: Questionnaire,
  params: URLSearchParams | Pick<FormData, 'get' | 'getAll'>,
): Answers {
  return visibleAnswers(questionnaire, readStepAnswers(questionnaire.questions, params).set);
}
