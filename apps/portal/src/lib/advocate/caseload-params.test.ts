import { describe, expect, it } from 'vitest';
import { caseloadFilter, caseloadSearch, readCaseloadParams } from './caseload-params';

describe(readCaseloadParams.name, () => {
  it('reads every filter, upper-cases the state and keeps a known sort', () => {
    const params = readCaseloadParams(
      new URLSearchParams(
        'status=ACTIVE&issue=discipline&state=nc&due=2026-05-01&sort=NEXT_DUE_ASC',
      ),
    );
    expect(params).toMatchObject({
      status: 'ACTIVE',
      issue: 'discipline',
      state: 'NC',
      due: '2026-05-01',
      sort: 'NEXT_DUE_ASC',
    });
  });

  it('falls back to the default sort for an unknown one', () => {
    expect(readCaseloadParams(new URLSearchParams('sort=DROP_TABLE')).sort).toBe('UPDATED_AT_DESC');
  });
});

describe(caseloadFilter.name, () => {
  it('turns the address into the API filter, leaving out what is empty', () => {
    const params = readCaseloadParams(new URLSearchParams('status=OPEN&stage=mediation&state=tx'));
    expect(caseloadFilter(params)).toEqual({ statuses: ['OPEN'], stage: 'mediation', state: 'TX' });
  });

  it('ignores a status that is not one of the four', () => {
    expect(caseloadFilter(readCaseloadParams(new URLSearchParams('status=LOST')))).toEqual({});
  });
});

describe(caseloadSearch.name, () => {
  it('keeps the other filters, drops the cursor and the default sort', () => {
    const params = readCaseloadParams(
      new URLSearchParams('state=NC&after=abc&sort=UPDATED_AT_DESC&stage=intake'),
    );
    expect(caseloadSearch(params, { stage: 'mediation' })).toBe('?stage=mediation&state=NC');
  });

  it('carries the cursor when asked to, for the next page', () => {
    const params = readCaseloadParams(new URLSearchParams('sort=STUDENT_NAME_ASC'));
    expect(caseloadSearch(params, { after: 'xyz' })).toBe('?sort=STUDENT_NAME_ASC&after=xyz');
  });

  it('is empty when nothing is filtered', () => {
    expect(caseloadSearch(readCaseloadParams(new URLSearchParams()))).toBe('');
  });
});
