import type { Page } from 'playwright-core';

/**
 * English words a Danish or Norwegian screen must not show: the common ones of every staff screen;
 * a test adds the words its own screens would use if they slipped back into English.
 */
export const COMMON_ENGLISH = [
  'Save',
  'Cancel',
  'Create',
  'Delete',
  'Edit',
  'Back',
  'Loading',
  'Password',
  'Log in',
  'Log out',
  'Sign in',
  'Language',
  'Users',
  'the',
  'and',
  'your',
];

/** The words of `words` (default: the common ones) that the page shows, as whole words. */
export async function englishWordsOn(page: Page, words: string[] = COMMON_ENGLISH): Promise<string[]> {
  // innerText skips what is hidden, and the language switch's own "English" is not a slip.
  const text = (await page.locator('body').innerText()).replace(/\bEnglish\b/g, '');
  return words.filter((word) => new RegExp(`\\b${word}\\b`).test(text));
}

/** The words of `words` that show as whole words in `where` (the visible text only). */
export async function wordsShown(page: Page, words: string[], where = 'body'): Promise<string[]> {
  const text = await page.locator(where).innerText();
  return words.filter((word) => new RegExp(`\\b${word}\\b`).test(text));
}
