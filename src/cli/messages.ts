// Commander's own words (help titles, usage errors) in Vietnamese, so that an administrator reads one
// language in the terminal. Its messages are fixed English sentences; each is matched and rewritten.

import { Help, type HelpConfiguration, type Option } from 'commander';

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};

const standardHelp = new Help();

/** Help in Vietnamese: section titles, and "(chọn: …, mặc định: …)" after an option. */
export const VIETNAMESE_HELP: HelpConfiguration = {
  styleTitle: (title) => HELP_TITLES[title] ?? title,
  optionDescription: (option: Option) =>
    standardHelp
      .optionDescription(option)
      .replace(/([(,] )?choices: /, '$1chọn: ')
      .replace(/([(,] )default: /, '$1mặc định: '),
};

const ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '([^']*)'/, (o) => `tùy chọn không hợp lệ '${o}'`],
  [/^error: unknown command '([^']*)'/, (c) => `không có lệnh '${c}'`],
  [/^error: required option '([^']*)' not specified/, (o) => `thiếu tùy chọn bắt buộc '${o}'`],
  [/^error: missing required argument '([^']*)'/, (a) => `thiếu tham số bắt buộc <${a}>`],
  [/^error: option '([^']*)' argument missing/, (o) => `tùy chọn '${o}' cần một giá trị`],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    (o, v, c) => `giá trị '${v}' không hợp lệ cho '${o}'; chọn một trong: ${c}`,
  ],
  [/^error: too many arguments/, () => 'thừa tham số'],
];

/** "error: unknown option '--x'\n(Did you mean --json?)" → "Lỗi: tùy chọn không hợp lệ '--x' (Có phải --json?)" */
export function translateCommanderError(message: string): string {
  const suggestion = /\(Did you mean (.*)\?\)/.exec(message)?.[1];
  for (const [pattern, render] of ERRORS) {
    const match = pattern.exec(message);
    if (match) return `Lỗi: ${render(...match.slice(1))}${suggestion ? ` (có phải ${suggestion}?)` : ''}.\n`;
  }
  return message;
}
