/** "1., 6. og 9.": a list joined as a sentence, the last item after the language's "and". */
export const listIn = (items: string[], and: string): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
