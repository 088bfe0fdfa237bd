import { create as formatContentDisposition } from 'content-disposition';
import JSZip from 'jszip';
import { removeDiacritics } from '../../domain/text/fold.js';
import { AppError } from '../common/errors.js';
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_FORMATS,
  type AttachmentExtension,
} from '../../domain/files/attachment-policy.js';

// Evidence files are opened by other people on office machines, so only document and image types
// are kept, and a file must be what its name says: the extension and the first bytes must agree.

type Sniffer = (bytes: Buffer) => boolean | Promise<boolean>;

interface FileType {
  contentType: string;
  sniff: Sniffer;
}

const startsWith =
  (...signature: number[]): Sniffer =>
  (bytes) =>
    bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const PDF = startsWith(0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
const PNG = startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = startsWith(0xff, 0xd8, 0xff);
/** The OLE compound file of Word 97–2003 and Excel 97–2003. */
const COMPOUND_FILE = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);

/** An Office Open XML package holding the part that makes it a document of that kind. */
const officeOpenXml =
  (mainPart: string): Sniffer =>
  async (bytes) => {
    if (!ZIP(bytes)) return false;
    try {
      // Only the central directory is read; nothing is inflated.
      const zip = await JSZip.loadAsync(bytes);
      return zip.file('[Content_Types].xml') !== null && zip.file(mainPart) !== null;
    } catch {
      return false;
    }
  };

/** OpenDocument puts an uncompressed `mimetype` entry first, naming the document kind. */
const openDocument =
  (mimeType: string): Sniffer =>
  (bytes) => {
    if (!ZIP(bytes) || bytes.length < 30) return false;
    const nameLength = bytes.readUInt16LE(26);
    const extraLength = bytes.readUInt16LE(28);
    const name = bytes.subarray(30, 30 + nameLength).toString('latin1');
    const start = 30 + nameLength + extraLength;
    return (
      name === 'mimetype' && bytes.subarray(start, start + mimeType.length).toString('latin1') === mimeType
    );
  };

/** C0 and C1 control characters, and DEL. */
function isControl(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
const TEXT_BREAKS = new Set(['\t', '\n', '\r', '\f']);

/** Plain text: valid UTF-8 with no control characters other than tabs, line and page breaks. */
const plainText: Sniffer = (bytes) => {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    for (const ch of text) if (isControl(ch) && !TEXT_BREAKS.has(ch)) return false;
    return true;
  } catch {
    return false;
  }
};

// Keyed by the domain's list, so the two cannot drift apart.
const TYPES: Readonly<Record<AttachmentExtension, FileType>> = {
  pdf: { contentType: 'application/pdf', sniff: PDF },
  png: { contentType: 'image/png', sniff: PNG },
  jpg: { contentType: 'image/jpeg', sniff: JPEG },
  jpeg: { contentType: 'image/jpeg', sniff: JPEG },
  doc: { contentType: 'application/msword', sniff: COMPOUND_FILE },
  xls: { contentType: 'application/vnd.ms-excel', sniff: COMPOUND_FILE },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sniff: officeOpenXml('word/document.xml'),
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    sniff: officeOpenXml('xl/workbook.xml'),
  },
  odt: {
    contentType: 'application/vnd.oasis.opendocument.text',
    sniff: openDocument('application/vnd.oasis.opendocument.text'),
  },
  ods: {
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    sniff: openDocument('application/vnd.oasis.opendocument.spreadsheet'),
  },
  txt: { contentType: 'text/plain; charset=utf-8', sniff: plainText },
};

export const ALLOWED_EXTENSIONS: readonly string[] = ATTACHMENT_EXTENSIONS;
const ALLOWED_LIST = ATTACHMENT_FORMATS;
const isAllowed = (ext: string): ext is AttachmentExtension => ALLOWED_EXTENSIONS.includes(ext);

/** Bidirectional overrides and zero-width marks can make "tep.exe" read as "tep.pdf". */
const INVISIBLE_MARKS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const MAX_NAME_LENGTH = 180;

/** The name as shown and stored: no folders, no control or invisible characters, no leading dots. */
export function sanitizeFilename(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  let visible = '';
  for (const ch of base) if (!isControl(ch)) visible += ch;
  const clean = visible
    .normalize('NFC')
    .replace(INVISIBLE_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (clean.length <= MAX_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/**
 * Checks an uploaded file and returns the name and content type to store. The content type is
 * ours, never the client's, so a browser cannot be told to render the file as something else.
 */
export async function checkAttachment(
  buffer: Buffer,
  rawFilename: string,
  maxBytes: number,
): Promise<{ filename: string; contentType: string }> {
  if (buffer.length > maxBytes) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp đính kèm quá lớn (tối đa ${Math.floor(maxBytes / 1024 / 1024)} MB).`,
    );
  }
  const filename = sanitizeFilename(rawFilename);
  const ext = extensionOf(filename);
  const type = isAllowed(ext) ? TYPES[ext] : undefined;
  if (filename === '' || filename === `.${ext}`) throw AppError.validation('Tên tệp không hợp lệ.');
  if (!type) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Không nhận tệp "${filename}": chỉ nhận các định dạng ${ALLOWED_LIST}.`,
    );
  }
  if (!(await type.sniff(buffer))) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Nội dung tệp "${filename}" không phải định dạng ${ext.toUpperCase()} như phần mở rộng của tên tệp.`,
    );
  }
  return { filename, contentType: type.contentType };
}

/**
 * RFC 6266 (the `content-disposition` package) with the UTF-8 name in filename*, and the name without
 * tone marks as the plain filename for clients that ignore it ("Bao cao.pdf", not "B?o c?o.pdf").
 */
export function contentDisposition(filename: string): string {
  const ascii = removeDiacritics(filename).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return formatContentDisposition(filename, { type: 'attachment', fallback: ascii });
}
