import { describe, expect, it } from 'vitest';
import { pathwayLabel, STAGES, warningLabel } from '$lib/advocate/labels';
import * as m from '$lib/paraglide/messages';
import { pathwayPrepare, pathwayTitle } from './labels';
import { LADDER } from './recommendation';

/*
 * Every pathway id the rules package can recommend, and every case stage, has words on the
 * family and advocate pages: no raw id (`section_504_hearing`) ever shows.
 */
const WARNINGS = [
  'stay_put',
  'due_process_limit_near',
  'due_process_limit_passed',
  'state_complaint_limit_near',
  'state_complaint_limit_passed',
  'ocr_limit_near',
  'ocr_limit_passed',
  'ferpa_limit_near',
  'ferpa_limit_passed',
  'change_of_placement',
  'interim_setting',
  'no_written_notice',
];

describe('words for pathway ids', () => {
  it('the family ladder and the advocate stages list the same continuum', () => {
    expect([...STAGES]).toEqual([...LADDER]);
  });

  const message = (key: string): string => {
    const fn = (m as unknown as Record<string, (() => string) | undefined>)[key];
    if (fn === undefined) throw new Error(`no message ${key}`);
    return fn();
  };

  it.each(LADDER)('%s has its title, label and (past intake) what to prepare', (id) => {
    expect(pathwayTitle(id)).toBe(
      message(id === 'intake' ? 'family_stage_intake' : `family_pathway_${id}`),
    );
    expect(pathwayLabel(id)).toBe(message(`advocate_pathway_${id}`));
    if (id !== 'intake') expect(pathwayPrepare(id)).toBe(message(`family_prepare_${id}`));
  });

  it.each(WARNINGS)('warning %s has its label', (id) => {
    expect(warningLabel(id)).toBe(message(`advocate_warning_${id}`));
  });
});
