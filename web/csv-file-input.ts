/**
 * The organisation import without a multipart upload: a chosen CSV file is read here, in the
 * browser, into the form's text box, which is posted as text. Without JavaScript the file input
 * stays hidden and the text can be pasted. Excel in Denmark and Norway may save CSV as
 * Windows-1252; a file that is not valid UTF-8 is read that way, so æ, ø and å survive.
 */
(() => {
  async function readText(file: File): Promise<string> {
    const bytes = await file.arrayBuffer();
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }

  for (const input of Array.from(
    document.querySelectorAll<HTMLInputElement>('input[type=file][data-fills]'),
  )) {
    const target = document.getElementById(input.dataset.fills ?? '');
    if (!(target instanceof HTMLTextAreaElement)) continue;
    input.hidden = false;
    for (const label of Array.from(input.labels ?? [])) label.hidden = false;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void readText(file).then((text) => (target.value = text));
    });
  }
})();
