// The key form, for an archive that needs a reader key to read (archivist.security.public-read=false): it
// takes the place of the results when the API answers 401, stores the key entered and lets the waiting
// requests go again; "Forget key" drops the stored key and starts the page afresh.

import * as api from './api.js';

export class KeyView {
  constructor() {
    this.form = document.getElementById('key-form');
    this.input = document.getElementById('key');
    this.error = document.getElementById('key-error');
    this.forget = document.getElementById('forget-key');
    this.waiting = [];

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.forget.addEventListener('click', () => {
      api.forgetApiKey();
      location.reload();
    });
    api.onKeyNeeded((detail, signal) => this.ask(detail, signal));
    this.update();
  }

  /** Shows the form (with `detail` as the error when a stored key was refused); resolves once a key is stored. */
  ask(detail, signal) {
    signal?.throwIfAborted();
    if (detail) {
      this.error.textContent = detail;
      this.error.hidden = false;
    }
    const wasShown = !this.form.hidden;
    this.form.hidden = false;
    document.body.classList.add('key-needed');
    this.update();
    if (!wasShown || detail) {
      this.input.focus();
    }
    return new Promise((resolve, reject) => {
      this.waiting.push(resolve);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }

  submit() {
    const key = this.input.value.trim();
    if (!api.isWellFormedKey(key)) {
      this.error.textContent = 'Enter the key as you were given it: letters, digits and punctuation, no spaces.';
      this.error.hidden = false;
      this.input.focus();
      return;
    }
    api.storeApiKey(key);
    this.input.value = '';
    this.error.hidden = true;
    this.form.hidden = true;
    document.body.classList.remove('key-needed');
    this.update();
    document.getElementById('main').focus();
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  /** "Forget key" is there only while a key is stored. */
  update() {
    this.forget.hidden = !api.apiKey();
  }
}
