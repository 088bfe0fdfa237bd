import { createDeflateRaw, crc32 } from 'node:zlib';

/**
 * Hostile uploads built on the fly, small on the wire and huge once read. The zip is written by hand
 * (local headers, central directory) because the point is an entry no sane writer would produce, and
 * its content is streamed through zlib so that the test process never holds the inflated bytes.
 */
interface StreamedEntry {
  name: string;
  /** Called with a sink; writes the entry's content piece by piece. */
  write(push: (chunk: Buffer) => Promise<void>): Promise<void>;
}

async function deflateEntry(entry: StreamedEntry) {
  const deflater = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => compressed.push(chunk));
  let crc = 0;
  let size = 0;
  await entry.write(async (chunk) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  });
  await new Promise<void>((resolve) => deflater.end(resolve));
  return { name: Buffer.from(entry.name), data: Buffer.concat(compressed), crc, size };
}

export async function aZip(entries: StreamedEntry[]): Promise<Buffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { name, data, crc, size } = await deflateEntry(entry);
    if (size >= 0xffffffff) throw new Error('entry too large for a zip without zip64');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, data);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc >>> 0, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += header.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const text = (name: string, content: string): StreamedEntry => ({
  name,
  write: (push) => push(Buffer.from(content)),
});

/** Repeats `unit` until about `bytes` have been written, between `head` and `tail`. */
const repeated = (name: string, head: string, unit: string, bytes: number, tail: string): StreamedEntry => ({
  name,
  async write(push) {
    await push(Buffer.from(head));
    const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1024 * 1024) / unit.length))));
    for (let written = 0; written < bytes; written += block.length) await push(block);
    await push(Buffer.from(tail));
  },
});

/** A DOCX whose word/document.xml inflates to `megabytes` MB of paragraphs. */
export function aZipBombDocx(megabytes: number): Promise<Buffer> {
  return aZip([
    text(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    repeated(
      'word/document.xml',
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
      '<w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p>',
      megabytes * 1024 * 1024,
      '</w:body></w:document>',
    ),
  ]);
}

/** An XLSX whose first sheet has `rows` rows of two cells (the same two: it compresses to little). */
export function aManyRowsXlsx(rows: number): Promise<Buffer> {
  return aZip([
    text(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    text(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="KH" sheetId="1"/></sheets></workbook>',
    ),
    {
      name: 'xl/worksheets/sheet1.xml',
      async write(push) {
        await push(
          Buffer.from(
            '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
          ),
        );
        let batch: string[] = [];
        for (let r = 1; r <= rows; r++) {
          batch.push('<row><c t="inlineStr"><is><t>Nhiệm vụ</t></is></c><c><v>1</v></c></row>');
          if (batch.length === 10_000) {
            await push(Buffer.from(batch.join('')));
            batch = [];
          }
        }
        await push(Buffer.from(`${batch.join('')}</sheetData></worksheet>`));
      },
    },
  ]);
}

/** A syntactically valid PDF of `pages` empty pages (a few MB for 50,000). */
export function aManyPagesPdf(pages: number): Buffer {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`;
  for (let i = 0; i < pages; i++) objects[i + 3] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';
  const parts = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let at = parts[0]?.length ?? 0;
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = at;
    const object = `${n} 0 obj\n${objects[n]}\nendobj\n`;
    parts.push(object);
    at += object.length; // ASCII only
  }
  parts.push(`xref\n0 ${objects.length}\n0000000000 65535 f \n`);
  for (let n = 1; n < objects.length; n++) parts.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  parts.push(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`);
  return Buffer.from(parts.join(''));
}
