// Small DOM helpers. Text from the API always goes into the page through text nodes; the one exception,
// search highlights, is parsed here into text nodes and <mark> elements, never assigned as markup.

/**
 * Creates an element. `attributes` become attributes (null/false ones are skipped, `true` sets an empty one);
 * `children` are nodes or strings (strings become text nodes); null children are skipped.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else {
      parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities an HTML-escaping highlighter writes: &amp; &lt; &gt; &quot; &apos; &#NN; &#xNN;. */
export function decodeEntities(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (entity, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) {
        return entity;
      }
      // Lucene escapes each UTF-16 unit on its own, so a surrogate arrives as its own entity.
      return code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : entity;
  });
}

/**
 * Parses a highlight fragment ("escaped text with <mark>words</mark>") into nodes. Returns null when the
 * fragment holds anything but text and balanced, unnested <mark>/</mark> tags: the caller then shows it as
 * plain text instead of trusting it.
 */
export function parseHighlight(fragment) {
  const parts = String(fragment).split(/(<mark>|<\/mark>)/);
  const nodes = [];
  let mark = null;
  for (const part of parts) {
    if (part === '<mark>') {
      if (mark) {
        return null;
      }
      mark = document.createElement('mark');
    } else if (part === '</mark>') {
      if (!mark) {
        return null;
      }
      nodes.push(mark);
      mark = null;
    } else if (part) {
      if (part.includes('<') || part.includes('>')) {
        return null;
      }
      const text = document.createTextNode(decodeEntities(part));
      if (mark) {
        mark.append(text);
      } else {
        nodes.push(text);
      }
    }
  }
  return mark ? null : nodes;
}

/** A highlight as nodes: parsed when it is well formed, else its raw text shown as text. */
export function highlightNodes(fragment) {
  return parseHighlight(fragment) ?? [document.createTextNode(String(fragment))];
}

/** The plain text of a highlight: tags dropped, entities decoded. */
export function highlightText(fragment) {
  return decodeEntities(String(fragment).replace(/<\/?mark>/g, ''));
}

/** The URL when it is an absolute http(s) address, else null: keeps javascript: and data: out of hrefs. */
export function safeHttpUrl(url) {
  if (typeof url !== 'string' || !url.trim()) {
    return null;
  }
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** A <time> for an ISO date (2021-03-03) or instant, or null when absent or unreadable. */
export function timeElement(value) {
  if (typeof value !== 'string' || !value) {
    return null;
  }
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? value + 'T00:00:00Z' : value);
  if (Number.isNaN(date.getTime())) {
    return el('span', {}, value);
  }
  return el('time', { datetime: value }, DATE_FORMAT.format(date));
}

/** Joins strings for display: "A", "A and B", "A, B and C". */
export function joinNames(names) {
  const list = (Array.isArray(names) ? names : []).filter((n) => typeof n === 'string' && n.trim());
  if (list.length <= 1) {
    return list.join('');
  }
  return list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1];
}

/** Strings only: API arrays may hold nulls or be absent. */
export function asList(value) {
  return Array.isArray(value) ? value.filter((v) => v !== null && v !== undefined) : [];
}

/**
 * Hands a Blob to the browser as a download named `filename`, through an object URL given up soon after: the
 * download holds its own copy by then, and the URL would otherwise keep the Blob in memory as long as the page.
 */
export function saveFile(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
