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

  it('ignores a proceeding kind that is not a continuum step (discipline, iep)', () => {
    expect(furtherStage('mediation', 'discipline')).toBe('mediation');
  });
});
