// DOM building without innerHTML: every server string reaches the page as a text node.

/**
 * Creates an element. `props`: `className`, `text`, `dataset`, `hidden`, `title`, any other key
 * becomes an attribute. Children are nodes or strings (added as text), null/false are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    applyProp(node, key, value);
  }
  appendChildren(node, children);

  return node;
}

function applyProp(node, key, value) {
  if (value === undefined || value === null || value === false) {
    return;
  }
  if (key === 'className') {
    node.className = value;
  } else if (key === 'text') {
    node.textContent = String(value);
  } else if (key === 'dataset') {
    Object.assign(node.dataset, value);
  } else if (key === 'hidden') {
    node.hidden = Boolean(value);
  } else {
    node.setAttribute(key, value === true ? '' : String(value));
  }
}

export function appendChildren(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `node`. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  appendChildren(node, children);
}

export function byId(id) {
  const node = document.getElementById(id);
  if (!node) {
    throw new Error(`#${id} is missing from index.html`);
  }

  return node;
}

export function setText(id, text) {
  byId(id).textContent = text;
}

/** A `<dl>` body of label/value pairs, skipping pairs whose value is undefined. */
export function factRows(pairs) {
  return pairs
    .filter(([, value]) => value !== undefined)
    .map(([label, value]) => el('div', {}, el('dt', { text: label }), el('dd', {}, value)));
}
