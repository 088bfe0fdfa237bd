/**
 * Whether a PDF's text layer can be read as Vietnamese at all. Two failures are common in documents that
 * provinces still send: text set in a pre-Unicode Vietnamese font (TCVN3/ABC ".VnTime", VNI), whose
 * letters come out as Latin-1 symbols ("KÕ ho¹ch", "Keá hoaïch"); and fonts embedded without a character
 * map, whose text comes out as private-use or replacement characters. Either would otherwise be imported
 * as nonsense rows, so the reader stops with a message that says what to do.
 */

export type TextLayerProblem = 'legacyFont' | 'unmappedFont';

// Latin-1 characters that TCVN3 and VNI use for Vietnamese letters and that Unicode Vietnamese never has.
const LEGACY_MARKERS = /[µ¶·¸¹¨»¼½¾Æ©ÇÈËÎÏÐÑªÖ×ØÜÞßä«åæçëîïñö÷øûüþ¬¡¢£¤¥¦§]/gu;
// Letters only Unicode Vietnamese has (đ ơ ư and the precomposed letters with tone marks); not â ê ô,
// which VNI text has too.
const VIETNAMESE = /[đơưĐƠƯ\u1EA0-\u1EF9]/gu;
// Private use, replacement character and control characters: glyphs with no Unicode mapping.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNMAPPED = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu;

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

export function textLayerProblem(text: string): TextLayerProblem | null {
  const visible = text.replace(/\s+/g, '');
  if (visible.length < 40) return null;
  if (count(visible, UNMAPPED) > visible.length * 0.1) return 'unmappedFont';
  const markers = count(visible, LEGACY_MARKERS);
  const vietnamese = count(visible, VIETNAMESE);
  if (markers >= 10 && markers > visible.length * 0.02 && vietnamese < markers / 4) return 'legacyFont';
  return null;
}
