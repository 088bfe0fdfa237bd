import { describe, expect, it } from 'vitest';
import { itemSearchText, searchTerms } from './search-text.js';

describe('itemSearchText', () => {
  it.each<[string | null, string, string | null, string]>([
    ['Chuyển đổi số', 'Triển khai nền tảng', 'Báo cáo', 'chuyen doi so trien khai nen tang bao cao'],
    [null, 'Đào tạo kỹ năng số', null, 'dao tao ky nang so'],
    ['', 'Xây dựng', '', 'xay dung'],
  ])('%s | %s | %s → %s', (domain, content, output, text) => {
    expect(itemSearchText({ domain, content, output })).toBe(text);
  });
});

describe('searchTerms', () => {
  it.each<[string, string[]]>([
    ['Chuyển  đổi số', ['chuyen', 'doi', 'so']],
    ['   ', []],
    [Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '), Array.from({ length: 12 }, (_, i) => `w${i}`)],
  ])('"%s"', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it('finds an item by words typed without tone marks', () => {
    const text = itemSearchText({ domain: 'Chuyển đổi số', content: 'Đào tạo', output: null });
    expect(searchTerms('chuyen doi so').every((t) => text.split(' ').includes(t))).toBe(true);
  });
});
