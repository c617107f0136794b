// The article view: one stored article with its categories, places, footnote markers linked to their
// footnotes and back, citations resolved to stored articles, the articles that cite it, and similar articles.

import * as api from './api.js';
import { asList, el, joinNames, safeHttpUrl, timeElement } from './dom.js';

/**
 * The hash of a place inside an article: the article, then a footnote (`note=3`), a marker (`ref=3-0`) or a
 * section (`section=cited-by`, the articles citing it).
 */
export function articleHash(id, target) {
  const params = new URLSearchParams({ article: id });
  if (target?.note !== undefined) {
    params.set('note', String(target.note));
  } else if (target?.ref !== undefined) {
    params.set('ref', target.ref);
  } else if (target?.section !== undefined) {
    params.set('section', target.section);
  }
  return '#' + params.toString();
}

/** The element id a hash target names, or null. */
function targetElementId(target) {
  if (target?.note !== undefined && /^\d+$/.test(target.note)) {
    return 'fn-' + target.note;
  }
  if (target?.ref !== undefined && /^\d+-\d+$/.test(target.ref)) {
    return 'fnref-' + target.ref;
  }
  if (target?.section === 'cited-by') {
    return 'cited-by';
  }
  return null;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Where the marker starting at `offset` ends: after the closing bracket of `[1]` or `[1, 2]`, after a run of
 * superscript digits, or at `offset` itself when the text there is neither (the marker is then inserted).
 */
export function markerEnd(text, offset) {
  if (text[offset] === '[') {
    const close = text.indexOf(']', offset);
    return close > offset && close - offset <= 40 ? close + 1 : offset;
  }
  let end = offset;
  while (end < text.length && SUPERSCRIPT_DIGITS.includes(text[end])) {
    end++;
  }
  return end;
}

/**
 * The markers of each paragraph, from the enrichment: `[{number, offset, ref}]` where `ref` is `n-k` (k-th
 * marker of footnote n) for linked markers and null for markers with no footnote.
 */
export function markersByParagraph(article) {
  const byParagraph = new Map();
  const add = (paragraph, marker) => {
    if (!Number.isInteger(paragraph) || !Number.isInteger(marker.offset)) {
      return;
    }
    if (!byParagraph.has(paragraph)) {
      byParagraph.set(paragraph, []);
    }
    byParagraph.get(paragraph).push(marker);
  };
  for (const link of asList(article.footnoteLinks)) {
    asList(link.markers).forEach((m, k) => add(m.paragraph, { number: link.number, offset: m.offset, ref: `${link.number}-${k}` }));
  }
  for (const m of asList(article.unmatchedMarkers)) {
    add(m.paragraph, { number: m.number, offset: m.offset, ref: null });
  }
  for (const markers of byParagraph.values()) {
    markers.sort((a, b) => a.offset - b.offset || a.number - b.number);
  }
  return byParagraph;
}

/** A paragraph's text as nodes, each marker replaced by links to its footnotes (or a flag when it has none). */
export function paragraphNodes(text, markers, articleId) {
  const nodes = [];
  let position = 0;
  let i = 0;
  while (i < markers.length) {
    const offset = Math.min(Math.max(markers[i].offset, position), text.length);
    const group = [];
    while (i < markers.length && Math.min(Math.max(markers[i].offset, position), text.length) === offset) {
      group.push(markers[i++]);
    }
    if (offset > position) {
      nodes.push(document.createTextNode(text.slice(position, offset)));
    }
    nodes.push(el('sup', { class: 'markers' }, group.map((m) => markerNode(m, articleId))));
    position = Math.max(offset, markerEnd(text, offset));
  }
  if (position < text.length) {
    nodes.push(document.createTextNode(text.slice(position)));
  }
  return nodes;
}

function markerNode(marker, articleId) {
  if (marker.ref === null) {
    return el('span', { class: 'fnref unmatched', title: `There is no footnote ${marker.number} in this article` },
      `[${marker.number}]`, el('span', { class: 'visually-hidden' }, ' (no such footnote)'));
  }
  return el('a', { class: 'fnref', id: 'fnref-' + marker.ref, href: articleHash(articleId, { note: marker.number }),
    'aria-label': `Footnote ${marker.number}` }, `[${marker.number}]`);
}

export class ArticleView {
  constructor(root, onBack) {
    this.root = root;
    this.onBack = onBack;
    this.id = null;
    this.loading = null;
    this.controller = null;
  }

  /** Shows article `id`, loading it unless it is the one shown, then moves focus to `target` if any. */
  async show(id, target) {
    if (id !== this.id || !this.loading) {
      this.id = id;
      this.loading = this.load(id);
    }
    const loaded = await this.loading;
    if (loaded && this.id === id) {
      this.focus(target);
    }
  }

  async load(id) {
    if (this.controller) {
      this.controller.abort();
    }
    const controller = new AbortController();
    this.controller = controller;
    this.root.setAttribute('aria-busy', 'true');
    this.root.replaceChildren(this.backLink(), el('p', { class: 'status loading', role: 'status' }, 'Loading the article…'));
    try {
      const article = await api.article(id, controller.signal);
      if (controller !== this.controller) {
        return false;
      }
      this.render(article, id);
      this.loadCitedBy(id, controller.signal);
      this.loadSimilar(id, controller.signal);
      return true;
    } catch (e) {
      if (e.name === 'AbortError') {
        return false;
      }
      document.title = 'Article not available · Archivist';
      this.root.replaceChildren(this.backLink(),
        el('h1', { tabindex: '-1', class: 'article-title' }, e.status === 404 ? 'Article not found' : 'Article not available'),
        el('div', { class: 'error', role: 'alert' }, e.message));
      this.loading = null;
      return true;
    } finally {
      this.root.setAttribute('aria-busy', 'false');
    }
  }

  backLink() {
    const link = el('a', { class: 'back', href: location.pathname + location.search }, '← Back to search results');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.onBack();
    });
    return el('nav', { class: 'article-nav', 'aria-label': 'Article' }, link);
  }

  render(article, id) {
    const title = typeof article.title === 'string' && article.title.trim() ? article.title : '(untitled)';
    document.title = title + ' · Archivist';
    const authors = joinNames(article.authors);
    const date = timeElement(article.publishedAt);
    const url = safeHttpUrl(article.url);
    const paragraphs = asList(article.paragraphs).map(String);
    const markers = markersByParagraph(article);

    const header = el('header', { class: 'article-header' },
      el('h1', { class: 'article-title', tabindex: '-1' }, title),
      el('p', { class: 'byline' },
        authors ? el('span', { class: 'authors' }, 'By ' + authors) : el('span', { class: 'authors none' }, 'No byline'),
        date && [' · ', date],
        article.source && [' · ', el('span', { class: 'source' }, 'Source: ' + article.source)],
        url && [' · ', el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'external' },
          'Original page', el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))]),
      this.aboutList(article));

    const body = el('div', { class: 'article-body' },
      paragraphs.length ? paragraphs.map((text, p) => el('p', { id: 'p-' + p }, paragraphNodes(text, markers.get(p) ?? [], id)))
        : el('p', { class: 'status' }, 'This article has no text.'));

    // replaceChildren would show an absent part as the text "null".
    this.root.replaceChildren(...[this.backLink(), header, this.sourceCheck(article, id), body,
      this.footnotes(article, id), el('section', { class: 'cited-by', id: 'cited-by', tabindex: '-1',
        'aria-labelledby': 'cited-by-heading' },
        el('h2', { id: 'cited-by-heading' }, 'Cited by'),
        el('p', { class: 'status loading', role: 'status' }, 'Looking for stored articles that cite this one…')),
      // Shown once there is something to show: an article like no other has no empty list.
      el('section', { class: 'similar', id: 'similar', 'aria-labelledby': 'similar-heading', 'aria-busy': 'true', hidden: true },
        el('h2', { id: 'similar-heading' }, 'Similar articles'))]
      .filter(Boolean));
  }

  aboutList(article) {
    const categories = categoryList(article.categories, true);
    const places = asList(article.places).filter((p) => p && (p.name || p.code));
    if (!categories && places.length === 0) {
      return null;
    }
    return el('dl', { class: 'about' },
      categories && [el('dt', {}, 'Categories'), el('dd', {}, categories)],
      places.length > 0 && [el('dt', {}, 'Places'), el('dd', {}, el('ul', { class: 'places' }, places.map((p) =>
        el('li', { title: p.code || null }, p.name || p.code,
          Number.isInteger(p.mentions) && el('span', { class: 'count' }, ' ×' + p.mentions,
            el('span', { class: 'visually-hidden' }, p.mentions === 1 ? ' mention' : ' mentions'))))))]);
  }

  /** A visible summary of the source problems: markers without footnotes and footnotes no marker points to. */
  sourceCheck(article, id) {
    const unmatched = asList(article.unmatchedMarkers);
    const uncited = asList(article.uncitedFootnotes).filter(Number.isInteger);
    if (unmatched.length === 0 && uncited.length === 0) {
      return null;
    }
    const items = [];
    if (unmatched.length) {
      const numbers = [...new Set(unmatched.map((m) => m.number))];
      items.push(el('li', { class: 'flag-unmatched' }, `${unmatched.length === 1 ? 'A marker has' : unmatched.length + ' markers have'} no footnote: `,
        numbers.map((n, i) => [i > 0 && ', ', `[${n}]`]), '.'));
    }
    if (uncited.length) {
      items.push(el('li', { class: 'flag-uncited' }, `${uncited.length === 1 ? 'A footnote is' : uncited.length + ' footnotes are'} not cited in the text: `,
        uncited.map((n, i) => [i > 0 && ', ', el('a', { href: articleHash(id, { note: n }) }, `[${n}]`)]), '.'));
    }
    return el('aside', { class: 'source-check', 'aria-label': 'Source check' },
      el('h2', {}, 'Source check'), el('ul', {}, items));
  }

  footnotes(article, id) {
    const texts = new Map(asList(article.footnotes).filter((f) => Number.isInteger(f.number)).map((f) => [f.number, f.text]));
    const links = new Map(asList(article.footnoteLinks).filter((l) => Number.isInteger(l.number)).map((l) => [l.number, l]));
    const uncited = new Set(asList(article.uncitedFootnotes));
    const numbers = [...new Set([...texts.keys(), ...links.keys()])].sort((a, b) => a - b);
    if (numbers.length === 0) {
      return null;
    }
    return el('section', { class: 'footnotes', 'aria-labelledby': 'footnotes-heading' },
      el('h2', { id: 'footnotes-heading' }, 'Footnotes'),
      el('ol', { class: 'footnote-list' }, numbers.map((n) => {
        const link = links.get(n);
        const markers = asList(link?.markers);
        const notCited = uncited.has(n) || markers.length === 0;
        return el('li', { id: 'fn-' + n, tabindex: '-1', class: notCited ? 'footnote uncited' : 'footnote' },
          el('span', { class: 'fn-number' }, `[${n}]`),
          el('div', { class: 'fn-content' },
            el('p', { class: 'fn-text' }, typeof texts.get(n) === 'string' ? texts.get(n) : ''),
            citation(link?.citation),
            link?.resolvedArticleId && el('p', { class: 'resolved' },
              el('a', { href: articleHash(link.resolvedArticleId), class: 'resolved-link' },
                link.citation?.title ? 'In the archive: ' + link.citation.title : 'Open the cited article in the archive')),
            notCited
              ? el('p', { class: 'flag' }, 'Not cited in the text: no marker points to this footnote.')
              : el('p', { class: 'backlinks' }, markers.length === 1 ? 'Back to the text: ' : 'Back to the text at: ',
                markers.map((m, k) => [k > 0 && ' ', el('a', { href: articleHash(id, { ref: `${n}-${k}` }), class: 'backlink',
                  'aria-label': markers.length === 1 ? `Back to marker ${n} in the text` : `Back to marker ${n}, occurrence ${k + 1}` },
                markers.length === 1 ? '↩' : '↩ ' + String.fromCharCode(97 + (k % 26)))]))));
      })));
  }

  async loadCitedBy(id, signal) {
    const section = () => this.root.querySelector('#cited-by');
    let content;
    try {
      const answer = await api.citedBy(id, signal);
      const citing = asList(answer.citedBy).filter((c) => c && typeof c.id === 'string');
      content = citing.length === 0
        ? el('p', { class: 'status' }, 'No stored article cites this one.')
        : el('ul', { class: 'citing' }, citing.map((c) => el('li', {},
          el('a', { href: articleHash(c.id) }, typeof c.title === 'string' && c.title ? c.title : '(untitled)'),
          c.publishedAt && [' · ', timeElement(c.publishedAt)],
          asList(c.footnotes).length > 0 && el('ul', { class: 'citing-footnotes' }, asList(c.footnotes).map((f) =>
            el('li', {}, el('span', { class: 'fn-number' }, `[${f.number}]`), ' ', typeof f.text === 'string' ? f.text : ''))))));
    } catch (e) {
      if (e.name === 'AbortError') {
        return;
      }
      // The article itself loaded, so a 404 here means this server has no cited-by endpoint.
      content = e.status === 404
        ? el('p', { class: 'status' }, 'This server cannot list citing articles yet.')
        : el('p', { class: 'error', role: 'alert' }, 'Citing articles could not be loaded: ' + e.message);
    }
    if (this.id === id && section()) {
      section().replaceChildren(section().firstElementChild, content);
    }
  }

  async loadSimilar(id, signal) {
    let content;
    try {
      const answer = await api.similar(id, signal);
      const hits = asList(answer.hits).filter((h) => h && typeof h.id === 'string');
      content = hits.length === 0 ? null : el('ul', { class: 'similar-list' }, hits.map((h) => {
        const authors = joinNames(h.authors);
        return el('li', {},
          el('a', { href: articleHash(h.id) }, typeof h.title === 'string' && h.title ? h.title : '(untitled)'),
          el('span', { class: 'meta' },
            h.publishedAt && [' · ', timeElement(h.publishedAt)],
            authors && [' · ', authors],
            typeof h.source === 'string' && h.source && [' · ', 'Source: ' + h.source]));
      }));
    } catch (e) {
      if (e.name === 'AbortError') {
        return;
      }
      content = el('p', { class: 'error', role: 'alert' }, 'Similar articles could not be loaded: ' + e.message);
    }
    const section = this.root.querySelector('#similar');
    if (this.id === id && section) {
      if (content) {
        section.replaceChildren(section.firstElementChild, content);
        section.hidden = false;
      }
      section.setAttribute('aria-busy', 'false');
    }
  }

  focus(target) {
    this.root.querySelectorAll('.is-target').forEach((e) => e.classList.remove('is-target'));
    const elementId = targetElementId(target);
    const element = elementId ? document.getElementById(elementId) : null;
    if (element) {
      element.classList.add('is-target');
      element.focus({ preventScroll: true });
      // A section is shown from its heading on; a footnote or marker in the middle, with text around it.
      element.scrollIntoView({ block: element.tagName === 'SECTION' ? 'start' : 'center' });
    } else {
      const heading = this.root.querySelector('h1');
      heading?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  }
}

function citation(c) {
  if (!c || typeof c !== 'object') {
    return null;
  }
  const url = safeHttpUrl(c.url);
  const parts = [
    c.title && ['Title', el('cite', {}, c.title)],
    asList(c.authors).length > 0 && ['By', joinNames(c.authors)],
    c.publication && ['In', c.publication],
    c.date && ['Date', c.date],
    url && ['Link', el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'external' }, url)],
  ].filter(Boolean);
  if (parts.length === 0) {
    return null;
  }
  return el('dl', { class: 'citation', 'aria-label': 'Parsed citation' },
    parts.map(([name, value]) => el('div', {}, el('dt', {}, name), el('dd', {}, value))));
}

/** The categories of an article; inferred ones say what they were inferred from. */
export function categoryList(categories, detailed) {
  const list = asList(categories).filter((c) => typeof c === 'object' && (c.label || c.code));
  if (list.length === 0) {
    return null;
  }
  return el('ul', { class: 'categories', 'aria-label': 'Categories' }, list.map((c) => {
    const inferred = c.origin === 'inferred';
    const evidence = asList(c.evidence).map(String);
    const why = inferred && evidence.length ? 'Inferred from: ' + evidence.join(', ') : inferred ? 'Inferred from the text' : 'Given by the source';
    return el('li', { class: inferred ? 'category inferred' : 'category', title: why },
      el('span', { class: 'category-label' }, c.label || c.code),
      inferred && el('span', { class: 'badge' }, 'inferred'),
      detailed && inferred && evidence.length > 0 && el('small', { class: 'evidence' }, 'from: ' + evidence.join(', ')));
  }));
}
