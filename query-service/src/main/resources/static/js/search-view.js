// The search view: reads the search from the page's query string, asks the API, and draws results,
// facets and filter chips. The query string is the state, so every search is a link and the back button
// steps through searches.

import * as api from './api.js';
import { articleHash, categoryList } from './article-view.js';
import { asList, el, highlightNodes, highlightText, joinNames, saveFile, timeElement } from './dom.js';
import { focusTimeline, renderTimeline } from './timeline.js';

/** Facets as the API names them, the parameter that filters on each, and their headings. */
export const FACETS = [
  { key: 'categories', param: 'category', heading: 'Categories' },
  { key: 'places', param: 'place', heading: 'Places' },
  { key: 'authors', param: 'author', heading: 'Authors' },
  { key: 'sources', param: 'source', heading: 'Sources' },
];
const SINGLE_PARAMS = ['q', 'from', 'to', 'sort'];
const SORTS = ['relevance', 'newest', 'oldest'];
const FACET_PREVIEW = 8;

/** The search parameters of a query string, cleaned and in a stable order (so equal searches compare equal). */
export function searchParams(queryString) {
  const given = new URLSearchParams(queryString);
  const params = new URLSearchParams();
  for (const name of SINGLE_PARAMS) {
    const value = (given.get(name) || '').trim();
    if (value && (name !== 'sort' || SORTS.includes(value))) {
      params.set(name, value);
    }
  }
  for (const { param } of FACETS) {
    for (const value of new Set(given.getAll(param).map((v) => v.trim()).filter(Boolean))) {
      params.append(param, value);
    }
  }
  // No control sets the page size, but a link may (?size=50) and it then carries over to "More results".
  const size = (given.get('size') || '').trim();
  if (/^[1-9][0-9]{0,2}$/.test(size)) {
    params.set('size', size);
  }
  return params;
}

export class SearchView {
  /** @param navigate called with a new query string when the user changes the search */
  constructor(navigate) {
    this.navigate = navigate;
    this.form = document.getElementById('search-form');
    this.input = document.getElementById('q');
    this.sort = document.getElementById('sort');
    this.from = document.getElementById('from');
    this.to = document.getElementById('to');
    this.facets = document.getElementById('facets');
    this.chips = document.getElementById('chips');
    this.status = document.getElementById('search-status');
    this.error = document.getElementById('search-error');
    this.results = document.getElementById('results');
    this.more = document.getElementById('more');
    this.timeline = document.getElementById('timeline');
    this.exportLinks = document.getElementById('export');
    this.exportStatus = document.getElementById('export-status');
    this.exporting = false;
    this.params = null;
    this.nextCursor = null;
    this.controller = null;
    // Labels seen in facets, so a chip can name a filter even when its facet no longer lists it.
    this.labels = new Map();
    this.expanded = new Set();

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.sort.addEventListener('change', () => this.submit());
    // Typing a date fires 'change' at every complete-looking value (0002, 0020, 0202, 2021): wait for a pause.
    let dateTimer = null;
    for (const control of [this.from, this.to]) {
      control.addEventListener('change', () => {
        clearTimeout(dateTimer);
        dateTimer = setTimeout(() => this.submit(), 600);
      });
    }
    this.more.addEventListener('click', () => this.loadMore());
    // The export links stay plain links (a download without script, "Save link as"), but a link cannot carry the
    // key: while one is kept, a click fetches the file with it instead.
    for (const link of this.exportLinks.querySelectorAll('a')) {
      link.addEventListener('click', (event) => {
        if (api.apiKey()) {
          event.preventDefault();
          this.exportWithKey(link);
        }
      });
    }
    // Wide screens always show the filters beside the results; narrow ones fold them above the results.
    this.filters = document.getElementById('filters-details');
    this.summaryLabel = this.filters.querySelector('summary');
    const wide = window.matchMedia('(min-width: 52rem)');
    this.filters.open = wide.matches;
    wide.addEventListener('change', () => { this.filters.open = wide.matches; });
    // An article opened from a link still shows the search it belongs to in the box.
    this.fillForm(searchParams(location.search));
  }

  /** The search the form describes, with the current facet filters kept; submitting it again runs it again. */
  submit() {
    const params = new URLSearchParams();
    const fields = { q: this.input.value, sort: this.sort.value, from: this.from.value, to: this.to.value };
    for (const [name, value] of Object.entries(fields)) {
      if (value && value.trim()) {
        params.set(name, value.trim());
      }
    }
    const current = this.params ?? searchParams(location.search);
    for (const param of [...FACETS.map((f) => f.param), 'size']) {
      for (const value of current.getAll(param)) {
        params.append(param, value);
      }
    }
    this.params = null;
    this.navigate(searchParams(params).toString());
  }

  /** Shows the search of this query string; does nothing when it is the one already shown. */
  show(queryString) {
    const params = searchParams(queryString);
    if (this.params && this.params.toString() === params.toString()) {
      return;
    }
    this.params = params;
    this.fillForm(params);
    this.renderChips(params);
    this.run(params, null);
  }

  fillForm(params) {
    this.input.value = params.get('q') || '';
    this.sort.value = params.get('sort') || '';
    this.from.value = params.get('from') || '';
    this.to.value = params.get('to') || '';
  }

  async run(params, cursor) {
    if (this.controller) {
      this.controller.abort();
    }
    const controller = new AbortController();
    this.controller = controller;
    const request = new URLSearchParams(params);
    if (cursor) {
      request.set('cursor', cursor);
    }
    this.setBusy(true, cursor ? 'Loading more results…' : 'Searching…');
    this.error.hidden = true;
    this.more.hidden = true;
    try {
      const answer = await api.search(request, controller.signal);
      if (controller !== this.controller) {
        return;
      }
      if (!cursor) {
        this.results.replaceChildren();
        this.renderFacets(answer.facets, params);
        this.renderChips(params);
        renderTimeline(this.timeline, answer.facets?.publishedAt, (bucket) => this.showPeriod(bucket));
        this.renderExport(params, answer.total);
        this.restoreFocus();
      }
      const hits = asList(answer.hits);
      const firstNew = hits.length ? this.renderHits(hits) : null;
      this.nextCursor = typeof answer.nextCursor === 'string' && answer.nextCursor ? answer.nextCursor : null;
      this.more.hidden = !this.nextCursor;
      this.setBusy(false, this.summary(answer.total, params));
      if (cursor && firstNew) {
        // Keyboard users continue where the new page starts rather than back at the button's old place.
        firstNew.querySelector('a').focus();
      }
    } catch (e) {
      if (e.name === 'AbortError') {
        return;
      }
      this.setBusy(false, '');
      this.error.replaceChildren(el('strong', {}, 'Search failed. '), e.message);
      this.error.hidden = false;
      this.more.hidden = !this.nextCursor || !cursor;
    } finally {
      if (controller === this.controller) {
        this.controller = null;
      }
    }
  }

  /** After a filter was toggled, focus goes back to that value's button, or to the results when it is gone. */
  restoreFocus() {
    const wanted = this.focusAfterRender;
    this.focusAfterRender = null;
    if (!wanted) {
      return;
    }
    if (wanted.timeline) {
      // A bar was chosen: the chart now shows that period, and focus stays in it.
      if (this.timeline.hidden) {
        this.status.focus();
      } else {
        focusTimeline(this.timeline);
      }
      return;
    }
    const button = [...this.facets.querySelectorAll('button.facet-value')]
      .find((b) => b.dataset.param === wanted.param && b.dataset.value === wanted.value);
    (button ?? this.status).focus();
  }

  /** Filters to a timeline bar's period: its from/to replace the search's own, shown as chips. */
  showPeriod(bucket) {
    const next = new URLSearchParams(this.params);
    next.set('from', bucket.from);
    next.set('to', bucket.to);
    this.focusAfterRender = { timeline: true };
    this.navigate(searchParams(next).toString());
  }

  /** The export links carry the search shown (not its page size): /api/export?…&format=csv, or ndjson. */
  renderExport(params, total) {
    const query = new URLSearchParams(params);
    query.delete('size');
    for (const [id, format] of [['export-csv', 'csv'], ['export-ndjson', 'ndjson']]) {
      query.set('format', format);
      document.getElementById(id).setAttribute('href', 'api/export?' + query.toString());
    }
    this.exportLinks.hidden = !(total > 0);
    if (!this.exporting) {
      this.exportStatus.textContent = '';
    }
  }

  /** Fetches the link's export with the kept key and saves it under the name the answer gives. */
  async exportWithKey(link) {
    if (this.exporting) {
      return;
    }
    this.exporting = true;
    this.error.hidden = true;
    this.exportStatus.textContent = 'Preparing the export…';
    const path = link.getAttribute('href');
    const format = new URLSearchParams(path.slice(path.indexOf('?') + 1)).get('format') || 'ndjson';
    try {
      const { blob, filename } = await api.download(path, `archivist-export.${format}`);
      saveFile(blob, filename);
      this.exportStatus.textContent = `Downloaded ${filename}.`;
    } catch (e) {
      this.exportStatus.textContent = '';
      this.error.replaceChildren(el('strong', {}, 'Export failed. '), e.message);
      this.error.hidden = false;
    } finally {
      this.exporting = false;
    }
  }

  loadMore() {
    if (this.params && this.nextCursor) {
      this.run(this.params, this.nextCursor);
    }
  }

  setBusy(busy, message) {
    this.results.setAttribute('aria-busy', String(busy));
    this.status.classList.toggle('loading', busy);
    this.status.textContent = message;
  }

  summary(total, params) {
    const count = Number.isFinite(total) ? total : this.results.children.length;
    const filtered = [...params.keys()].some((k) => k !== 'sort' && k !== 'size');
    if (count === 0) {
      return filtered
        ? 'No articles match this search. Try other words, or remove a filter.'
        : 'The archive is empty: articles show up here seconds after they are ingested.';
    }
    const shown = this.results.children.length;
    const noun = count === 1 ? 'article' : 'articles';
    return shown < count ? `${count} ${noun}, showing ${shown}` : `${count} ${noun}`;
  }

  renderHits(hits) {
    let first = null;
    for (const hit of hits) {
      const item = this.hit(hit);
      this.results.append(item);
      first ??= item;
    }
    return first;
  }

  hit(hit) {
    const title = typeof hit.title === 'string' && hit.title.trim() ? hit.title : '(untitled)';
    const highlights = asList(hit.highlights).map(String);
    // The title's own highlight shows in the title instead of again among the snippets.
    const titleIndex = highlights.findIndex((h) => highlightText(h).trim() === title.trim());
    const titleNodes = titleIndex >= 0 ? highlightNodes(highlights[titleIndex]) : [title];
    const snippets = highlights.filter((_, i) => i !== titleIndex);
    const authors = joinNames(hit.authors);
    const date = timeElement(hit.publishedAt);
    const citedBy = Number.isInteger(hit.citedByCount) && hit.citedByCount > 0
      && el('a', { class: 'cited-by-count', href: articleHash(hit.id, { section: 'cited-by' }) },
        `cited by ${hit.citedByCount}`);
    const meta = [authors && el('span', {}, 'By ' + authors), date, citedBy].filter(Boolean);
    return el('li', { class: 'hit' },
      el('h2', { class: 'hit-title' }, el('a', { href: '#article=' + encodeURIComponent(hit.id) }, titleNodes)),
      meta.length > 0 && el('p', { class: 'meta' }, meta.map((part, i) => [i > 0 && ' · ', part])),
      snippets.length > 0 && el('p', { class: 'snippets' },
        snippets.map((s, i) => [i > 0 && el('span', { class: 'sep', 'aria-hidden': 'true' }, ' … '),
          el('span', { class: 'snippet' }, highlightNodes(s))])),
      categoryList(hit.categories, false));
  }

  renderFacets(facets, params) {
    this.facets.replaceChildren();
    if (!facets || typeof facets !== 'object') {
      return;
    }
    for (const facet of FACETS) {
      const values = asList(facets[facet.key]).filter((v) => typeof v.value === 'string');
      if (values.length === 0) {
        continue;
      }
      const selected = new Set(params.getAll(facet.param));
      const items = values.map((v) => {
        const label = typeof v.label === 'string' && v.label ? v.label : v.value;
        this.labels.set(facet.param + '\u0000' + v.value, label);
        const pressed = selected.has(v.value);
        return el('li', {},
          el('button', { type: 'button', class: 'facet-value', 'aria-pressed': String(pressed),
            'data-param': facet.param, 'data-value': v.value },
          el('span', { class: 'facet-label' }, label),
          el('span', { class: 'count' }, String(v.count ?? ''),
            el('span', { class: 'visually-hidden' }, v.count === 1 ? ' article' : ' articles'))));
      });
      const open = this.expanded.has(facet.key);
      const list = el('ul', { class: 'facet-values', id: 'facet-' + facet.key }, items);
      if (!open) {
        items.slice(FACET_PREVIEW).forEach((li) => {
          if (!li.querySelector('[aria-pressed="true"]')) {
            li.hidden = true;
          }
        });
      }
      const hiddenCount = items.filter((li) => li.hidden).length;
      const toggle = hiddenCount > 0 && el('button', { type: 'button', class: 'link-button',
        'aria-controls': list.id }, `Show ${hiddenCount} more`);
      if (toggle) {
        toggle.addEventListener('click', () => {
          this.expanded.add(facet.key);
          items.forEach((li) => { li.hidden = false; });
          toggle.remove();
        });
      }
      const heading = 'facet-heading-' + facet.key;
      const group = el('section', { class: 'filter-group facet', 'aria-labelledby': heading, 'data-facet': facet.key },
        el('h2', { id: heading }, facet.heading), list, toggle);
      group.addEventListener('click', (event) => {
        const button = event.target.closest('button.facet-value');
        if (button) {
          this.toggleFilter(button.dataset.param, button.dataset.value);
        }
      });
      this.facets.append(group);
    }
  }

  renderChips(params) {
    const chips = [];
    for (const facet of FACETS) {
      for (const value of params.getAll(facet.param)) {
        const label = this.labels.get(facet.param + '\u0000' + value) ?? value;
        const remove = el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${facet.heading}: ${label}` },
          el('span', { class: 'chip-kind' }, singular(facet.heading) + ':'), ' ', label,
          el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'));
        remove.addEventListener('click', () => this.toggleFilter(facet.param, value));
        chips.push(remove);
      }
    }
    for (const [param, name] of [['from', 'From'], ['to', 'To']]) {
      const value = params.get(param);
      if (value) {
        const remove = el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${name} ${value}` },
          el('span', { class: 'chip-kind' }, name + ':'), ' ', value,
          el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'));
        remove.addEventListener('click', () => {
          const next = new URLSearchParams(this.params);
          next.delete(param);
          this.navigate(searchParams(next).toString());
        });
        chips.push(remove);
      }
    }
    if (chips.length > 1) {
      const clear = el('button', { type: 'button', class: 'link-button' }, 'Clear all filters');
      clear.addEventListener('click', () => {
        const next = new URLSearchParams();
        for (const name of ['q', 'sort', 'size']) {
          if (this.params.get(name)) {
            next.set(name, this.params.get(name));
          }
        }
        this.navigate(next.toString());
      });
      chips.push(clear);
    }
    const active = chips.filter((c) => c.classList.contains('chip')).length;
    this.summaryLabel.textContent = active ? `Filters (${active} active)` : 'Filters';
    this.chips.replaceChildren(...chips);
    this.chips.hidden = chips.length === 0;
  }

  toggleFilter(param, value) {
    const next = new URLSearchParams();
    for (const [name, v] of this.params) {
      if (!(name === param && v === value)) {
        next.append(name, v);
      }
    }
    if (!this.params.getAll(param).includes(value)) {
      next.append(param, value);
    }
    this.focusAfterRender = { param, value };
    this.navigate(searchParams(next).toString());
  }
}

function singular(heading) {
  return heading.endsWith('ies') ? heading.slice(0, -3) + 'y' : heading.replace(/s$/, '');
}

