import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_FORMATS,
  ATTACHMENT_MAX_MB,
} from '../../domain/files/attachment-policy';

// The form refuses what the server would refuse before uploading it, so the user hears why at once.
export { ATTACHMENT_EXTENSIONS, ATTACHMENT_FORMATS, ATTACHMENT_MAX_MB };
export const ATTACHMENT_ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');

export type AttachmentProblem = { code: 'badType' } | { code: 'tooLarge'; sizeMb: string };

export function attachmentProblem(file: { name: string; size: number }): AttachmentProblem | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!ext || !(ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) return { code: 'badType' };
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
