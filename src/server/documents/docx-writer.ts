import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IParagraphOptions,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  type ISectionOptions,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  type IRunOptions,
  WidthType,
} from 'docx';
import {
  A4_MM,
  FONT,
  HEADER_COLUMNS_MM,
  HEADER_OUTDENT_MM,
  LINE_CHARS,
  UNNAMED_SIGNER,
  balancedLines,
  MARGINS_MM,
  MOTTO,
  NATIONAL_TITLE,
  SIZES,
  millimetresToTwips,
  numberLine,
  placeDateLine,
} from '../../domain/documents/decree-30.js';
import type {
  Block,
  Inline,
  OfficialDocument,
  Table as DocTable,
} from '../../domain/documents/official-document.js';

const half = (points: number) => points * 2;
/** Typed as run options so that `bold`/`italics` are read as IRunOptions, not as String methods. */
const textRun = (options: IRunOptions) => new TextRun(options);
const FIRST_LINE_INDENT = millimetresToTwips(10);
const NO_BORDERS = TableBorders.NONE;
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

function runs(content: Inline, options: { size?: number; bold?: boolean; italic?: boolean } = {}): TextRun[] {
  const parts = typeof content === 'string' ? [{ text: content }] : content;
  return parts.map((part) =>
    textRun({
      text: part.text,
      bold: ('bold' in part && part.bold) || options.bold,
      italics: ('italic' in part && part.italic) || options.italic,
      size: half(options.size ?? SIZES.body),
    }),
  );
}

function centred(
  text: string | readonly string[],
  options: { size: number; bold?: boolean; italic?: boolean; underline?: boolean },
) {
  // Several lines are one paragraph with line breaks, so a rule or spacing below applies once.
  const lines = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: lines.map((line, i) =>
      textRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: options.bold,
        italics: options.italic,
        size: half(options.size),
        ...(options.underline ? { underline: {} } : {}),
      }),
    ),
  });
}

/** A short solid rule under the agency name or the trích yếu: a bottom border on an indented empty paragraph. */
function shortRule(indentTwips: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indentTwips, right: indentTwips },
    border: { bottom: RULE },
    spacing: { after: 120 },
    children: [],
  });
}

function cell(children: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({
    children,
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
  });
}

/** A borderless cell of a fixed width in millimetres, with no inner margins. */
function fixedCell(children: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    children,
    width: { size: millimetresToTwips(widthMm), type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

/**
 * Boxes 1–4 as a fixed two-column grid (HEADER_COLUMNS_MM) reaching into the left margin, as the
 * decree's templates do: the right column is wide enough for the quốc hiệu on one line at its size.
 */
function headerTable(rows: TableRow[]): Table {
  const [left, right] = HEADER_COLUMNS_MM;
  return new Table({
    width: { size: millimetresToTwips(left + right), type: WidthType.DXA },
    columnWidths: [millimetresToTwips(left), millimetresToTwips(right)],
    layout: TableLayoutType.FIXED,
    indent: { size: -millimetresToTwips(HEADER_OUTDENT_MM), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows,
  });
}

/** Boxes 1–4: agency and number on the left; quốc hiệu, tiêu ngữ and place-date on the right. */
function headerBlock(doc: OfficialDocument): Table {
  const agencyLines = (name: string) => balancedLines(name.toUpperCase(), LINE_CHARS.agency);
  const left = [
    ...(doc.parentAgency ? [centred(agencyLines(doc.parentAgency), { size: SIZES.agency })] : []),
    centred(agencyLines(doc.agency), { size: SIZES.agency, bold: true }),
    shortRule(millimetresToTwips(18)),
  ];
  const right = [
    centred(NATIONAL_TITLE, { size: SIZES.nationalTitle, bold: true }),
    // The decree draws a solid line as long as the motto beneath it; underlining the motto is that line.
    centred(MOTTO, { size: SIZES.motto, bold: true, underline: true }),
  ];
  const year = doc.date === null ? doc.draftYear : Number(doc.date.slice(0, 4));
  const [leftMm, rightMm] = HEADER_COLUMNS_MM;
  return headerTable([
    new TableRow({ children: [fixedCell(left, leftMm), fixedCell(right, rightMm)] }),
    new TableRow({
      children: [
        fixedCell([centred(numberLine(doc.number, doc.symbol), { size: SIZES.number })], leftMm),
        fixedCell(
          [centred(placeDateLine(doc.place, doc.date, year), { size: SIZES.placeDate, italic: true })],
          rightMm,
        ),
      ],
    }),
  ]);
}

function titleBlock(doc: OfficialDocument): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centred(doc.typeName.toUpperCase(), { size: SIZES.typeName, bold: true }),
    centred(balancedLines(doc.summary, LINE_CHARS.summary), { size: SIZES.summary, bold: true }),
    shortRule(millimetresToTwips(55)),
  ];
}

const bodyParagraph = (options: IParagraphOptions) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 60, after: 60, line: 300 },
    ...options,
  });

function tableBlock(table: DocTable): Table[] {
  const widths = table.columns.map((c) => c.width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column) =>
        new TableCell({
          width: { size: column.width, type: WidthType.PERCENTAGE },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [centred(column.title, { size: SIZES.table, bold: true })],
        }),
    ),
  });
  const rows = table.rows.map((row) =>
    row.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: table.columns.length,
              children: [new Paragraph({ children: runs(row.text, { size: SIZES.table, bold: true }) })],
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: row.cells.map(
            (content, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.PERCENTAGE },
                children: [
                  new Paragraph({
                    alignment: alignmentOf(table.columns[index]?.align),
                    children: runs(content, { size: SIZES.table, bold: row.bold }),
                  }),
                ],
              }),
          ),
        }),
  );
  return chunks(rows).map(
    (part) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...part] }),
  );
}

/**
 * `docx` counts a table's grid columns with `Math.max(...rows)`, which overflows the stack past
 * some 100,000 rows; a long table is written as consecutive tables of at most this many rows, each
 * with the header row, which Word and LibreOffice lay out as one table.
 */
export const TABLE_CHUNK_ROWS = 5_000;

function chunks<T>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += TABLE_CHUNK_ROWS) out.push(rows.slice(i, i + TABLE_CHUNK_ROWS));
  return out;
}

function alignmentOf(align: 'left' | 'center' | 'right' | undefined) {
  if (align === 'center') return AlignmentType.CENTER;
  if (align === 'right') return AlignmentType.RIGHT;
  return AlignmentType.LEFT;
}

function blocks(body: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of body) {
    switch (block.kind) {
      case 'heading':
        out.push(
          bodyParagraph({
            keepNext: true,
            children: runs(block.text, { bold: true, italic: block.level === 3 }),
          }),
        );
        break;
      case 'paragraph':
        out.push(bodyParagraph({ children: runs(block.content, { italic: block.italic }) }));
        break;
      case 'list':
        block.items.forEach((item, index) => {
          const marker = block.ordered ? `${index + 1}. ` : '- ';
          out.push(
            bodyParagraph({
              children: [textRun({ text: marker, size: half(SIZES.body) }), ...runs(item)],
            }),
          );
        });
        break;
      case 'table':
        out.push(...tableBlock(block.table), new Paragraph({ children: [] }));
        break;
    }
  }
  return out;
}

/** Boxes 7 and 9: Nơi nhận bottom left, the signer's authority, title and name on the right. */
function closingBlock(doc: OfficialDocument): Table {
  const recipients = [
    new Paragraph({
      children: [
        textRun({ text: 'Nơi nhận:', bold: true, italics: true, size: half(SIZES.recipientsLabel) }),
      ],
    }),
    ...doc.recipients.map(
      (recipient, index) =>
        new Paragraph({
          children: [
            textRun({
              text: `- ${recipient}${index === doc.recipients.length - 1 ? '.' : ';'}`,
              size: half(SIZES.recipients),
            }),
          ],
        }),
    ),
  ];
  const signer = [
    ...(doc.signature.authority
      ? [centred(doc.signature.authority.toUpperCase(), { size: SIZES.signature, bold: true })]
      : []),
    centred(doc.signature.title.toUpperCase(), { size: SIZES.signature, bold: true }),
    ...Array.from({ length: 4 }, () => new Paragraph({ children: [] })),
    // The name line is there even before the signer is chosen, for the records office to fill in.
    centred(doc.signature.name.trim() || UNNAMED_SIGNER, { size: SIZES.signature, bold: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, 50), cell(signer, 50)] })],
  });
}

function pageProperties(landscape: boolean): ISectionOptions['properties'] {
  return {
    titlePage: true,
    page: {
      size: {
        width: millimetresToTwips(A4_MM.width),
        height: millimetresToTwips(A4_MM.height),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: millimetresToTwips(MARGINS_MM.top),
        bottom: millimetresToTwips(MARGINS_MM.bottom),
        left: millimetresToTwips(MARGINS_MM.left),
        right: millimetresToTwips(MARGINS_MM.right),
      },
      pageNumbers: { start: 1 },
    },
  };
}

/** Page numbers centred in the top margin, none on the first page (§3.1). */
function pageNumberHeaders(): ISectionOptions['headers'] {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [textRun({ children: [PageNumber.CURRENT], size: half(SIZES.pageNumber) })],
        }),
      ],
    }),
    first: new Header({ children: [] }),
  };
}

function appendixSection(doc: OfficialDocument, index: number): ISectionOptions {
  const appendix = doc.appendices[index];
  if (!appendix) throw new RangeError(`no appendix ${index}`);
  return {
    properties: pageProperties(appendix.landscape),
    headers: pageNumberHeaders(),
    children: [
      centred(appendix.label, { size: SIZES.body, bold: true }),
      centred(appendix.title.toUpperCase(), { size: SIZES.body, bold: true }),
      centred(appendix.caption, { size: SIZES.body, italic: true }),
      shortRule(millimetresToTwips(60)),
      ...blocks(appendix.body),
    ],
  };
}

export async function writeDocx(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'baocao',
    title: `${doc.typeName} ${doc.summary}`,
    styles: { default: { document: { run: { font: FONT, size: half(SIZES.body) } } } },
    sections: [
      {
        properties: pageProperties(false),
        headers: pageNumberHeaders(),
        children: [
          headerBlock(doc),
          ...titleBlock(doc),
          ...blocks(doc.body),
          new Paragraph({ children: [] }),
          closingBlock(doc),
        ],
      },
      ...doc.appendices.map((_, index) => appendixSection(doc, index)),
    ],
  });
  return Packer.toBuffer(document);
}
