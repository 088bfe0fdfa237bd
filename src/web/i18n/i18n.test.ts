import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { t, tOr } from './index';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
/** Letters that only Vietnamese text uses (plain ASCII identifiers and codes are fine). */
const vietnamese = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** String literals, template pieces and JSX text with Vietnamese in them (comments are ignored). */
function vietnameseLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) &&
      vietnamese.test(node.text)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(webRoot, file)}:${line + 1} ${node.text.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('i18n', () => {
  it('fills placeholders', () => {
    expect(t('home.greeting', { name: 'Nguyễn Văn A' })).toBe('Xin chào, Nguyễn Văn A');
    expect(t('orgImport.summary', { create: 1, update: 2, unchanged: 3, errors: 0 })).toBe(
      'Thêm mới: 1 · Cập nhật: 2 · Không đổi: 3 · Lỗi: 0',
    );
    expect(t('nav.plans')).toBe('Kế hoạch');
  });

  it('type-checks keys and parameters', () => {
    // @ts-expect-error unknown key
    expect(t('nav.missing')).toBe('nav.missing');
    // @ts-expect-error missing the {name} parameter
    expect(t('home.greeting')).toBe('Xin chào, {name}');
    expect(tOr('audit.action.create', 'create')).toBe('Tạo mới');
    expect(tOr('audit.action.somethingNew', 'somethingNew')).toBe('somethingNew');
  });

  it('keeps every Vietnamese string of the UI in i18n/vi.ts and its i18n/vi-*.ts parts', () => {
    const offenders = sourceFiles(webRoot)
      .filter((file) => !/^vi(-[a-z]+)*\.ts$/.test(path.relative(path.join(webRoot, 'i18n'), file)))
      .flatMap(vietnameseLiterals);
    expect(offenders).toEqual([]);
  });
});
