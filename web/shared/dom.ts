type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; text is always set as text, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export function requiredElement<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the page has no ${type.name} #${id}`);
  return element;
}

/**
 * The API's search snippets are HTML-escaped text with <mark> around matches. They are parsed
 * inertly and rebuilt from their text and <mark> elements only, so nothing else can get in.
 */
export function snippetNodes(snippet: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? h('mark', {}, node.textContent ?? '')
      : document.createTextNode(node.textContent ?? ''),
  );
}
