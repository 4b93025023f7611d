import { describe, expect, it } from 'vitest';
import { engineEnglishProblems, englishIn } from './check-engine-english.ts';

const texts = (source: string) => englishIn('x.ts', source).map((f) => f.text);

describe('the check that the engine speaks only in catalogue keys', () => {
  it('finds sentences in strings and templates, not ids, field names, types or comments', () => {
    const source = [
      "import { say } from '../text/messages/engine.ts';",
      "type Kind = 'a b c';",
      "const id = 'key-generated'; // Bob decrypts it.",
      "const field = fieldBytes(packet, 'public key');",
      "const n = say('narration.joined', { actor: 'bob' });",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template, parsed, not run
      'const line = `Bob decrypts ${text} at once`;',
      "const planted = 'Oscar reads the message.';",
    ].join('\n');
    expect(texts(source)).toEqual(['Bob decrypts   at once', 'Oscar reads the message.']);
  });

  it('lets protocol bytes written as text and the CA’s name pass, nothing else like them', () => {
    const source = [
      "const INFO = utf8Encode('handshake-lab session key v1');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template literal, checked as written
      'const shown = utf8Encode(`Bob decrypts ${text}`);',
      "const label = derive(utf8Encode('a b'), 'Oscar reads it');",
      "export const CA_NAME = 'Handshake Lab Root CA';",
    ].join('\n');
    expect(texts(source)).toEqual(['Bob decrypts  ', 'Oscar reads it']);
  });

  it('lets an Error thrown for a bug keep its words, and nothing else that is thrown', () => {
    const source = [
      "throw new Error('Packets keep circulating: a strategy never lets go.');",
      "throw new ScriptMisfit('The move cannot act here.');",
    ].join('\n');
    expect(texts(source)).toEqual(['The move cannot act here.']);
  });

  it('fails on a sentence planted in any engine file, and passes a clean one', () => {
    const files = ['web/protocol/run.ts', 'web/protocol/settings.ts'];
    const sources: Record<string, string> = {
      'web/protocol/run.ts': "const planted = 'Bob decrypts it.';",
      'web/protocol/settings.ts': "const id = 'aes-gcm';",
    };
    const problems = engineEnglishProblems(files, (f) => sources[f] ?? '');
    expect(problems[0]).toMatch(/^web\/protocol\/run\.ts: 1 English strings\./);
    expect(problems[1]).toContain('"Bob decrypts it."');
    expect(problems).toHaveLength(2);
    expect(engineEnglishProblems(files, () => '')).toEqual([]);
  });
});
