import { describe, expect, it } from 'vitest';

import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();

  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }

  return entries;
}

const english = flatten(en);
const indonesian = flatten(id);

describe('translations', () => {
  it('have the same keys in English and Bahasa Indonesia', () => {
    const englishKeys = [...english.keys()].sort();
    const indonesianKeys = [...indonesian.keys()].sort();

    expect(indonesianKeys).toEqual(englishKeys);
  });

  it('have no empty text in either language', () => {
    const empty = [...english, ...indonesian].filter(([, text]) => text.trim() === '');

    expect(empty).toEqual([]);
  });

  it('use the same interpolation placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).sort();

    for (const [key, text] of english) {
      expect(placeholders(indonesian.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
