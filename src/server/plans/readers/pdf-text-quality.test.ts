import { describe, expect, it } from 'vitest';
import { textLayerProblem } from './pdf-text-quality.js';

const UNICODE =
  'KẾ HOẠCH Thực hiện nhiệm vụ công tác năm 2025 của Sở Thông tin và Truyền thông; Phòng Bưu chính - Viễn thông chủ trì, phối hợp với Văn phòng Sở, Trung tâm Công nghệ thông tin và Truyền thông';
// The same words as a TCVN3 (.VnTime) font's text layer gives them.
const TCVN3 =
  'KÕ ho¹ch Thùc hiÖn nhiÖm vô c«ng t¸c n¨m 2025 cña Së Th«ng tin vµ TruyÒn th«ng; Phßng B­u chÝnh - ViÔn th«ng chñ tr×, phèi hîp víi V¨n phßng Së, Trung t©m C«ng nghÖ th«ng tin vµ TruyÒn th«ng';
// And as a VNI font's.
const VNI =
  'Keá hoaïch Thöïc hieän nhieäm vuï coâng taùc naêm 2025 cuûa Sôû Thoâng tin vaø Truyeàn thoâng; Phoøng Böu chính - Vieãn thoâng chuû trì, phoái hôïp vôùi Vaên phoøng Sôû';
const UNMAPPED = '\uE001\uE002\uE003 \uE004\uE005\uE006\uE007 '.repeat(8) + 'Số 15/KH-STTTT';

describe('textLayerProblem', () => {
  it.each([
    ['Unicode Vietnamese', UNICODE, null],
    ['a TCVN3 font', TCVN3, 'legacyFont'],
    ['a VNI font', VNI, 'legacyFont'],
    ['glyphs without a character map', UNMAPPED, 'unmappedFont'],
    ['too little text to judge', 'KÕ ho¹ch', null],
    [
      'English and numbers',
      'Annual plan 2025: 12 tasks, 3 indicators, 5 units, 4 quarters of reporting'.repeat(2),
      null,
    ],
  ])('%s', (_, text, problem) => {
    expect(textLayerProblem(text)).toBe(problem);
  });
});
