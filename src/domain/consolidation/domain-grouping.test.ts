import { describe, expect, it } from 'vitest';
import { domainKey, domainNamedBy } from './submission-text';

// The report builders group by the plan's domain catalogue (domain/plans/domain-catalogue.ts): a
// unit's heading finds its domain however the unit wrote it.

const DOMAINS = ['Bưu chính', 'Chính phủ số và chuyển đổi số', 'Báo chí – truyền thông', 'Xuất bản'];

describe('domainNamedBy', () => {
  it.each([
    ['2.2. Về Bưu chính', 'Bưu chính'],
    ['LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA', 'Chính phủ số và chuyển đổi số'],
    ['Lĩnh vực Báo chí, Truyền thông', 'Báo chí – truyền thông'],
    ['Kết quả lĩnh vực xuất bản', 'Xuất bản'],
    ['Công tác khác', null],
  ])('"%s" → %s', (heading, expected) => {
    expect(domainNamedBy(heading, DOMAINS)).toBe(expected);
  });
});

describe('domainKey', () => {
  it('gives one block key to the ways one domain is written', () => {
    expect(domainKey('LĨNH VỰC BÁO CHÍ, TRUYỀN THÔNG')).toBe(domainKey('Báo chí – truyền thông'));
    expect(domainKey('Chuyển đổi số')).toBe('chuyen-doi-so');
    expect(domainKey(null)).toBe('chung');
  });
});
