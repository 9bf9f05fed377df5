// The argument names an ICU message uses, for the catalogue tests: `{name}`, `{count, plural, …}` and
// the arguments inside plural and select branches (a branch body such as `{placed}` is text, not an argument).

/** The sorted argument names of an ICU message. */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  parseText(message, 0, names);
  return [...names].sort();
}

/** Reads message text from `at` up to an unmatched `}` (or the end); returns where it stopped. */
function parseText(message: string, at: number, names: Set<string>): number {
  let i = at;
  while (i < message.length && message[i] !== '}')
    i = message[i] === '{' ? parseArgument(message, i + 1, names) : i + 1;
  return i;
}

/** Reads an argument after its `{`; returns the index after its closing `}`. */
function parseArgument(message: string, at: number, names: Set<string>): number {
  const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(at))!;
  names.add(head[1]!);
  let i = at + head[0].length;
  if (head[2] === 'plural' || head[2] === 'select' || head[2] === 'selectordinal') {
    i += 1; // the comma before the branches
    for (;;) {
      while (/\s/.test(message[i] ?? '')) i++;
      if (message[i] === '}' || i >= message.length) break;
      while (i < message.length && message[i] !== '{') i++; // the selector: "one", "=0", "other" …
      i = parseText(message, i + 1, names) + 1;
    }
  } else {
    while (i < message.length && message[i] !== '}') i++; // a number or date style
  }
  return i + 1;
}
