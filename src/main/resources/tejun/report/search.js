// The report's search: what a support-desk member types, found in the index (search-index.js)
// as a reader compares words: full and half width alike, hiragana and katakana alike, spaces and
// letter case ignored. Japanese has no spaces between words, so any part of a text matches.
(function () {
  'use strict';
  const entries = window.TEJUN_SEARCH || [];
  const kinds = { '手順': '手順の名前', '手順の文': '手順の文', '画面': '画面の文字' };
  const comparable = (s) => (s || '').normalize('NFKC').toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/\s+/g, '');
  const normal = entries.map((e) => comparable(e.text));
  const form = document.querySelector('form.search');
  const input = document.getElementById('q');
  const count = document.getElementById('hit-count');
  const list = document.getElementById('hits');

  // The line of the text that holds the words, as the screen showed it.
  const line = (text, words) => {
    const lines = text.split(/\n+/);
    const found = lines.find((l) => comparable(l).includes(words)) || lines[0];
    return found.length > 160 ? found.slice(0, 160) + '…' : found;
  };

  const show = (query) => {
    const words = comparable(query);
    list.replaceChildren();
    if (!words) {
      count.textContent = '言葉を入れて「検索」を押してください。';
      return;
    }
    const hits = [];
    entries.forEach((e, i) => {
      if (normal[i].includes(words)) {
        e.places.forEach((p) => hits.push([e, p]));
      }
    });
    count.textContent = '「' + query + '」: ' + hits.length + ' 件' + (hits.length > 200 ? '（初めの 200 件）' : '');
    for (const [e, p] of hits.slice(0, 200)) {
      const item = document.createElement('li');
      item.className = 'hit hit-' + (e.kind === '画面' ? 'screen' : e.kind === '手順' ? 'procedure' : 'step');
      const link = document.createElement('a');
      link.href = p.href;
      link.textContent = p.procedure + (p.step ? ' ／ ' + p.step : '');
      const kind = document.createElement('span');
      kind.className = 'hit-kind';
      kind.textContent = kinds[e.kind] + ': ';
      const said = document.createElement('p');
      said.className = 'hit-text';
      said.append(kind, line(e.text, words));
      item.append(link, said);
      list.append(item);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    } catch (e) {
      // A page opened from a file may not change its address: the hits are shown all the same.
    }
    show(input.value);
  });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    show(asked);
  }
})();
