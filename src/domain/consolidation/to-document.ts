import type { Block, OfficialDocument, Table } from '../documents/official-document.js';
import { appendixCaption } from '../documents/decree-30.js';
import type { DraftBlock, DraftContent, ReportDraft, ReportHeader } from './draft.js';

const TYPE_NAME = 'Báo cáo';

function toBlock(content: DraftContent): Block {
  switch (content.kind) {
    case 'heading':
      return { kind: 'heading', level: content.level, text: content.text };
    case 'paragraph':
      return content.italic
        ? { kind: 'paragraph', content: content.text, italic: true }
        : { kind: 'paragraph', content: content.text };
    case 'list':
      return { kind: 'list', ordered: false, items: content.items };
    case 'table':
      return { kind: 'table', table: content.table };
  }
}

const body = (blocks: readonly DraftBlock[]) => blocks.map((b) => toBlock(b.content));

const END = './.';

/** "… như sau./.": the body's last sentence closes with the decree's end mark, once. */
export function withEndMark(blocks: Block[]): Block[] {
  const out = [...blocks];
  const close = (text: string) =>
    text.trimEnd().endsWith(END) ? text : `${text.trimEnd().replace(/[.;:,]+$/, '')}${END}`;
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const block = out[i];
    if (block?.kind === 'paragraph' && typeof block.content === 'string') {
      out[i] = { ...block, content: close(block.content) };
      return out;
    }
    if (block?.kind === 'list' && typeof block.items.at(-1) === 'string') {
      out[i] = { ...block, items: [...block.items.slice(0, -1), close(block.items.at(-1) as string)] };
      return out;
    }
    if (block?.kind === 'paragraph' || block?.kind === 'list') break;
  }
  return [...out, { kind: 'paragraph', content: END }];
}

/**
 * The draft as an administrative document (Nghị định 30/2020): the header the compiler filled in,
 * the body in the compiler's order, and each appendix (the wide tables on landscape pages) after
 * the signature, captioned with the report's number.
 */
export function toOfficialDocument(draft: ReportDraft, header: ReportHeader): OfficialDocument {
  const caption = appendixCaption(TYPE_NAME, header.number, header.symbol, header.date, header.agency);
  return {
    parentAgency: header.parentAgency,
    agency: header.agency,
    number: header.number,
    symbol: header.symbol,
    place: header.place,
    date: header.date,
    draftYear: Number(draft.builtOn.slice(0, 4)),
    typeName: TYPE_NAME,
    summary: draft.summary,
    body: withEndMark(body(draft.blocks.filter((b) => b.appendix === null))),
    recipients: draft.recipients,
    signature: header.signature,
    appendices: draft.appendices
      .map((appendix) => ({
        label: appendix.label,
        title: appendix.title,
        caption,
        landscape: appendix.landscape,
        body: body(draft.blocks.filter((b) => b.appendix === appendix.id)),
      }))
      .filter((appendix) => appendix.body.length > 0),
  };
}

/** Every table of the draft, for the XLSX export, in document order. */
export function draftTables(draft: ReportDraft): Table[] {
  const order = [null, ...draft.appendices.map((a) => a.id)];
  return order.flatMap((part) =>
    draft.blocks.flatMap((b) => (b.appendix === part && b.content.kind === 'table' ? [b.content.table] : [])),
  );
}
