import JSZip from 'jszip';

/** The parts of a generated DOCX that tests read back: the XML as Word stores it. */
export interface DocxParts {
  document: string;
  styles: string;
  headers: string[];
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing from the DOCX`);
    return file.async('string');
  };
  const headerNames = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    headers: await Promise.all(headerNames.map(read)),
  };
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A paragraph's text; a line break (`w:br`) reads as "\n". */
function textOf(paragraph: string): string {
  return [...paragraph.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? '')))
    .join('');
}

/** The text of every paragraph (`w:p`), in document order, table cells included. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => textOf(match[0]));
}

/** The XML of the paragraph whose text is exactly `text`, to check its formatting. */
export function paragraphXml(xml: string, text: string): string | undefined {
  for (const match of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const texts = [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? ''));
    if (texts.join('') === text) return match[0];
  }
  return undefined;
}

/** Each table (`w:tbl`, outermost only) as rows of cell texts, with whether the row repeats as a header. */
export function tables(xml: string): { rows: { cells: string[]; header: boolean; cantSplit: boolean }[] }[] {
  const out: { rows: { cells: string[]; header: boolean; cantSplit: boolean }[] }[] = [];
  for (const table of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
    const rows = [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => ({
      cells: [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphTexts(c[0]).join('\n')),
      header: /<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1)"\/>/.test(row[0]),
      cantSplit: /<w:cantSplit\/>|<w:cantSplit w:val="(?:true|1)"\/>/.test(row[0]),
    }));
    out.push({ rows });
  }
  return out;
}

/** Page size and orientation of every section (`w:sectPr`), in twips. */
export function sections(
  xml: string,
): { width: number; height: number; orient: string | null; titlePage: boolean }[] {
  return [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => {
    const size = /<w:pgSz ([^>]*)\/>/.exec(m[0])?.[1] ?? '';
    const attr = (name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(size)?.[1] ?? null;
    return {
      width: Number(attr('w')),
      height: Number(attr('h')),
      orient: attr('orient'),
      titlePage: /<w:titlePg\/>|<w:titlePg w:val="(?:true|1)"\/>/.test(m[0]),
    };
  });
}
