import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Extracts the survey definitions of survey-library's end-to-end specs, functional tests, markup
 * tests and docs into test/fixtures/surveyjs-corpus/ (test data for the corpus property tests).
 * Only pure literals are kept (objects, arrays, strings, numbers, booleans, null): a definition
 * that builds itself with functions or identifiers is skipped, never evaluated.
 * Usage: npx tsx scripts/corpus/extract-surveyjs-corpus.ts <survey-library git dir> <output dir>
 */
const ROOTS = ['e2e/', 'functionalTests/', 'tests/markup/', 'docs/'];
const CODE = /\.(ts|js|tsx|jsx)$/;
const SURVEY_KEYS = ['pages', 'elements', 'questions'];
const NOT_PURE = Symbol('not a pure literal');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function git(gitDir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

function evaluateObject(node: ts.ObjectLiteralExpression): Json | typeof NOT_PURE {
  const result: Record<string, Json> = {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) return NOT_PURE;
    const key = propertyName(property.name);
    const value = evaluate(property.initializer);
    if (key === undefined || value === NOT_PURE) return NOT_PURE;
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** The JSON value of a pure literal; NOT_PURE for anything that would need running code. */
function evaluate(node: ts.Expression): Json | typeof NOT_PURE {
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand)) {
    if (node.operator === ts.SyntaxKind.MinusToken) return -Number(node.operand.text);
    if (node.operator === ts.SyntaxKind.PlusToken) return Number(node.operand.text);
  }
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((element) => evaluate(element));
    return items.includes(NOT_PURE) ? NOT_PURE : (items as Json[]);
  }
  if (ts.isObjectLiteralExpression(node)) return evaluateObject(node);
  return NOT_PURE;
}

function hasSurveyKey(node: ts.ObjectLiteralExpression): boolean {
  return node.properties.some((p) => {
    const name = p.name === undefined ? undefined : propertyName(p.name as ts.PropertyName);
    return name !== undefined && SURVEY_KEYS.includes(name);
  });
}

/** Outermost pure object literals with pages/elements/questions (a panel inside a survey is not one). */
function surveysInSource(text: string, fileName: string): Json[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Json[] = [];
  const visit = (node: ts.Node, insideSurvey: boolean) => {
    if (ts.isObjectLiteralExpression(node) && hasSurveyKey(node)) {
      if (insideSurvey) return;
      const value = evaluate(node);
      if (value !== NOT_PURE && (value as Record<string, Json>).type === undefined) found.push(value);
      insideSurvey = true;
    }
    ts.forEachChild(node, (child) => visit(child, insideSurvey));
  };
  visit(source, false);
  return found;
}

/** Code blocks of a Markdown page; a JSON block becomes an expression statement. */
function codeBlocks(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```(\w*)[^\n]*\n([\s\S]*?)```/g)];
  return blocks
    .filter(([, language]) => /^(js|javascript|ts|typescript|json|jsx|tsx)$/i.test(language ?? ''))
    .map(([, language, body]) => (/json/i.test(language!) ? `const json = ${body};` : body!));
}

function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function slug(file: string): string {
  return file
    .replace(/\.[a-z]+$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

function main(gitDir: string, outputDir: string): void {
  const commit = git(gitDir, 'rev-parse', 'HEAD').trim();
  const files = git(gitDir, 'ls-tree', '-r', '--name-only', 'HEAD')
    .split('\n')
    .filter(
      (file) => ROOTS.some((root) => file.startsWith(root)) && (CODE.test(file) || file.endsWith('.md')),
    );
  const seen = new Set<string>();
  let count = 0;
  fs.mkdirSync(outputDir, { recursive: true });
  for (const file of files.sort()) {
    const text = git(gitDir, 'show', `${commit}:${file}`);
    const sources = file.endsWith('.md') ? codeBlocks(text) : [text];
    for (const survey of sources.flatMap((code) => surveysInSource(code, file))) {
      const key = canonical(survey);
      if (seen.has(key)) continue;
      seen.add(key);
      const name = `${String(++count).padStart(4, '0')}-${slug(file)}.json`;
      const fixture = { source: `surveyjs/survey-library@${commit}:${file}`, licence: 'MIT', survey };
      fs.writeFileSync(path.join(outputDir, name), `${JSON.stringify(fixture, null, 2)}\n`);
    }
  }
  console.log(`${count} definitions from ${files.length} files at ${commit} written to ${outputDir}`);
}

const [gitDir, outputDir] = process.argv.slice(2);
if (gitDir === undefined || outputDir === undefined) {
  console.error('usage: tsx scripts/corpus/extract-surveyjs-corpus.ts <survey-library git dir> <output dir>');
  process.exitCode = 2;
} else main(gitDir, outputDir);
