import { describe, expect, it } from 'vitest';
import { attachment } from '$lib/server/download';
import { readStarterKitRequest } from './starter-kit';

const ANSWERS =
  'state=AZ&plan_type=iep&issues=services_not_provided&has_decision_date=yes&district_decision_date=2026-10-01&written_notice=yes';

const read = (query: string) =>
  readStarterKitRequest(new URLSearchParams(query), 'en', '2026-12-04');

describe(readStarterKitRequest.name, () => {
  it('builds the kit from the carried answers and the names', () => {
    const request = read(`${ANSWERS}&child=Sofía&school=Mesa+Verde&format=docx`);
    expect(request.ok).toBe(true);
    if (!request.ok) return;
    expect(request.format).toBe('docx');
    expect(request.kit.child).toBe('Sofía');
    expect(request.kit.dates.map((d) => d.date)).toEqual([
      '2027-01-18',
      '2027-10-01',
      '2028-10-01',
    ]);
    expect(request.answersQuery).toBe(ANSWERS);
  });

  it('names every field to fix: the child, a name too long, the file type', () => {
    const request = read(`${ANSWERS}&school=${'x'.repeat(201)}&format=zip`);
    expect(request.ok).toBe(false);
    if (request.ok) return;
    expect(request.problems.map((p) => [p.field, p.own])).toEqual([
      ['child', true],
      ['school', true],
      ['format', true],
    ]);
    expect(request.problems[1]?.message).toBe('Please make this shorter: at most 200 letters.');
  });

  it('names an answer the rules refuse by its question, and keeps the other answers', () => {
    const request = read(
      'plan_type=iep&issues=records_denied&has_decision_date=no&child=Ana&format=pdf',
    );
    expect(request.ok).toBe(false);
    if (request.ok) return;
    expect(request.problems).toEqual([
      {
        field: 'state',
        label: 'In which state does your child go to school?',
        message: expect.any(String) as string,
        own: false,
      },
    ]);
    expect(request.answersQuery).toBe('plan_type=iep&issues=records_denied&has_decision_date=no');
  });
});

describe(attachment.name, () => {
  it('gives an ASCII name and the exact one in UTF-8, with nothing unsafe', () => {
    expect(attachment('Kit de inicio para Sofía', '.pdf')).toBe(
      `attachment; filename="Kit de inicio para Sofia.pdf"; filename*=UTF-8''Kit%20de%20inicio%20para%20Sof%C3%ADa.pdf`,
    );
    expect(attachment('Starter kit for "A/B"\r\n', '.docx')).toBe(
      `attachment; filename="Starter kit for A B.docx"; filename*=UTF-8''Starter%20kit%20for%20A%20B.docx`,
    );
  });
});
