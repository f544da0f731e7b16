import { computeDeadlines, type Deadline, type DeadlineInput } from '../../src/index.js';

/** The one deadline with this id, failing loudly when it is missing. */
export function deadline(input: DeadlineInput, id: string): Deadline {
  const found = computeDeadlines(input).find((d) => d.id === id);
  if (found === undefined) throw new Error(`no deadline ${id} in ${JSON.stringify(computeDeadlines(input).map((d) => d.id))}`);
  return found;
}

export function ids(input: DeadlineInput): string[] {
  return computeDeadlines(input).map((d) => d.id);
}

export const ev = (type: string, date: string, schoolDays?: number) =>
  schoolDays === undefined ? { type, date } : { type, date, schoolDays };
