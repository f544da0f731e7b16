import { describe, expect, it } from 'vitest';
import { describeUploadProblem, parseUploadProblem, uploadBody } from './upload';

const fieldId = (field: string) => `upload-${field}`;

describe('uploadBody', () => {
  it('leaves out empty text fields and puts the file last', () => {
    const form = new FormData();
    form.set('title', '  ');
    form.set('type', 'iep');
    form.set('documentDate', '');
    form.set('file', new File(['%PDF-1.4'], 'iep.pdf', { type: 'application/pdf' }));
    const body = uploadBody(form);
    expect([...body.keys()]).toEqual(['type', 'file']);
    expect(body.get('type')).toBe('iep');
    expect((body.get('file') as File).name).toBe('iep.pdf');
  });

  it('has no file part when no file was chosen (an empty file input)', () => {
    const form = new FormData();
    form.set('file', new File([], ''));
    expect(uploadBody(form).has('file')).toBe(false);
  });
});

describe('parseUploadProblem', () => {
  it("reads the API's JSON error", () => {
    expect(
      parseUploadProblem(
        415,
        JSON.stringify({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'No.', field: 'file' }),
      ),
    ).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'No.', field: 'file' });
  });

  it("turns a proxy's plain 413 into a too-large error on the file", () => {
    expect(parseUploadProblem(413, 'Payload Too Large')).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: '',
      field: 'file',
    });
  });

  it('falls back to a generic failure for anything unreadable', () => {
    expect(parseUploadProblem(500, '<html>')).toEqual({ code: 'UPLOAD_FAILED', message: '' });
  });
});

describe('describeUploadProblem', () => {
  it('words a refused file type itself and ties it to the file input', () => {
    const error = describeUploadProblem(
      { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This kind of file (exe) …', field: 'file' },
      'es',
      fieldId,
    );
    expect(error.field).toBe('upload-file');
    expect(error.message).toMatch(/No se puede subir este tipo de archivo/);
  });

  it('words other errors by their key in the reader’s language, on the field the API names', () => {
    expect(
      describeUploadProblem(
        {
          code: 'BAD_USER_INPUT',
          key: 'DOCUMENT_DATE_INVALID',
          message: 'Give the document date as YYYY-MM-DD.',
          field: 'documentDate',
        },
        'es',
        fieldId,
      ),
    ).toEqual({
      field: 'upload-documentDate',
      message: 'Escriba la fecha del documento como un día real que no sea posterior a hoy.',
    });
  });

  it('reads the key and parameters from the API’s JSON', () => {
    expect(
      parseUploadProblem(
        413,
        JSON.stringify({
          code: 'PAYLOAD_TOO_LARGE',
          key: 'FILE_TOO_LARGE',
          params: { megabytes: 50 },
          message: 'Too large.',
          field: 'file',
        }),
      ),
    ).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      key: 'FILE_TOO_LARGE',
      params: { megabytes: 50 },
      message: 'Too large.',
      field: 'file',
    });
  });

  it('says the file is too large even when the proxy gave no message', () => {
    const error = describeUploadProblem({ code: 'PAYLOAD_TOO_LARGE', message: '' }, 'en', fieldId);
    expect(error.field).toBe('upload-file');
    expect(error.message).toMatch(/too large/);
  });
});
