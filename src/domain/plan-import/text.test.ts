import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './index.js';
import { joinWrapped, romanToInt } from './text.js';

describe('foldVietnamese', () => {
  it('lower-cases, strips tone marks and đ, and collapses spaces', () => {
    expect(foldVietnamese('  Đơn vị   Chủ trì ')).toBe('don vi chu tri');
    expect(foldVietnamese('Văn phòng Sở')).toBe('van phong so');
    expect(foldVietnamese('TTCNTT-TT')).toBe('ttcntt-tt');
  });

  it('folds both spellings and both tone placements to one form', () => {
    expect(foldVietnamese('Hằng tháng')).toBe(foldVietnamese('Hàng tháng'));
    expect(foldVietnamese('Cộng hoà')).toBe(foldVietnamese('CỘNG HÒA'));
  });

  it('accepts decomposed (NFD) input', () => {
    expect(foldVietnamese('Thường xuyên'.normalize('NFD'))).toBe('thuong xuyen');
  });
});

describe('text helpers', () => {
  it('joins wrapped lines, without a space after a hyphen cut inside a token', () => {
    expect(joinWrapped(['Quyết định 45/2016/QĐ-', 'TTg tại', ' các địa phương '])).toBe(
      'Quyết định 45/2016/QĐ-TTg tại các địa phương',
    );
    expect(joinWrapped(['kinh tế -', 'xã hội'])).toBe('kinh tế - xã hội');
  });

  it('reads roman numerals and rejects malformed ones', () => {
    expect([
      romanToInt('IV'),
      romanToInt('IX'),
      romanToInt('X'),
      romanToInt('IIII'),
      romanToInt('VP'),
    ]).toEqual([4, 9, 10, null, null]);
  });
});
