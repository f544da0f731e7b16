import { describe, expect, it } from 'vitest';
import { applyMove, arrangeBinder, bindable, binderChoice, binderHref } from './binder';

describe('applyMove', () => {
  const ids = ['a', 'b', 'c'];

  it('moves a document up one place', () => {
    expect(applyMove(ids, 'b:up')).toEqual(['b', 'a', 'c']);
  });

  it('moves a document down one place', () => {
    expect(applyMove(ids, 'b:down')).toEqual(['a', 'c', 'b']);
  });

  it('leaves the first document first when moved up, and the last last when moved down', () => {
    expect(applyMove(ids, 'a:up')).toEqual(ids);
    expect(applyMove(ids, 'c:down')).toEqual(ids);
  });

  it('ignores an unknown id or a malformed move', () => {
    expect(applyMove(ids, 'z:up')).toEqual(ids);
    expect(applyMove(ids, 'b:sideways')).toEqual(ids);
    expect(applyMove(ids, null)).toEqual(ids);
  });
});

describe('arrangeBinder', () => {
  const documents = [
    { id: 'pdf1', bindable: true },
    { id: 'docx', bindable: false },
    { id: 'pdf2', bindable: true },
    { id: 'png', bindable: true },
  ];

  it('puts the chosen documents first, in the chosen order, then the others in list order', () => {
    const { chosen, others } = arrangeBinder(documents, ['png', 'pdf1']);
    expect(chosen.map((d) => d.id)).toEqual(['png', 'pdf1']);
    expect(others.map((d) => d.id)).toEqual(['docx', 'pdf2']);
  });

  it('drops unknown ids, repeats and documents that cannot be bound', () => {
    const { chosen } = arrangeBinder(documents, ['pdf2', 'nope', 'docx', 'pdf2']);
    expect(chosen.map((d) => d.id)).toEqual(['pdf2']);
  });
});

describe('bindable', () => {
  it('accepts PDFs, PNG and JPEG images only', () => {
    expect(bindable('application/pdf')).toBe(true);
    expect(bindable('image/png')).toBe(true);
    expect(bindable('image/jpeg')).toBe(true);
    expect(bindable('image/heic')).toBe(false);
    expect(
      bindable('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toBe(false);
    expect(bindable('text/plain')).toBe(false);
  });
});

describe('binderHref', () => {
  it('names the documents in order, the language, and whether internal ones may be bound', () => {
    expect(binderHref('p-1', ['b', 'a'], 'es')).toBe(
      '/api/proceedings/p-1/binder.pdf?documents=b%2Ca&lang=es&includeInternal=false',
    );
    expect(binderHref('p-1', ['a'], 'en', true)).toBe(
      '/api/proceedings/p-1/binder.pdf?documents=a&lang=en&includeInternal=true',
    );
  });
});

describe('binderChoice', () => {
  const pdf = (visibility: string) => ({
    visibility,
    currentVersion: { contentType: 'application/pdf' },
  });

  it('leaves an internal document out until the person chooses to include internal documents', () => {
    expect(binderChoice(pdf('INTERNAL'), false)).toEqual({
      bindable: false,
      internal: true,
      blocked: 'internal',
    });
    expect(binderChoice(pdf('INTERNAL'), true)).toEqual({
      bindable: true,
      internal: true,
      blocked: null,
    });
    expect(binderChoice(pdf('SHARED'), false)).toEqual({
      bindable: true,
      internal: false,
      blocked: null,
    });
  });

  it('names the type first when a document cannot be bound at all', () => {
    const docx = {
      visibility: 'INTERNAL',
      currentVersion: {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    };
    expect(binderChoice(docx, true).blocked).toBe('type');
  });
});
