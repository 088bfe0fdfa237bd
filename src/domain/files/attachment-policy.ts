/**
 * Which files baocao keeps as evidence. The server also checks each file's content against its
 * extension; the web form uses the same list to refuse other files before uploading them.
 */
export const ATTACHMENT_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'odt',
  'ods',
  'png',
  'jpg',
  'jpeg',
  'txt',
] as const;
export type AttachmentExtension = (typeof ATTACHMENT_EXTENSIONS)[number];

/** As users name the formats, in messages. */
export const ATTACHMENT_FORMATS = 'PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, PNG, JPG, TXT';

export const ATTACHMENT_MAX_MB = 10;
