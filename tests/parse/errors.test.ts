/**
 * The parse stage's errors: each kind's name, its message ("parse: <what went wrong> in <where>"),
 * the fields kept for grouping (reason, label, limits, cause), and parserFailure, which turns what
 * rss-parser, xml2js or sax reported into words a person reading a log understands.
 */
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import {
  AnalyzeError,
  MalformedFeedError,
  NotAFeedError,
  ParseCrashError,
  ParseError,
  ParseMemoryError,
  ParseTimeoutError,
  parserFailure,
} from '../../src/parse/errors';

const URL = 'https://noticias.example/rss.xml';

describe('ParseError and its kinds', () => {
  it('says what went wrong and where, and keeps both apart', () => {
    const cause = new Error('socket closed');
    const error = new ParseError('the parser pool is closed', URL, { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ParseError');
    expect(error.message).toBe(`parse: the parser pool is closed in ${URL}`);
    expect(error.reason).toBe('the parser pool is closed');
    expect(error.label).toBe(URL);
    expect(error.cause).toBe(cause);
  });

  it('names each kind after its class, and each kind is a ParseError', () => {
    const kinds = [
      [NotAFeedError, 'NotAFeedError'],
      [MalformedFeedError, 'MalformedFeedError'],
      [AnalyzeError, 'AnalyzeError'],
      [ParseCrashError, 'ParseCrashError'],
    ] as const;
    for (const [Kind, name] of kinds) {
      const error = new Kind('got an HTML page, not a feed', 'feeds/mesa.xml');
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf(ParseError);
      expect(error.message).toBe('parse: got an HTML page, not a feed in feeds/mesa.xml');
    }
    // Kinds are told apart by class, not only by name.
    expect(new NotAFeedError('x', URL)).not.toBeInstanceOf(MalformedFeedError);
  });

  it('says a timeout is a slow feed, with the limit', () => {
    const error = new ParseTimeoutError(5000, URL);
    expect(error.name).toBe('ParseTimeoutError');
    expect(error).toBeInstanceOf(ParseError);
    expect(error.limitMs).toBe(5000);
    expect(error.reason).toBe('gave up after 5000 ms (the feed is too slow to parse)');
    expect(error.message).toBe(`parse: gave up after 5000 ms (the feed is too slow to parse) in ${URL}`);
  });

  it('says memory ran out while parsing, with the limit', () => {
    const cause = new Error('worker out of memory');
    const error = new ParseMemoryError(64, URL, { cause });
    expect(error.name).toBe('ParseMemoryError');
    expect(error.limitMb).toBe(64);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(`parse: ran out of memory (limit 64 MB) in ${URL}`);
  });

  it('says a body was refused before parsing when it alone is over the memory limit', () => {
    const error = new ParseMemoryError(64, URL, { inputMb: 80 });
    expect(error.reason).toBe('the feed (80 MB) is too large for the parse memory limit (64 MB)');
    expect(error.message).toBe(`parse: the feed (80 MB) is too large for the parse memory limit (64 MB) in ${URL}`);
    expect(error.cause).toBeUndefined();
  });
});

describe('parserFailure', () => {
  it('calls a document rss-parser does not recognize not a feed', () => {
    const error = parserFailure('Error', 'Feed not recognized as RSS 1 or 2.', URL);
    expect(error).toBeInstanceOf(NotAFeedError);
    expect(error.reason).toBe('not an RSS or Atom feed (Feed not recognized as RSS 1 or 2)');
    expect(error.label).toBe(URL);
  });

  it('says nothing could be read when the XML reader gives up at once', () => {
    const error = parserFailure('Error', 'Unable to parse XML.', URL);
    expect(error).toBeInstanceOf(MalformedFeedError);
    expect(error.message).toBe(`parse: malformed XML (nothing could be read) in ${URL}`);
    // Surrounding whitespace in the report does not hide the known message.
    expect(parserFailure('Error', '  Unable to parse XML.\n', URL).reason).toBe('malformed XML (nothing could be read)');
  });

  it('turns a sax position into a line counted from 1 and the column', () => {
    const error = parserFailure('Error', 'Unexpected close tag\nLine: 0\nColumn: 39\nChar: >', URL);
    expect(error).toBeInstanceOf(MalformedFeedError);
    expect(error.reason).toBe('malformed XML: Unexpected close tag (line 1, column 39)');
    expect(parserFailure('Error', 'Invalid character entity\nLine: 11\nColumn: 7\nChar: ;', URL).reason).toBe(
      'malformed XML: Invalid character entity (line 12, column 7)',
    );
  });

  it('keeps any other plain Error message as the reason', () => {
    const error = parserFailure('Error', 'RSS without a <channel> element', URL);
    expect(error).toBeInstanceOf(MalformedFeedError);
    expect(error.reason).toBe('RSS without a <channel> element');
  });

  it('says rss-parser met a shape it does not expect when it throws a TypeError or the like', () => {
    const error = parserFailure('TypeError', "Cannot read properties of undefined (reading 'map')", URL);
    expect(error).toBeInstanceOf(MalformedFeedError);
    expect(error.reason).toBe("rss-parser could not read this feed's structure (TypeError: Cannot read properties of undefined (reading 'map'))");
    expect(parserFailure('RangeError', 'Invalid array length', URL).reason).toBe("rss-parser could not read this feed's structure (RangeError: Invalid array length)");
  });

  it('reads the messages rss-parser really reports', async () => {
    const reported = async (body: string): Promise<ParseError> => {
      const thrown = await new Parser().parseString(body).then(
        () => null,
        (error: unknown) => error as Error,
      );
      expect(thrown).not.toBeNull();
      return parserFailure(thrown!.name, thrown!.message, URL);
    };
    expect(await reported('<resultado><total>3</total></resultado>')).toBeInstanceOf(NotAFeedError);
    // The 39th character, "</chanel>"'s ">", on the first line, is where sax stops.
    const broken = await reported('<rss><channel><title>x</title></chanel></rss>');
    expect(broken).toBeInstanceOf(MalformedFeedError);
    expect(broken.reason).toBe('malformed XML: Unexpected close tag (line 1, column 39)');
    const twoLines = await reported('<rss>\n<channel><title>Sanciones &bogus; oro</title></channel></rss>');
    // sax counts that line from 0 and reports the ";" ending the entity, the 33rd character.
    expect(twoLines.reason).toBe('malformed XML: Invalid character entity (line 2, column 33)');
  });
});
