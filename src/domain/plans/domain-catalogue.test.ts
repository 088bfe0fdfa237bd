// eslint-disable-next-line no-restricted-imports -- the test reads the shared seed files; the parser takes a string
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../plan-import/index.js';
import {
  catalogueProblems,
  domainKey,
  domainNameOf,
  proposeCatalogue,
  sentenceCase,
  splitHeading,
} from './domain-catalogue';

describe('domainKey: what two headings of one domain share', () => {
  const same: [string, string, string][] = [
    [
      'part A and part B of seed 003',
      'Lĩnh vực Chính phủ số và Chuyển đổi số',
      'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
    ],
    [
      'report numbering and "Về"',
      '2.3. Về Lĩnh vực Chính phủ số và Chuyển đổi số',
      'Chính phủ số và chuyển đổi số',
    ],
    ['roman numbering', 'III. LĨNH VỰC XUẤT BẢN', 'Xuất bản'],
    ['dashes and "và"', 'Lĩnh vực Báo chí – Truyền thông', 'BÁO CHÍ VÀ TRUYỀN THÔNG'],
    ['a comma (seed 003)', 'Lĩnh vực Báo chí, truyền thông', 'LĨNH VỰC BÁO CHÍ, TRUYỀN THÔNG'],
    [
      'a typo in a tone mark (seed 003: "Chuyển đối số")',
      'Lĩnh vực Chính phủ số và Chuyển đối số quốc gia',
      'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
    ],
    ['ampersand', 'Báo chí & Truyền thông', 'Báo chí - truyền thông'],
    ['"Ngành"', 'Ngành Bưu chính', 'lĩnh vực bưu chính'],
    ['lettered numbering', 'a) Viễn thông', 'VIỄN THÔNG'],
  ];
  it.each(same)('%s', (_name, a, b) => {
    expect(domainKey(a)).toBe(domainKey(b));
  });

  const different: [string, string, string][] = [
    ['two domains', 'Lĩnh vực Bưu chính', 'Lĩnh vực Viễn thông'],
    ['a word made of roman letters is not numbering', 'Xi măng', 'Măng'],
    ['"mạng" is a word, not a lead-in', 'Mạng bưu chính công cộng', 'Bưu chính công cộng'],
    ['tone marks are kept apart from other words', 'An toàn thông tin mạng', 'Chuyển đổi số'],
  ];
  it.each(different)('%s', (_name, a, b) => {
    expect(domainKey(a)).not.toBe(domainKey(b));
  });
});

describe('sentenceCase', () => {
  it.each([
    ['Chính phủ số và Chuyển đổi số', 'Chính phủ số và chuyển đổi số'],
    ['CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA', 'Chính phủ số và chuyển đổi số quốc gia'],
    ['Báo chí – Truyền thông', 'Báo chí – truyền thông'],
    ['Chỉ số DTI của tỉnh', 'Chỉ số DTI của tỉnh'],
    ['AN TOÀN THÔNG TIN MẠNG (ATTT)', 'An toàn thông tin mạng (ATTT)'],
    ['bưu chính', 'Bưu chính'],
    ['CÔNG NGHIỆP ICT', 'Công nghiệp ICT'],
    ['CHỈ SỐ DTI VÀ CNTT', 'Chỉ số DTI và CNTT'],
    ['KINH TẾ SỐ VÀ XÃ HỘI SỐ', 'Kinh tế số và xã hội số'],
    ['BÁO CHÍ, TRUYỀN THÔNG', 'Báo chí, truyền thông'],
    ['PHÁT TRIỂN KT-XH', 'Phát triển KT-XH'],
  ])('%s → %s', (input, expected) => {
    expect(sentenceCase(input)).toBe(expected);
  });
});

describe('proposeCatalogue', () => {
  const headings = [
    'Lĩnh vực Bưu chính',
    'Lĩnh vực Chính phủ số và Chuyển đổi số',
    null,
    'LĨNH VỰC BƯU CHÍNH',
    'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
    'LĨNH VỰC XUẤT BẢN',
    'Lĩnh vực Bưu chính',
  ];

  it('groups the headings of one domain, in the order the plan gives them, named in sentence case', () => {
    expect(proposeCatalogue(headings)).toEqual([
      { name: 'Bưu chính', headings: ['Lĩnh vực Bưu chính', 'LĨNH VỰC BƯU CHÍNH'] },
      {
        name: 'Chính phủ số và chuyển đổi số',
        headings: [
          'Lĩnh vực Chính phủ số và Chuyển đổi số',
          'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
        ],
      },
      { name: 'Xuất bản', headings: ['LĨNH VỰC XUẤT BẢN'] },
    ]);
  });

  it('files each heading under its name', () => {
    const catalogue = proposeCatalogue(headings);
    expect(domainNameOf(catalogue, 'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA')).toBe(
      'Chính phủ số và chuyển đổi số',
    );
    expect(domainNameOf(catalogue, null)).toBeNull();
    expect(catalogueProblems(headings, catalogue)).toEqual([]);
  });

  it('splits a heading the compiler says is another domain', () => {
    const split = splitHeading(proposeCatalogue(headings), 'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA');
    expect(split.map((e) => e.name)).toEqual([
      'Bưu chính',
      'Chính phủ số và chuyển đổi số',
      'Chính phủ số và chuyển đổi số quốc gia',
      'Xuất bản',
    ]);
    expect(catalogueProblems(headings, split)).toEqual([]);
  });

  it('numbers a split-off domain whose name is taken', () => {
    const split = splitHeading(proposeCatalogue(headings), 'LĨNH VỰC BƯU CHÍNH');
    expect(split.map((e) => e.name)).toContain('Bưu chính (2)');
  });
});

describe('catalogueProblems', () => {
  const headings = ['Lĩnh vực Bưu chính', 'LĨNH VỰC BƯU CHÍNH', 'Xuất bản'];
  it.each([
    [
      'a heading left out',
      [{ name: 'Bưu chính', headings: ['Lĩnh vực Bưu chính', 'LĨNH VỰC BƯU CHÍNH'] }],
      ['Đề mục "Xuất bản" chưa được xếp vào lĩnh vực nào.'],
    ],
    [
      'a heading filed twice',
      [
        { name: 'Bưu chính', headings: ['Lĩnh vực Bưu chính', 'LĨNH VỰC BƯU CHÍNH'] },
        { name: 'Xuất bản', headings: ['Xuất bản', 'LĨNH VỰC BƯU CHÍNH'] },
      ],
      ['Đề mục "LĨNH VỰC BƯU CHÍNH" được xếp vào nhiều lĩnh vực.'],
    ],
    [
      'one name twice and an unknown heading',
      [
        { name: 'Bưu chính', headings: ['Lĩnh vực Bưu chính', 'LĨNH VỰC BƯU CHÍNH'] },
        { name: 'BƯU CHÍNH', headings: ['Xuất bản', 'Viễn thông'] },
      ],
      ['Lĩnh vực "BƯU CHÍNH" có hai lần trong danh mục.', 'Kế hoạch không có đề mục "Viễn thông".'],
    ],
    ['an empty name', [{ name: ' ', headings }], ['Tên lĩnh vực không được để trống.']],
  ])('%s', (_name, catalogue, expected) => {
    expect(catalogueProblems(headings, catalogue)).toEqual(expected);
  });
});

describe('the catalogue of seed 003 (Kế hoạch 40/KH-STTTT)', () => {
  const seed = fileURLToPath(new URL('../../../../shared/seeds/003_77dc22eebe307cd2.txt', import.meta.url));
  it.runIf(existsSync(seed))('counts each domain of parts A and B once, named in sentence case', () => {
    const parsed = parsePlanText(readFileSync(seed, 'utf8'));
    const catalogue = proposeCatalogue(parsed.items.map((i) => i.domain));
    expect(catalogue.map((d) => d.name)).toEqual([
      'Bưu chính',
      'Viễn thông',
      'Chính phủ số và chuyển đối số quốc gia',
      'Báo chí, truyền thông',
      'An toàn thông tin mạng',
      'Kinh tế số và xã hội số',
      'Công nghiệp ICT',
      'Xuất bản',
      'Công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng',
      'Công tác khác',
    ]);
    expect(catalogue.find((d) => d.name.startsWith('Chính phủ số'))?.headings).toHaveLength(2);
  });
});
