// Wires the page: the query string holds the search, the hash the open article (#article=<id>, with a place in it:
// &note=<n>, &ref=<n>-<k> or &section=cited-by) or the Add view (#add). The views live in the page; switching between them never reloads it, and the back button walks the same
// steps. An archive that needs a key shows the key form in their place until one is entered.

import { AddView } from './add-view.js';
import { ArticleView } from './article-view.js';
import { KeyView } from './key-view.js';
import { SearchView } from './search-view.js';

const searchSection = document.getElementById('search-view');
const articleSection = document.getElementById('article-view');
const addSection = document.getElementById('add-view');
const addLink = document.getElementById('add-link');
let lastArticle = null;

function showSearch(queryString) {
  const url = queryString ? '?' + queryString : location.pathname;
  // Running the shown search again (Enter twice, or after an error) is no new step for the back button.
  if (!location.hash && url === (queryString ? location.search : location.pathname + location.search)) {
    history.replaceState(null, '', url);
  } else {
    history.pushState(null, '', url);
  }
  route();
}

new KeyView();
const searchView = new SearchView(showSearch);
const articleView = new ArticleView(articleSection, () => showSearch(location.search.slice(1)));
const addView = new AddView(addSection);

function hashState() {
  const hash = new URLSearchParams(location.hash.slice(1));
  const article = hash.get('article');
  if (!article) {
    return null;
  }
  const target = hash.has('note') ? { note: hash.get('note') } : hash.has('ref') ? { ref: hash.get('ref') }
    : hash.has('section') ? { section: hash.get('section') } : null;
  return { article, target };
}

function route() {
  const adding = location.hash === '#add';
  addSection.hidden = !adding;
  if (adding) {
    addLink.setAttribute('aria-current', 'page');
    searchSection.hidden = true;
    articleSection.hidden = true;
    addView.show();
    return;
  }
  addLink.removeAttribute('aria-current');
  const state = hashState();
  if (state) {
    searchSection.hidden = true;
    articleSection.hidden = false;
    lastArticle = state.article;
    articleView.show(state.article, state.target);
    return;
  }
  const wasArticle = !articleSection.hidden;
  articleSection.hidden = true;
  searchSection.hidden = false;
  document.title = searchTitle();
  searchView.show(location.search);
  if (wasArticle && lastArticle) {
    // Back from an article: keyboard focus returns to that article's result, where the reader left off.
    const link = [...document.querySelectorAll('#results .hit-title a')]
      .find((a) => a.getAttribute('href') === '#article=' + encodeURIComponent(lastArticle));
    link?.focus();
  }
}

function searchTitle() {
  const q = new URLSearchParams(location.search).get('q');
  return q ? `${q} · Archivist search` : 'Archivist';
}

document.getElementById('brand').addEventListener('click', (event) => {
  if (!event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
    event.preventDefault();
    showSearch('');
  }
});
// Following a hash link fires popstate and hashchange; route() is idempotent, so both may call it.
window.addEventListener('popstate', route);
window.addEventListener('hashchange', route);
route();
