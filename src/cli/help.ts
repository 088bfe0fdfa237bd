import type { Command } from 'commander';

/** Commands in help order, the program first, then every subcommand at any depth. */
function walk(command: Command): Command[] {
  return [command, ...command.commands.filter((c) => c.name() !== 'help').flatMap((c) => walk(c))];
}

function fullName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * The README's "Command line" reference: the help of every command, exactly as `--help` prints it,
 * at a fixed width so that the text does not depend on the terminal. Any subcommand added to the
 * program appears here without further work.
 */
export function renderCliReference(program: Command, width = 100): string {
  const sections = walk(program)
    .filter((c) => c === program || c.commands.length === 0)
    .map((command) => {
      command.configureHelp({ ...command.configureHelp(), helpWidth: width });
      const help = command.helpInformation().trimEnd();
      // helpInformation() leaves out text added with addHelpText; the program's epilogue is appended.
      const after = command === program ? `\n${EPILOGUE}` : '';
      return `#### \`${fullName(command)}\`\n\n\`\`\`text\n${help}${after}\n\`\`\``;
    });
  return sections.join('\n\n');
}

/** Exit codes and the stdout/stderr split, shown under `baocao --help` and in the README. */
export const EPILOGUE = [
  '',
  'Mã thoát: 0 thành công; 1 đầu vào sai (tùy chọn, tệp, dữ liệu); 2 kho dữ liệu không dùng được',
  '(máy chủ đang giữ kho PGlite, kho không có, PostgreSQL không kết nối được); 3 lỗi không mong đợi.',
  'Với --json, stdout chỉ chứa JSON; thông báo và tiến trình ra stderr.',
].join('\n');

export const README_START = '<!-- cli-reference:start (npm run docs:cli) -->';
export const README_END = '<!-- cli-reference:end -->';

/** The README with its generated section replaced; throws when the markers are missing. */
export function withCliReference(readme: string, reference: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start)
    throw new Error(`README.md lacks the markers ${README_START} … ${README_END}`);
  return `${readme.slice(0, start + README_START.length)}\n\n${reference}\n\n${readme.slice(end)}`;
}
