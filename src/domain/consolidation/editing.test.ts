import { describe, expect, it } from 'vitest';
import { checkConsistency } from './consistency.js';
import { departmentInput, divisionA, doc, egov } from '../../../test/fixtures/consolidation-facts.js';
import { buildDepartmentReport } from './department-report.js';
import { contentText, domainTitle, sameContent } from './draft.js';
import { DraftEditError, applyEdits, refreshDraft } from './editing.js';
import { draftTables, toOfficialDocument } from './to-document.js';

const base = buildDepartmentReport(departmentInput());
let n = 0;
const newId = () => `text-${++n}`;
const ids = (d: typeof base) => d.blocks.map((b) => b.id);
const textOf = (d: typeof base, id: string) => {
  const block = d.blocks.find((b) => b.id === id);
  return block ? contentText(block.content) : undefined;
};

describe('applyEdits', () => {
  it('marks a rewritten computed block as edited and leaves text blocks unmarked', () => {
    const edited = applyEdits(
      base,
      [
        { op: 'rewrite', blockId: 'intro', text: 'Sở báo cáo như sau:' },
        { op: 'insert', afterId: 'intro', text: 'Đoạn do người tổng hợp viết.' },
      ],
      newId,
    );
    expect(edited.blocks[0]).toMatchObject({
      id: 'intro',
      edited: true,
      content: { text: 'Sở báo cáo như sau:' },
    });
    expect(edited.blocks[1]).toMatchObject({ origin: 'text', edited: false, location: 'Phần mở đầu' });
  });

  it('moves a block after another and records removed computed blocks', () => {
    const edited = applyEdits(
      base,
      [
        { op: 'move', blockId: 'completion', afterId: 'intro' },
        { op: 'remove', blockId: 'evaluation:reference' },
      ],
      newId,
    );
    expect(ids(edited).slice(0, 2)).toEqual(['intro', 'completion']);
    expect(ids(edited)).not.toContain('evaluation:reference');
    expect(edited.removed).toEqual(['evaluation:reference']);
  });

  it.each([
    [{ op: 'rewrite' as const, blockId: 'nope', text: 'x' }, 'Không có đoạn "nope"'],
    [{ op: 'rewrite' as const, blockId: 'intro', text: '  ' }, 'không được để trống'],
    [{ op: 'rewrite' as const, blockId: 'evaluation-table', text: 'x' }, 'không sửa trực tiếp'],
    [{ op: 'move' as const, blockId: 'intro', afterId: 'intro' }, 'sau chính nó'],
    [{ op: 'insert' as const, afterId: null, text: '' }, 'cần có nội dung'],
  ])('refuses %j', (edit, message) => {
    expect(() => applyEdits(base, [edit], newId)).toThrow(DraftEditError);
    expect(() => applyEdits(base, [edit], newId)).toThrow(message);
  });
});

describe('refreshDraft', () => {
  const edited = applyEdits(
    base,
    [
      { op: 'rewrite', blockId: 'submission:unit-a:highlights:chung:1', text: 'Tem Vĩnh Tế đã phát hành.' },
      { op: 'insert', afterId: 'completion', text: 'Nhận xét riêng của người tổng hợp.' },
      { op: 'move', blockId: 'heading:problems', afterId: 'intro' },
      { op: 'remove', blockId: 'evaluation:reference' },
    ],
    () => 'note-1',
  );
  const fresh = buildDepartmentReport(
    departmentInput({
      indicators: [{ ...egov, latest: { value: 70, asOf: '2024-06-30', periodCode: '2024-Q2' } }],
      submissions: [
        {
          ...divisionA,
          sections: {
            ...divisionA.sections,
            highlights: doc('Bộ tem mới'),
            nextTasks: doc({ h: 'Bưu chính' }, 'Mở rộng Postmart'),
          },
        },
      ],
    }),
  );
  const { draft, changes } = refreshDraft(edited, fresh);

  it("recomputes figures, keeps the compiler's wording, order, insertions and removals", () => {
    expect(textOf(draft, 'indicator:ind-egov')).toMatch(/đến Quý II\/2024 đạt tỷ lệ 70%/);
    expect(textOf(draft, 'submission:unit-a:highlights:chung:1')).toBe('Tem Vĩnh Tế đã phát hành.');
    expect(ids(draft).slice(0, 2)).toEqual(['intro', 'heading:problems']);
    expect(ids(draft)[ids(draft).indexOf('completion') + 1]).toBe('note-1');
    expect(ids(draft)).not.toContain('evaluation:reference');
  });

  it('drops computed blocks the data no longer yields and adds new ones after their predecessor', () => {
    expect(ids(draft)).not.toContain('submission:unit-b:results:chuyen-doi-so:1');
    const at = ids(draft).indexOf('submission:unit-a:nextTasks:buu-chinh:1');
    expect(at).toBeGreaterThan(ids(draft).indexOf('next-tasks:buu-chinh'));
  });

  it('reports each change with its place, before and after', () => {
    const byId = new Map(changes.map((c) => [c.blockId, c]));
    expect(byId.get('indicator:ind-egov')).toMatchObject({ change: 'updated', location: 'Mục 2.2.1' });
    expect(byId.get('indicator:ind-egov')?.before).toMatch(/65%/);
    expect(byId.get('submission:unit-a:highlights:chung:1')).toMatchObject({
      change: 'kept',
      before: 'Tem Vĩnh Tế đã phát hành.',
      after: 'Bộ tem mới (Phòng Bưu chính)',
    });
    expect(byId.get('submission:unit-b:results:chuyen-doi-so:1')).toMatchObject({
      change: 'dropped',
      after: null,
    });
    expect(byId.get('submission:unit-a:nextTasks:buu-chinh:1')).toMatchObject({
      change: 'added',
      before: null,
    });
    expect(byId.has('note-1')).toBe(false);
  });

  it('changes nothing when the data has not changed', () => {
    expect(refreshDraft(base, buildDepartmentReport(departmentInput())).changes).toEqual([]);
  });
});

describe('checkConsistency', () => {
  const keys = { partial: 'dvc-partial', full: 'dvc-full', total: 'ind-egov' };
  it.each([
    [
      'parts not adding up to the total',
      { [keys.partial]: 647, [keys.full]: 912, [keys.total]: 1348 },
      'ruleViolation',
      /647\) \+ .*912\) = 1\.559, khác .*1\.348\)\. \(Mục 2\.2\.1\)$/,
    ],
    [
      'a rate above 100 %',
      { [keys.partial]: 100, [keys.full]: 20, [keys.total]: 120, rate: 104.5 },
      'rateAbove100',
      /^Tỷ lệ trực tuyến là 104,5%, vượt quá 100%\. \(Phụ lục I\)$/,
    ],
  ])('flags %s with its place in the draft', (_, values, code, message) => {
    const issues = checkConsistency(base, {
      figureSets: [{ scope: null, values }],
      rules: [{ kind: 'sumEquals', parts: [keys.partial, keys.full], total: keys.total }],
      labels: {
        [keys.partial]: 'DVCTT một phần',
        [keys.full]: 'DVCTT toàn trình',
        [keys.total]: 'Tổng DVCTT',
        rate: 'Tỷ lệ trực tuyến',
      },
      percentKeys: ['rate'],
    });
    expect(issues.find((i) => i.code === code)?.message).toMatch(message);
  });

  it('names the unit whose figures break a rule in an upward report', () => {
    const issues = checkConsistency(base, {
      figureSets: [
        { scope: 'Sở A', values: { a: 5, b: 4 } },
        { scope: 'Sở B', values: { a: 3, b: 4 } },
      ],
      rules: [{ kind: 'partLeqTotal', part: 'a', total: 'b' }],
      labels: {},
      percentKeys: [],
    });
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/^Sở A: a \(5\) lớn hơn b \(4\)/)]);
  });
});

describe('toOfficialDocument', () => {
  const header = {
    parentAgency: 'UBND tỉnh An Giang',
    agency: 'Sở Thông tin và Truyền thông',
    number: null,
    symbol: 'BC-STTTT',
    place: 'An Giang',
    date: null,
    signature: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn A' },
  };
  it("keeps the compiler's order in the body and puts tables in their appendices", () => {
    const edited = applyEdits(base, [{ op: 'move', blockId: 'completion', afterId: 'intro' }], newId);
    const document = toOfficialDocument(edited, header);
    expect(document.body[1]).toEqual({ kind: 'paragraph', content: textOf(base, 'completion') });
    expect(document.body.some((b) => b.kind === 'table')).toBe(false);
    expect(document.appendices).toEqual([
      expect.objectContaining({
        label: 'Phụ lục I',
        landscape: true,
        caption:
          '(Kèm theo Báo cáo số      /BC-STTTT ngày      tháng      năm      của Sở Thông tin và Truyền thông)',
      }),
    ]);
    // The body closes with the end mark of Nghị định 30, once.
    const last = document.body.filter((b) => b.kind === 'paragraph' || b.kind === 'list').at(-1);
    expect(JSON.stringify(last)).toMatch(/\.\/\.(")/);
    expect(JSON.stringify(document.body).match(/\.\/\./g)).toHaveLength(1);
    expect(document.summary).toBe(base.summary);
    expect(draftTables(edited).map((t) => t.columns.length)).toEqual([5]);
  });
});

describe('comparing blocks read back from storage', () => {
  it.each([
    [
      { kind: 'heading', level: 2, text: '2.1. Lĩnh vực Bưu chính' },
      { text: '2.1. Lĩnh vực Bưu chính', level: 2, kind: 'heading' },
      true,
    ],
    [{ kind: 'paragraph', text: 'a' }, { text: 'b', kind: 'paragraph' }, false],
  ] as const)('%j vs %j (keys in another order) → same: %s', (a, b, same) => {
    expect(sameContent(a, b)).toBe(same);
  });

  it.each([
    ['Bưu chính', 'Lĩnh vực Bưu chính'],
    ['Lĩnh vực Viễn thông', 'Lĩnh vực Viễn thông'],
    ['LĨNH VỰC Chuyển đổi số', 'LĨNH VỰC Chuyển đổi số'],
    ['Linh vuc Bao chi', 'Linh vuc Bao chi'],
  ])('domain %s is titled %s', (domain, title) => {
    expect(domainTitle(domain)).toBe(title);
  });
});
