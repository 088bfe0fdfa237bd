import { type DraftBlock, type DraftContent, type ReportDraft, contentText, sameContent } from './draft.js';

/** What the compiler may do to a draft: rewrite a block's text, add text, move or remove blocks. */
export type DraftEdit =
  | { op: 'rewrite'; blockId: string; text: string }
  | { op: 'insert'; afterId: string | null; text: string; kind?: 'paragraph' | 'heading'; level?: 1 | 2 | 3 }
  | { op: 'move'; blockId: string; afterId: string | null }
  | { op: 'remove'; blockId: string };

export class DraftEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftEditError';
  }
}

function indexOf(blocks: readonly DraftBlock[], id: string): number {
  const i = blocks.findIndex((b) => b.id === id);
  if (i < 0) throw new DraftEditError(`Không có đoạn "${id}" trong bản thảo.`);
  return i;
}

function rewritten(content: DraftContent, text: string): DraftContent {
  switch (content.kind) {
    case 'heading':
      return { ...content, text };
    case 'paragraph':
      return { ...content, text };
    case 'list':
      return {
        kind: 'list',
        items: text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== ''),
      };
    case 'table':
      throw new DraftEditError(
        'Bảng số liệu do hệ thống tính, không sửa trực tiếp được; hãy sửa số liệu gốc rồi làm mới.',
      );
  }
}

/** Inserted after `afterId` within the same part (body or appendix); null puts it first in the body. */
function insertAt(blocks: DraftBlock[], afterId: string | null, block: DraftBlock): void {
  if (afterId === null) {
    blocks.unshift({ ...block, appendix: null, location: blocks[0]?.location ?? block.location });
    return;
  }
  const i = indexOf(blocks, afterId);
  const anchor = blocks[i] as DraftBlock;
  blocks.splice(i + 1, 0, { ...block, appendix: anchor.appendix, location: anchor.location });
}

/**
 * Applies the compiler's edits in order. `newId` names inserted blocks (the caller supplies ids so
 * this stays pure). A rewritten computed block is marked edited, so a refresh leaves it alone.
 */
export function applyEdits(
  draft: ReportDraft,
  edits: readonly DraftEdit[],
  newId: () => string,
): ReportDraft {
  const blocks = draft.blocks.map((b) => structuredClone(b));
  const removed = new Set(draft.removed);
  for (const edit of edits) {
    switch (edit.op) {
      case 'rewrite': {
        const i = indexOf(blocks, edit.blockId);
        const block = blocks[i] as DraftBlock;
        const text = edit.text.trim();
        if (text === '')
          throw new DraftEditError('Nội dung đoạn không được để trống; muốn bỏ đoạn thì hãy xóa.');
        const content = rewritten(block.content, text);
        if (sameContent(content, block.content)) break;
        blocks[i] = { ...block, content, edited: block.origin === 'computed' ? true : block.edited };
        break;
      }
      case 'insert': {
        const text = edit.text.trim();
        if (text === '') throw new DraftEditError('Đoạn thêm mới cần có nội dung.');
        const content: DraftContent =
          edit.kind === 'heading'
            ? { kind: 'heading', level: edit.level ?? 2, text }
            : { kind: 'paragraph', text };
        insertAt(blocks, edit.afterId, {
          id: newId(),
          origin: 'text',
          source: null,
          edited: false,
          location: '',
          appendix: null,
          content,
        });
        break;
      }
      case 'move': {
        const i = indexOf(blocks, edit.blockId);
        if (edit.afterId === edit.blockId)
          throw new DraftEditError('Không thể chuyển một đoạn ra sau chính nó.');
        const [block] = blocks.splice(i, 1) as [DraftBlock];
        if (edit.afterId !== null) indexOf(blocks, edit.afterId);
        insertAt(blocks, edit.afterId, block);
        break;
      }
      case 'remove': {
        const i = indexOf(blocks, edit.blockId);
        const [block] = blocks.splice(i, 1) as [DraftBlock];
        if (block.origin === 'computed') removed.add(block.id);
        break;
      }
    }
  }
  return { ...draft, blocks, removed: [...removed] };
}

export interface DraftChange {
  blockId: string;
  location: string;
  /** `kept`: the data changed but the compiler's wording was kept. */
  change: 'updated' | 'added' | 'dropped' | 'kept';
  before: string | null;
  after: string | null;
}

export interface RefreshResult {
  draft: ReportDraft;
  changes: DraftChange[];
}

/**
 * Recomputes a draft from fresh data: computed blocks take their new content, blocks the compiler
 * wrote or rewrote stay as they are, the compiler's order and removals hold, computed blocks the
 * data no longer yields are dropped, and new ones go after the block that precedes them in the
 * fresh build. Returns every change so the compiler can review it.
 */
export function refreshDraft(old: ReportDraft, fresh: ReportDraft): RefreshResult {
  const freshById = new Map(fresh.blocks.map((b) => [b.id, b]));
  const removed = new Set(old.removed);
  const changes: DraftChange[] = [];
  const blocks: DraftBlock[] = [];
  for (const block of old.blocks) {
    if (block.origin === 'text') {
      blocks.push(block);
      continue;
    }
    const next = freshById.get(block.id);
    if (block.edited) {
      blocks.push(next ? { ...block, location: next.location } : block);
      if (next && !sameContent(next.content, block.content))
        changes.push({
          blockId: block.id,
          location: next.location,
          change: 'kept',
          before: contentText(block.content),
          after: contentText(next.content),
        });
      continue;
    }
    if (!next) {
      changes.push({
        blockId: block.id,
        location: block.location,
        change: 'dropped',
        before: contentText(block.content),
        after: null,
      });
      continue;
    }
    blocks.push({ ...next, appendix: block.appendix });
    if (!sameContent(next.content, block.content))
      changes.push({
        blockId: block.id,
        location: next.location,
        change: 'updated',
        before: contentText(block.content),
        after: contentText(next.content),
      });
  }
  const present = new Set(blocks.map((b) => b.id));
  fresh.blocks.forEach((block, i) => {
    if (present.has(block.id) || removed.has(block.id)) return;
    const anchor = fresh.blocks
      .slice(0, i)
      .reverse()
      .find((b) => present.has(b.id));
    const at = anchor ? blocks.findIndex((b) => b.id === anchor.id) + 1 : 0;
    blocks.splice(at, 0, block);
    present.add(block.id);
    changes.push({
      blockId: block.id,
      location: block.location,
      change: 'added',
      before: null,
      after: contentText(block.content),
    });
  });
  return {
    draft: {
      ...fresh,
      summary: old.summary,
      recipients: old.recipients,
      blocks,
      removed: [...removed],
    },
    changes,
  };
}
