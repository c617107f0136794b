// The Add view (#add): a page pasted or dropped (text, HTML, a web archive) or a list of addresses, sent to
// ingest-service with the writer key. A page is previewed first (a dry run: its articles and the blocks skipped),
// then published as previewed; a list of addresses starts a fetch job, followed until it ends. ingest-service's
// address comes from query-service (GET /api/web-settings); without it the view says how to set it.

import * as api from './api.js';
import * as ingest from './ingest-api.js';
import { articleHash } from './article-view.js';
import { asList, el, joinNames, safeHttpUrl, timeElement } from './dom.js';

const FIRST_WORDS = 30;
const POLL_MILLIS = 1000;
const WARC = 'application/warc';
const SEARCHABLE_SOON = 'They become searchable after a moment, once enrich-service and the index have them '
  + '(usually a second or two).';

/** The first `count` words of an article's paragraphs, with an ellipsis when there is more. */
export function firstWords(paragraphs, count = FIRST_WORDS) {
  const words = asList(paragraphs).map(String).join(' ').split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(' ') : words.slice(0, count).join(' ') + '…';
}

/** The media type a file is sent as: a web archive by name or type, HTML by name or type, else plain text. */
export function formatOf(file) {
  const name = (file?.name ?? '').toLowerCase();
  const type = (file?.type ?? '').toLowerCase();
  if (name.endsWith('.warc') || name.endsWith('.warc.gz') || name.endsWith('.gz') || type === WARC) {
    return WARC;
  }
  if (/\.x?html?$/.test(name) || type === 'text/html' || type === 'application/xhtml+xml') {
    return 'text/html';
  }
  return 'text/plain';
}

/** Whether pasted text is HTML rather than text: it starts with a doctype or a common element. */
export function looksLikeHtml(text) {
  return /^\s*<(!doctype\s+html|html|head|body|main|article|section|div|p|h[1-6])[\s>]/i.test(text);
}

/** The addresses of a list, one per line; blank lines left out. */
export function urlList(text) {
  return String(text).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

export class AddView {
  constructor(root) {
    this.root = root;
    this.settings = null; // the loading of GET /api/web-settings, once
    this.file = null;
    this.formatChosen = false;
    this.page = null; // the request last previewed: what Publish sends
    this.job = null; // {controller, timer} of the fetch job followed

    const $ = (id) => document.getElementById(id);
    this.heading = $('add-heading');
    this.unconfigured = $('add-unconfigured');
    this.keyForm = $('writer-key-form');
    this.keyInput = $('writer-key');
    this.keyError = $('writer-key-error');
    this.keyEntry = $('writer-key-entry');
    this.keyKept = $('writer-key-kept');
    this.form = $('add-form');
    this.text = $('add-text');
    this.fileInput = $('add-file');
    this.drop = $('add-drop');
    this.fileChosen = $('add-file-chosen');
    this.fileName = $('add-file-name');
    this.format = $('add-format');
    this.pageUrl = $('add-page-url');
    this.urls = $('add-urls');
    this.source = $('add-source');
    this.submitButton = $('add-submit');
    this.status = $('add-status');
    this.error = $('add-error');
    this.outcome = $('add-outcome');

    this.keyForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.useKey();
    });
    $('forget-writer-key').addEventListener('click', () => {
      ingest.forgetWriterKey();
      this.updateKey();
      this.say('The writer key is forgotten.');
      this.keyInput.focus();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.mode() === 'urls') {
        this.startFetch();
      } else {
        this.preview();
      }
    });
    for (const radio of this.form.querySelectorAll('input[name="add-mode"]')) {
      radio.addEventListener('change', () => this.updateMode());
    }
    // A preview is of what was sent: any change makes it stale, and Publish must not send something unseen.
    this.form.addEventListener('input', () => this.dropPreview());
    this.form.addEventListener('change', () => this.dropPreview());
    this.text.addEventListener('input', () => {
      if (!this.formatChosen && !this.file) {
        this.format.value = looksLikeHtml(this.text.value) ? 'text/html' : 'text/plain';
      }
    });
    this.format.addEventListener('change', () => {
      this.formatChosen = true;
    });
    this.fileInput.addEventListener('change', () => this.chooseFile(this.fileInput.files?.[0] ?? null));
    $('add-file-clear').addEventListener('click', () => {
      this.fileInput.value = '';
      this.chooseFile(null);
      this.fileInput.focus();
    });
    this.drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      this.drop.classList.add('dragging');
    });
    this.drop.addEventListener('dragleave', () => this.drop.classList.remove('dragging'));
    this.drop.addEventListener('drop', (event) => {
      event.preventDefault();
      this.drop.classList.remove('dragging');
      const file = event.dataTransfer?.files?.[0];
      if (file) {
        this.fileInput.value = '';
        this.chooseFile(file);
      }
    });
    this.updateMode();
    this.updateKey();
  }

  /** Shows the view; the first time, reads where ingest-service is. */
  async show() {
    document.title = 'Add · Archivist';
    this.root.querySelectorAll('.page-origin').forEach((e) => {
      e.textContent = location.origin;
    });
    this.updateKey();
    this.heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    this.settings ??= api.webSettings().catch((e) => {
      this.settings = null; // tried again when the view is shown again
      throw e;
    });
    try {
      const settings = await this.settings;
      const configured = typeof settings.ingestUrl === 'string' && settings.ingestUrl !== '';
      this.ingestUrl = configured ? settings.ingestUrl.replace(/\/+$/, '') : null;
      this.unconfigured.hidden = configured;
      this.keyForm.hidden = !configured;
      this.form.hidden = !configured;
    } catch (e) {
      if (e.name !== 'AbortError') {
        this.showError('The page\'s settings could not be loaded: ' + e.message);
      }
    }
  }

  mode() {
    return this.form.querySelector('input[name="add-mode"]:checked')?.value ?? 'page';
  }

  updateMode() {
    const urls = this.mode() === 'urls';
    document.getElementById('add-page-fields').hidden = urls;
    document.getElementById('add-urls-fields').hidden = !urls;
    this.submitButton.textContent = urls ? 'Start fetching' : 'Preview';
  }

  /** The key entry while no writer key is kept; "Forget writer key" while one is. */
  updateKey() {
    const kept = Boolean(ingest.writerKey());
    this.keyEntry.hidden = kept;
    this.keyKept.hidden = !kept;
  }

  useKey() {
    const key = this.keyInput.value.trim();
    if (!api.isWellFormedKey(key)) {
      this.keyError.textContent = 'Enter the key as you were given it: letters, digits and punctuation, no spaces.';
      this.keyError.hidden = false;
      this.keyInput.focus();
      return;
    }
    ingest.storeWriterKey(key);
    this.keyInput.value = '';
    this.keyError.hidden = true;
    this.hideError();
    this.updateKey();
    this.say('The writer key is kept for this tab.');
    (this.mode() === 'urls' ? this.urls : this.text).focus();
  }

  chooseFile(file) {
    this.file = file;
    this.fileChosen.hidden = !file;
    this.fileName.textContent = file ? `Chosen: ${file.name} (${sizeText(file.size)}). It is sent instead of `
      + 'pasted text.' : '';
    // The file is what is sent; the text box would only mislead meanwhile.
    this.text.disabled = Boolean(file);
    if (file) {
      this.format.value = formatOf(file);
      this.formatChosen = false;
    } else if (!this.formatChosen) {
      this.format.value = looksLikeHtml(this.text.value) ? 'text/html' : 'text/plain';
    }
    this.dropPreview();
  }

  /** The page to send, or null after showing what is missing. */
  pageToSend() {
    const contentType = this.format.value;
    const source = this.source.value.trim();
    const url = this.pageUrl.value.trim();
    if (url && !safeHttpUrl(url)) {
      this.showError('The address of the page must be a full address starting with http:// or https://.');
      this.pageUrl.focus();
      return null;
    }
    if (this.file) {
      return { body: this.file, contentType, source, url, name: this.file.name };
    }
    if (!this.text.value.trim()) {
      this.showError('Paste a page or choose a file first.');
      this.text.focus();
      return null;
    }
    if (contentType === WARC) {
      this.showError('A web archive can only be sent as a file: choose the .warc or .warc.gz file.');
      this.fileInput.focus();
      return null;
    }
    return { body: this.text.value, contentType: contentType + '; charset=utf-8', source, url, name: null };
  }

  /** Whether a writer key is kept; otherwise asks for one. */
  hasKey() {
    if (ingest.writerKey()) {
      return true;
    }
    this.showError('Enter a writer key first: adding articles needs one.');
    this.keyInput.focus();
    return false;
  }

  async preview() {
    this.hideError();
    this.stopJob();
    if (!this.hasKey()) {
      return;
    }
    const page = this.pageToSend();
    if (!page) {
      return;
    }
    this.clearOutcome();
    this.busy(true, page.contentType === WARC ? 'Reading the web archive…' : 'Reading the page…');
    try {
      const result = await ingest.postArchive(this.ingestUrl, page, true);
      this.page = page;
      this.renderPreview(result);
    } catch (e) {
      this.failed(e);
    } finally {
      this.busy(false);
    }
  }

  async publish() {
    const page = this.page;
    if (!page) {
      return;
    }
    this.hideError();
    this.busy(true, 'Publishing…');
    try {
      const result = await ingest.postArchive(this.ingestUrl, page, false);
      this.page = null;
      this.renderPublished(result);
    } catch (e) {
      this.failed(e);
    } finally {
      this.busy(false);
    }
  }

  renderPreview(result) {
    const warc = typeof result.records === 'number';
    const articles = asList(result.articles);
    const skipped = asList(result.skipped);
    const heading = el('h2', { id: 'add-outcome-heading', tabindex: '-1' },
      `Preview: ${count(articles.length, 'article')} found`);
    const publish = el('button', { type: 'button', class: 'primary', id: 'add-publish' },
      `Publish ${count(articles.length, 'article')}`);
    publish.addEventListener('click', () => this.publish());
    this.showOutcome(heading,
      el('p', {}, 'Nothing is published yet. ',
        warc && `The file held ${count(result.records, 'record')}, ${count(result.pages, 'page')} of them HTML. `,
        typeof result.archiveCategory === 'string' && result.archiveCategory
          && `The page is an archive of: ${result.archiveCategory}.`),
      el('ol', { class: 'add-articles' }, articles.map((a) => articleItem(a, false))),
      skippedList(skipped, warc ? result.skippedByReason : null),
      el('div', { class: 'actions' }, publish));
    this.say(`Preview ready: ${count(articles.length, 'article')} found, ${count(skipped.length, 'block')} `
      + 'skipped. Nothing is published yet.');
    heading.focus();
  }

  renderPublished(result) {
    const articles = asList(result.articles).filter((a) => a && typeof a.id === 'string');
    const heading = el('h2', { id: 'add-outcome-heading', tabindex: '-1' },
      `Published ${count(articles.length, 'article')}`);
    this.showOutcome(heading, el('p', {}, SEARCHABLE_SOON),
      el('ol', { class: 'add-articles published' }, articles.map((a) => articleItem(a, true))));
    this.say(`Published ${count(articles.length, 'article')}. ${SEARCHABLE_SOON}`);
    heading.focus();
  }

  async startFetch() {
    this.hideError();
    this.stopJob();
    if (!this.hasKey()) {
      return;
    }
    const urls = urlList(this.urls.value);
    if (urls.length === 0) {
      this.showError('Enter at least one address, one per line.');
      this.urls.focus();
      return;
    }
    this.clearOutcome();
    this.busy(true, 'Starting the fetch job…');
    try {
      const started = await ingest.startFetch(this.ingestUrl, urls, this.source.value.trim());
      this.say(`Fetch job started for ${count(urls.length, 'address', 'addresses')}.`);
      this.follow(started.id);
    } catch (e) {
      this.failed(e);
    } finally {
      this.busy(false);
    }
  }

  /** Asks for the job's state every second until it is done or failed. */
  follow(id) {
    const job = { controller: new AbortController(), timer: null };
    this.job = job;
    const poll = async () => {
      try {
        const state = await ingest.fetchJob(this.ingestUrl, id, job.controller.signal);
        if (this.job !== job) {
          return;
        }
        this.renderJob(state);
        if (state.state === 'done' || state.state === 'failed') {
          this.job = null;
          this.say(jobSummary(state));
        } else {
          job.timer = setTimeout(poll, POLL_MILLIS);
        }
      } catch (e) {
        if (e.name !== 'AbortError' && this.job === job) {
          this.job = null;
          this.failed(e);
        }
      }
    };
    poll();
  }

  stopJob() {
    if (this.job) {
      clearTimeout(this.job.timer);
      this.job.controller.abort();
      this.job = null;
    }
  }

  renderJob(job) {
    const counts = job.counts ?? {};
    const finished = job.state === 'done' || job.state === 'failed';
    const articles = asList(job.articles).filter((a) => a && typeof a.id === 'string');
    const outcomes = (list, title) => asList(list).length > 0 && [el('h3', {}, title),
      el('ul', { class: 'add-skipped' }, asList(list).map((o) => el('li', {}, el('span', { class: 'url' }, o.url),
        ': ', o.reason, o.status ? ` (HTTP ${o.status})` : '')))];
    const wasFocused = this.outcome.contains(document.activeElement);
    this.showOutcome(
      el('h2', { id: 'add-outcome-heading', tabindex: '-1' }, `Fetch job ${job.id}`),
      el('p', { class: 'job-state' }, 'State: ', el('strong', {}, job.state ?? 'unknown'),
        job.reason && ` (${job.reason})`),
      Number.isInteger(counts.urls) && el('progress', { max: Math.max(counts.urls, 1), value: counts.done ?? 0,
        'aria-label': 'Addresses done' }),
      el('dl', { class: 'job-counts' },
        [['Addresses', counts.urls], ['Done', counts.done], ['Articles', counts.articles], ['Skipped', counts.skipped],
          ['Failed', counts.failed]].map(([name, value]) => el('div', {}, el('dt', {}, name), el('dd', {}, value ?? 0)))),
      finished && articles.length > 0 && [el('p', {}, SEARCHABLE_SOON),
        el('ol', { class: 'add-articles published' }, articles.map((a) => articleItem(a, true)))],
      outcomes(job.skipped, 'Skipped'), outcomes(job.failed, 'Failed'));
    if (wasFocused) {
      this.outcome.querySelector('h2').focus();
    }
  }

  /** A failure: the key is dropped when ingest-service refused it, and the problem's skipped blocks are shown. */
  failed(e) {
    this.say('');
    if (e.status === 401 || e.status === 403) {
      ingest.forgetWriterKey();
      this.updateKey();
      this.showError(e.message);
      this.keyInput.focus();
      return;
    }
    this.showError(e.message, e.problem);
    if (e.status === 422 && Array.isArray(e.problem?.skipped)) {
      this.showOutcome(el('h2', { id: 'add-outcome-heading' }, 'What the page held'),
        skippedList(asList(e.problem.skipped), null));
    }
  }

  dropPreview() {
    if (this.page) {
      this.page = null;
      this.clearOutcome();
      this.say('The form changed: preview it again before publishing.');
    }
  }

  busy(busy, message) {
    this.submitButton.disabled = busy;
    this.root.querySelector('#add-publish')?.toggleAttribute('disabled', busy);
    this.root.setAttribute('aria-busy', String(busy));
    if (message) {
      this.say(message);
    }
  }

  say(message) {
    this.status.textContent = message;
  }

  showError(message, problem) {
    const errors = asList(problem?.errors).filter((e) => e && e.message);
    // replaceChildren would show an absent part as the text "null".
    this.error.replaceChildren(...[message, errors.length > 0
      ? el('ul', {}, errors.map((e) => el('li', {}, e.field ? `${e.field}: ${e.message}` : e.message))) : null]
      .filter(Boolean));
    this.error.hidden = false;
  }

  hideError() {
    this.error.hidden = true;
    this.error.replaceChildren();
  }

  showOutcome(...children) {
    this.outcome.replaceChildren(...children.flat(2).filter(Boolean));
    this.outcome.hidden = false;
  }

  clearOutcome() {
    this.outcome.replaceChildren();
    this.outcome.hidden = true;
  }
}

function count(n, word, plural = word + 's') {
  return `${n} ${n === 1 ? word : plural}`;
}

function sizeText(bytes) {
  return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

/** An article found or published: its title (a link to its view once published), byline and first words. */
function articleItem(a, published) {
  const title = typeof a.title === 'string' && a.title.trim() ? a.title : '(untitled)';
  const authors = joinNames(a.authors);
  const date = timeElement(a.publishedAt ?? a.capturedAt);
  const words = firstWords(a.paragraphs);
  return el('li', {},
    el('h3', { class: 'add-article-title' }, published && a.id ? el('a', { href: articleHash(a.id) }, title) : title),
    (authors || date || a.url) && el('p', { class: 'meta' },
      authors && 'By ' + authors, authors && date && ' · ', date,
      typeof a.url === 'string' && a.url && [(authors || date) && ' · ', el('span', { class: 'url' }, a.url)]),
    words && el('p', { class: 'excerpt' }, words),
    a.excerpt === true && el('p', { class: 'flag' }, 'Only a teaser: the whole post is at its address.'));
}

/** The blocks of a page not taken into an article (or a web archive's captures left out), each with why. */
function skippedList(skipped, byReason) {
  const reasons = byReason && typeof byReason === 'object' ? Object.entries(byReason) : [];
  if (skipped.length === 0 && reasons.length === 0) {
    return el('p', { class: 'status' }, 'Nothing was skipped.');
  }
  return el('div', { class: 'add-skipped-blocks' },
    el('h3', {}, `Skipped: ${count(skipped.length, 'block')}`),
    el('ul', { class: 'add-skipped' }, skipped.map((s) => el('li', {},
      el('span', { class: 'reason' }, typeof s.reason === 'string' ? s.reason : 'skipped'), ': ',
      typeof s.excerpt === 'string' ? el('q', {}, s.excerpt) : el('span', { class: 'url' }, s.url ?? '')))),
    reasons.length > 0 && el('ul', { class: 'add-skipped-counts' }, reasons.map(([reason, n]) =>
      el('li', {}, `${reason}: ${n}`))));
}

function jobSummary(job) {
  const c = job.counts ?? {};
  return job.state === 'failed'
    ? `The fetch job failed${job.reason ? ': ' + job.reason : ''}.`
    : `The fetch job is done: ${count(c.articles ?? 0, 'article')} from ${count(c.done ?? 0, 'address', 'addresses')}, `
      + `${c.skipped ?? 0} skipped, ${c.failed ?? 0} failed. ${(c.articles ?? 0) > 0 ? SEARCHABLE_SOON : ''}`.trim();
}
