import sharp from 'sharp';
import { AppError } from '../common/errors.js';

/** Larger images are refused before decoding: a small file can expand to gigabytes of pixels. */
const MAX_INPUT_PIXELS = 40_000_000;
const OUTPUT_WIDTH = 1200;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/**
 * Decodes an uploaded screenshot's header: a file whose first bytes say PNG or JPEG but that no
 * decoder can read is refused like any other fake image.
 */
export async function checkImageDecodes(content: Buffer, filename: string): Promise<void> {
  try {
    const meta = await sharp(content, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).metadata();
    if (!meta.width || !meta.height) throw new Error('no size');
    // Decoding the pixels finds a truncated or corrupt body that the header alone does not show.
    await sharp(content, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).resize(64).toBuffer();
  } catch {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Ảnh "${filename}" bị hỏng hoặc không phải ảnh thật (hoặc quá lớn: tối đa ${MAX_INPUT_PIXELS / 1_000_000} triệu điểm ảnh).`,
    );
  }
}

function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if ((line + ' ' + word).trim().length > width) {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) break;
    } else line = (line + ' ' + word).trim();
  }
  if (line && lines.length < maxLines) lines.push(line);
  return lines;
}

function stampSvg(width: number, height: number, caseCode: string, date: string): string {
  const size = Math.round(Math.min(width, height) * 0.42);
  const cx = width / 2;
  const cy = height / 2;
  const w = size * 1.9;
  const h = size * 0.82;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <g transform="rotate(-18 ${cx} ${cy})" opacity="0.85" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" text-anchor="middle" fill="#d4000f">
    <rect x="${cx - w / 2}" y="${cy - h / 2}" width="${w}" height="${h}" rx="${size * 0.08}" fill="#ffffff" fill-opacity="0.6" stroke="#d4000f" stroke-width="${size * 0.06}"/>
    <text x="${cx}" y="${cy + size * 0.1}" font-size="${size * 0.42}" font-weight="bold">TIN GIẢ</text>
    <text x="${cx}" y="${cy + size * 0.3}" font-size="${size * 0.1}">${escapeXml(caseCode)} · ${escapeXml(date)}</text>
  </g>
</svg>`;
}

function footerSvg(width: number, caseCode: string, date: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="56">
  <rect width="100%" height="100%" fill="#d4000f"/>
  <text x="16" y="36" font-size="22" fill="#fff" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">Trung tâm xử lý tin giả · Mã vụ việc ${escapeXml(caseCode)} · Ngày ${escapeXml(date)}</text>
</svg>`;
}

function cardSvg(title: string): string {
  const lines = wrap(title, 48, 8)
    .map((l, i) => `<text x="60" y="${120 + i * 52}">${escapeXml(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OUTPUT_WIDTH}" height="630">
  <rect width="100%" height="100%" fill="#f5f5f5"/>
  <g font-size="38" fill="#333" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">${lines}</g>
</svg>`;
}

/**
 * The stamped image of a confirmed case: the original screenshot (or, when the report had none, a
 * card with the item's text), scaled to 1200 px wide, with a red "TIN GIẢ" stamp carrying the case
 * code and date, and a footer naming the centre. Text is XML-escaped into the SVG, never markup.
 */
export async function stampImage(
  original: Buffer | null,
  input: { caseCode: string; date: string; title: string },
): Promise<Buffer> {
  const base = original
    ? await sharp(original, { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .resize({ width: OUTPUT_WIDTH, withoutEnlargement: false })
        .flatten({ background: '#ffffff' })
        .png()
        .toBuffer()
    : await sharp(Buffer.from(cardSvg(input.title)))
        .png()
        .toBuffer();
  const meta = await sharp(base).metadata();
  const { width, height } = meta;
  const stamped = await sharp(base)
    .composite([{ input: Buffer.from(stampSvg(width, height, input.caseCode, input.date)) }])
    .png()
    .toBuffer();
  return sharp(stamped)
    .extend({ bottom: 56, background: '#d4000f' })
    .composite([{ input: Buffer.from(footerSvg(width, input.caseCode, input.date)), gravity: 'south' }])
    .png()
    .toBuffer();
}
