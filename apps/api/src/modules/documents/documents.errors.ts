import { DomainError } from '../../platform/errors/domain-error';
import { DOCUMENT_TYPES } from './document.entity';

export const DocumentsErrors = {
  tooLarge: (maxBytes: number) => {
    const megabytes = Math.floor(maxBytes / (1024 * 1024)) || 1;
    return new DomainError(
      'PAYLOAD_TOO_LARGE',
      'FILE_TOO_LARGE',
      `The file is larger than ${megabytes} MB; upload a smaller file.`,
      'file',
      { megabytes },
    );
  },
  typeNotAllowed: (detected: string | null) =>
    new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      'FILE_TYPE_NOT_ALLOWED',
      `This kind of file${detected ? ` (${detected})` : ''} cannot be uploaded. Upload a PDF, a Word document (.docx), a JPEG, PNG or HEIC image, or plain text (including saved emails).`,
      'file',
    ),
  /** A ZIP (DOCX) measured before parsing: too many parts, or inflating past the limit. */
  expandsTooLarge: (maxInflatedBytes: number) => {
    const megabytes = Math.floor(maxInflatedBytes / (1024 * 1024));
    return new DomainError(
      'PAYLOAD_TOO_LARGE',
      'FILE_EXPANDS_TOO_LARGE',
      `This file unpacks to more than ${megabytes} MB or into too many parts, so it cannot be uploaded. Save it again from Word, or upload it as a PDF.`,
      'file',
      { megabytes },
    );
  },
  /** Reading the file's text needed more memory or time than allowed. */
  tooComplex: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'FILE_TOO_COMPLEX',
      'This file needs more memory or time to read than allowed, so it cannot be uploaded. Save it again as a smaller file, or split it.',
      'file',
    ),
  fileMissing: () =>
    new DomainError('BAD_USER_INPUT', 'FILE_MISSING', 'Choose a file to upload.', 'file'),
  fileEmpty: () => new DomainError('BAD_USER_INPUT', 'FILE_EMPTY', 'The file is empty.', 'file'),
  oneFile: () =>
    new DomainError('BAD_USER_INPUT', 'FILE_ONE_AT_A_TIME', 'Upload one file at a time.', 'file'),
  invalidType: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'DOCUMENT_TYPE_INVALID',
      `Choose a document type: ${DOCUMENT_TYPES.join(', ')}.`,
      'type',
    ),
  invalidVisibility: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'DOCUMENT_VISIBILITY_INVALID',
      'Choose who sees it: shared or internal.',
      'visibility',
    ),
  parentsShareOnly: () =>
    new DomainError(
      'FORBIDDEN',
      'DOCUMENT_PARENTS_SHARE_ONLY',
      'Documents you upload are shared with your advocate; they cannot be internal.',
      'visibility',
    ),
  invalidDate: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'DOCUMENT_DATE_INVALID',
      'Give the document date as YYYY-MM-DD, not in the future.',
      'documentDate',
    ),
  invalidTitle: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'DOCUMENT_TITLE_INVALID',
      'Give the document a title of 1 to 200 characters.',
      'title',
      { max: 200 },
    ),
  badForm: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'UPLOAD_FORM_INVALID',
      'Send the upload as multipart/form-data with a "file" part.',
      'file',
    ),
  csrf: () =>
    new DomainError(
      'CSRF_HEADER_REQUIRED',
      'CSRF_HEADER_REQUIRED',
      'Uploads must carry the header x-continuum-upload: 1.',
    ),
  archived: () =>
    new DomainError(
      'DOCUMENT_ARCHIVED',
      'DOCUMENT_ARCHIVED',
      'This document is archived; restore it first.',
      'documentId',
    ),
};
