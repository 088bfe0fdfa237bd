/**
 * What the server keeps as evidence (src/server/tasks/attachment-files.ts, which also checks the
 * content): the form refuses other files before uploading them, so the user hears why at once.
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
];
export const ATTACHMENT_MAX_MB = 10;
export const ATTACHMENT_FORMATS = 'PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, PNG, JPG, TXT';
export const ATTACHMENT_ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');

export type AttachmentProblem = { code: 'badType' } | { code: 'tooLarge'; sizeMb: string };

export function attachmentProblem(file: { name: string; size: number }): AttachmentProblem | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!ext || !ATTACHMENT_EXTENSIONS.includes(ext)) return { code: 'badType' };
  if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024) {
    return { code: 'tooLarge', sizeMb: (file.size / 1024 / 1024).toFixed(1).replace('.', ',') };
  }
  return null;
}

/** "12 KB", "1,4 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
