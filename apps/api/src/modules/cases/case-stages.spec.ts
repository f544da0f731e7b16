import { CASE_STAGES, furtherStage } from './case-stages';

describe('furtherStage', () => {
  it('starts at intake and ends with the most formal pathways', () => {
    expect(CASE_STAGES[0]).toBe('intake');
    expect(CASE_STAGES.indexOf('due_process')).toBeGreaterThan(CASE_STAGES.indexOf('mediation'));
  });

  it('moves a case forward to a more formal step, never back', () => {
    expect(furtherStage('intake', 'state_complaint')).toBe('state_complaint');
    expect(furtherStage('due_process', 'mediation')).toBe('due_process');
  });

  it('34 CFR 104.36, 104.7(b): the Section 504 routes are stages, beside their IDEA counterparts', () => {
    const at = (stage: string) => CASE_STAGES.indexOf(stage);
    for (const stage of [
      'section_504_notice_request',
      'section_504_meeting',
      'section_504_grievance',
      'ferpa_complaint',
      'section_504_hearing',
    ]) {
      expect(at(stage)).toBeGreaterThan(0);
    }
    expect(at('section_504_notice_request')).toBe(at('pwn_request') + 1);
    expect(at('section_504_grievance')).toBeLessThan(at('ocr_complaint'));
    expect(at('section_504_hearing')).toBeLessThan(at('due_process'));
    expect(furtherStage('section_504_meeting', 'ocr_complaint')).toBe('ocr_complaint');
    expect(furtherStage('section_504_hearing', 'records_request')).toBe('section_504_hearing');
  });

  it('ignores a proceeding kind that is not a continuum step (discipline, iep)', () => {
    expect(furtherStage('mediation', 'discipline')).toBe('mediation');
  });
});
