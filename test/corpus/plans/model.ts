/**
 * The plan corpus: each document is described once, layout-neutrally, with the reading a person would
 * make of it. The renderers lay it out as DOCX or XLSX the way some province does; the generator writes
 * the file and `<name>.expected.json` from the same description, so the expectation is authored, never
 * produced by the parser under test.
 */

export type ColumnKey = 'stt' | 'content' | 'lead' | 'coord' | 'time' | 'output' | 'budget' | 'note';

export interface Column {
  key: ColumnKey;
  label: string;
}

/** A heading row inside the table: a part ("A. CÁC CHỈ TIÊU"), a domain ("I. LĨNH VỰC BƯU CHÍNH"). */
export interface GroupRow {
  type: 'group';
  /** As printed, in one cell merged over the row. */
  label: string;
  /** The domain name of the rows under it; null for a part heading (which clears the domain). */
  domain: string | null;
  /** Set when the heading changes what the rows are ("CHỈ TIÊU …" → indicators). */
  kind?: 'indicator' | 'task';
  /** Printed as two cells, "I" | "LĨNH VỰC …", instead of one merged cell. */
  split?: boolean;
}

export interface ItemRow {
  type: 'item';
  /** The STT cell as printed: "1", "2.1", "a)", "-" or "". */
  stt: string;
  /** The content as read; printed after `prefix` in the content cell. */
  content: string;
  /** A label printed inside the content cell ("- ", "a) ") when the STT cell is empty. */
  prefix?: string;
  lead: string[];
  coord: string[];
  time: string;
  output?: string;
  budget?: string;
  note?: string;
  /** The lead cell is merged with the one above (the expected `lead` repeats the shared units). */
  leadMerged?: boolean;
  /** The unit cells as printed, when not simply the units joined ("Văn phòng" / "Sở" on two lines). */
  leadLines?: string[];
  coordLines?: string[];
  /** The content cell as several paragraphs (a wrapped or multi-line cell); joined with spaces when read. */
  contentLines?: string[];
  /** The expected ordinal and sub-ordinal labels ("2" and "1" for "2.1"). */
  ordinal: string | null;
  sub: string | null;
  /** Due dates a person reads from the time cell in the plan's year. */
  dueDates: string[];
}

export type Row = GroupRow | ItemRow;

export interface RegimeExpectation {
  frequency: 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'nineMonths' | 'annual';
  recipient: string | null;
  deadline: Record<string, number | string>;
}

export interface HeaderBlock {
  parentAgency: string | null;
  agency: string | null;
  /** Printed as "Số: …" under the agency; null when the file has none. */
  number: string | null;
  place: string | null;
  /** `YYYY-MM-DD`, printed "Place, ngày d tháng m năm y"; null when the file has none. */
  date: string | null;
  /** Document type line ("KẾ HOẠCH"); null for a bare table. */
  type: string | null;
  title: string | null;
}

export interface CorpusDocument {
  name: string;
  format: 'docx' | 'xlsx';
  /** What the layout exercises, for the README. */
  covers: string;
  header: HeaderBlock;
  /** Body paragraphs between the title and the table (sections, regimes in prose or bullets). */
  body: string[];
  /** A regime table placed after the body (DOCX only). */
  regimeTable?: string[][];
  /** Lines printed just above the table ("PHỤ LỤC", "(Kèm theo Kế hoạch số …)"). */
  aboveTable: string[];
  columns: Column[];
  /** Header layout: one row, or "Đơn vị thực hiện" merged over "Chủ trì" | "Phối hợp". */
  headerRows: 1 | 2;
  /** A row of column numbers (1) … (n) under the header. */
  numberRow: boolean;
  /** DOCX: the STT column uses Word's automatic numbering ("1." and "1.1" from numbering levels). */
  autoNumbering?: boolean;
  /** XLSX: a cover sheet without the table comes first. */
  coverSheet?: boolean;
  /** How several units share a cell. */
  unitJoin: 'paragraphs' | 'comma' | 'semicolon';
  rows: Row[];
  /** Kind of rows before any heading says otherwise. */
  initialKind: 'indicator' | 'task';
  /**
   * The header reads as printed unless a field says otherwise (a blank number is no number; a bare
   * appendix takes its number and date from the "(Kèm theo …)" line).
   */
  expected: Partial<Pick<HeaderBlock, DocumentField>> & {
    year: number;
    regimes: RegimeExpectation[];
  };
}

type DocumentField = 'number' | 'date' | 'agency' | 'parentAgency' | 'title';
const DOCUMENT_FIELDS: DocumentField[] = ['number', 'date', 'agency', 'parentAgency', 'title'];

/** The authored reading of one corpus file, as stored in `<name>.expected.json`. */
export interface ExpectedReading {
  document: Pick<HeaderBlock, DocumentField> & { year: number };
  regimes: RegimeExpectation[];
  items: ExpectedItem[];
}

export interface ExpectedItem {
  kind: 'indicator' | 'task';
  domain: string | null;
  ordinal: string | null;
  subOrdinal: string | null;
  content: string;
  lead: string[];
  coordinators: string[];
  timeframe: string;
  dueDates: string[];
}

/** The expected items of a document: its item rows under the headings that precede them. */
export function expectedItems(doc: CorpusDocument): ExpectedItem[] {
  let kind = doc.initialKind;
  let domain: string | null = null;
  const items: ExpectedItem[] = [];
  for (const row of doc.rows) {
    if (row.type === 'group') {
      domain = row.domain;
      if (row.kind !== undefined) kind = row.kind;
      continue;
    }
    items.push({
      kind,
      domain,
      ordinal: row.ordinal,
      subOrdinal: row.sub,
      content: row.content,
      lead: row.lead,
      coordinators: row.coord,
      timeframe: row.time,
      dueDates: row.dueDates,
    });
  }
  return items;
}

export function expectedReading(doc: CorpusDocument): ExpectedReading {
  const { regimes, year } = doc.expected;
  const field = (name: DocumentField): string | null =>
    name in doc.expected ? (doc.expected[name] ?? null) : doc.header[name];
  const document = Object.fromEntries(DOCUMENT_FIELDS.map((name) => [name, field(name)])) as Pick<
    HeaderBlock,
    DocumentField
  >;
  return { document: { ...document, year }, regimes, items: expectedItems(doc) };
}
