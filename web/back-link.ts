/**
 * "Back to the form" after a refused staff form: history.back() keeps what was typed. A script
 * file, not a javascript: link, so the Content-Security-Policy allows no inline script at all.
 */
(() => {
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-back]'))) {
    link.addEventListener('click', (event) => {
      if (history.length < 2) return; // opened on its own: follow the link
      event.preventDefault();
      history.back();
    });
  }
})();
