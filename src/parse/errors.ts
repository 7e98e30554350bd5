/**
 * Everything the parse stage can fail with. Messages say what went wrong and where, in words a
 * person reading a log or a Discord status line understands: "parse: got an HTML page, not a feed in
 * https://host/x.xml".
 */

export class ParseError extends Error {
  /** Where the input came from: a feed URL or a file path. */
  readonly label: string;
  /** What went wrong, without the label; stable enough to group errors by. */
  readonly reason: string;

  constructor(reason: string, label: string, options?: { cause?: unknown }) {
    super(`parse: ${reason} in ${label}`, options);
    this.name = new.target.name;
    this.label = label;
    this.reason = reason;
  }
}

/** The input is something else (HTML, JSON, a challenge page, nothing at all), seen before parsing. */
export class NotAFeedError extends ParseError {}

/** The input is XML-ish but rss-parser or the XML reader could not make a feed of it. */
export class MalformedFeedError extends ParseError {}

/** The feed was read, and normalizing or matching it failed: a fault of ours or of the rules, not the feed's. */
export class AnalyzeError extends ParseError {}

export class ParseTimeoutError extends ParseError {
  readonly limitMs: number;

  constructor(limitMs: number, label: string) {
    super(`gave up after ${limitMs} ms (the feed is too slow to parse)`, label);
    this.limitMs = limitMs;
  }
}

export class ParseMemoryError extends ParseError {
  readonly limitMb: number;

  /** With `inputMb`, the body was refused before parsing because it alone would not fit. */
  constructor(limitMb: number, label: string, options?: { cause?: unknown; inputMb?: number }) {
    const reason =
      options?.inputMb === undefined
        ? `ran out of memory (limit ${limitMb} MB)`
        : `the feed (${options.inputMb} MB) is too large for the parse memory limit (${limitMb} MB)`;
    super(reason, label, options);
    this.limitMb = limitMb;
  }
}

/** The worker thread died for another reason while parsing this input. */
export class ParseCrashError extends ParseError {}

const SAX_POSITION = /\nLine: (\d+)\nColumn: (\d+)\nChar:[\s\S]*$/;

/**
 * Turns what the worker reported (an error's name and message from rss-parser, xml2js or sax) into a
 * ParseError that says in words what is wrong with the input.
 */
export function parserFailure(name: string, message: string, label: string): ParseError {
  const text = message.trim();
  if (/^Feed not recognized as RSS 1 or 2/.test(text)) {
    return new NotAFeedError(`not an RSS or Atom feed (${text.replace(/\.$/, '')})`, label);
  }
  if (text === 'Unable to parse XML.') return new MalformedFeedError('malformed XML (nothing could be read)', label);
  const position = SAX_POSITION.exec(text);
  if (position) {
    // sax counts lines from 0; people count from 1.
    const what = text.slice(0, position.index).trim();
    return new MalformedFeedError(`malformed XML: ${what} (line ${Number(position[1]) + 1}, column ${position[2]})`, label);
  }
  if (name === 'Error') return new MalformedFeedError(text, label);
  // TypeError, RangeError and friends: rss-parser met a shape it does not expect.
  return new MalformedFeedError(`rss-parser could not read this feed's structure (${name}: ${text})`, label);
}
