import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Column, CorpusDocument, ItemRow } from './model.js';
import { headerLines, itemCells, unitLines } from './render-common.js';

/** Lays a corpus document out as a Word file: header block table, body, optional regime table, appendix. */

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Bold text; typed as run options so the linter does not take `bold` for String.prototype.bold. */
function boldRun(text: string): TextRun {
  const options: IRunOptions = { text, bold: true };
  return new TextRun(options);
}

function paragraphs(lines: readonly string[]): Paragraph[] {
  return lines.length === 0 ? [new Paragraph('')] : lines.map((line) => new Paragraph(line));
}

function cell(
  lines: readonly string[],
  options: { span?: number; merge?: 'restart' | 'continue'; bold?: boolean } = {},
): TableCell {
  return new TableCell({
    children:
      options.bold === true
        ? lines.map((line) => new Paragraph({ children: [boldRun(line)] }))
        : paragraphs(lines),
    ...(options.span === undefined ? {} : { columnSpan: options.span }),
    ...(options.merge === undefined
      ? {}
      : {
          verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }),
  });
}

function headerBlock(doc: CorpusDocument): Table {
  const { left, right } = headerLines(doc.header);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, { bold: true }), cell(right, { bold: true })] })],
  });
}

function isUnit(column: Column): boolean {
  return column.key === 'lead' || column.key === 'coord';
}

function tableHeader(doc: CorpusDocument): TableRow[] {
  const labels = doc.columns.map((c) => [c.label]);
  if (doc.headerRows === 1) {
    return [new TableRow({ tableHeader: true, children: labels.map((l) => cell(l, { bold: true })) })];
  }
  // "Đơn vị thực hiện" spans the unit columns; every other title is merged down over both rows.
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  doc.columns.forEach((column, k) => {
    if (isUnit(column)) {
      if (k === 0 || !isUnit(doc.columns[k - 1] as Column))
        top.push(cell(['Đơn vị thực hiện'], { span: 2, bold: true }));
      bottom.push(cell([column.label], { bold: true }));
    } else {
      top.push(cell([column.label], { merge: 'restart', bold: true }));
      bottom.push(cell([], { merge: 'continue' }));
    }
  });
  return [
    new TableRow({ tableHeader: true, children: top }),
    new TableRow({ tableHeader: true, children: bottom }),
  ];
}

function appendix(doc: CorpusDocument): Table {
  const rows: TableRow[] = tableHeader(doc);
  if (doc.numberRow) {
    rows.push(new TableRow({ children: doc.columns.map((_, k) => cell([`(${String(k + 1)})`])) }));
  }
  for (const row of doc.rows) {
    if (row.type === 'group') {
      const space = row.label.indexOf(' ');
      const children =
        row.split === true
          ? [
              cell([row.label.slice(0, space).replace(/\.$/, '')], { bold: true }),
              cell([row.label.slice(space + 1)], { span: doc.columns.length - 1, bold: true }),
            ]
          : [cell([row.label], { span: doc.columns.length, bold: true })];
      rows.push(new TableRow({ children }));
      continue;
    }
    rows.push(new TableRow({ children: itemRowCells(doc, row) }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/** Whether the lead cell of `rows[k]` starts a merge that the next row continues. */
function startsMerge(doc: CorpusDocument, row: ItemRow): boolean {
  const next = doc.rows[doc.rows.indexOf(row) + 1];
  return next?.type === 'item' && next.leadMerged === true;
}

function itemRowCells(doc: CorpusDocument, row: ItemRow): TableCell[] {
  const texts = itemCells(row);
  return doc.columns.map((column) => {
    const key = column.key;
    if (key === 'lead' && row.leadMerged === true) return cell([], { merge: 'continue' });
    if (key === 'lead' || key === 'coord') {
      const lines = unitLines(row, key, doc.unitJoin);
      return cell(lines, key === 'lead' && startsMerge(doc, row) ? { merge: 'restart' } : {});
    }
    if (key === 'stt' && doc.autoNumbering === true && row.stt !== '') {
      // Word prints "1." and "1.1" from the list levels; the cell itself holds no typed number.
      const level = row.stt.includes('.') && !row.stt.endsWith('.') ? 1 : 0;
      return new TableCell({ children: [new Paragraph({ numbering: { reference: 'stt', level } })] });
    }
    if (key === 'content' && row.contentLines !== undefined) return cell(row.contentLines);
    const text = texts[key];
    return cell(text === '' ? [] : [text]);
  });
}

function regimeTable(rows: readonly string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row) => new TableRow({ children: row.map((text) => cell([text])) })),
  });
}

export async function renderDocx(doc: CorpusDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [headerBlock(doc)];
  if (doc.header.type !== null) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [boldRun(doc.header.type)],
      }),
    );
  }
  if (doc.header.title !== null) {
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(doc.header.title)] }),
    );
  }
  children.push(...doc.body.map((line) => new Paragraph(line)));
  if (doc.regimeTable !== undefined) children.push(regimeTable(doc.regimeTable));
  children.push(
    ...doc.aboveTable.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, text: line })),
  );
  children.push(appendix(doc), new Paragraph('Nơi nhận:'), new Paragraph('- Như trên;'));
  const document = new Document({
    creator: 'baocao corpus',
    numbering: {
      config: [
        {
          reference: 'stt',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.CENTER },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.CENTER },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
