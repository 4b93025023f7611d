import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import { knowledgeAt } from './knowledge.ts';
import { eventsOfType, runForTest } from './testing.ts';
import type { Trace } from './trace.ts';

const ecdhWithCertificates = { keyExchange: 'ecdh', certificates: 'on' } as const;

/** What Oscar holds, and whose he believes it is, once the run is over. */
function oscarKeys(trace: Trace) {
  return knowledgeAt(trace.events, trace.events.length).of('oscar').keys;
}

function erasedBy(trace: Trace, party: string) {
  return knowledgeAt(trace.events, trace.events.length)
    .of(party)
    .keys.filter((k) => k.erased)
    .map((k) => k.key.kind);
}

describe('the thief tries every key he holds on every recorded packet', () => {
  it('RSA transport: the stolen RSA key opens the wrapped key, and the session key both messages', async () => {
    const trace = await runForTest('forward-secrecy');
    // Recorded and hiding something: the wrapped key and two messages. He holds Bob's RSA
    // private key, then the session key it unwraps: 1 try on the wrapped key; on each
    // message the RSA key (refused) and the session key (opens).
    expect(trace.outcome.keyTries).toEqual({ keys: 2, packets: 3, tries: 5, opened: 3 });
    expect(trace.outcome).toMatchObject({ sent: 2, readByOscarLater: 2 });
    // The session key was erased by both before the theft, and recovered all the same.
    expect(erasedBy(trace, 'alice')).toEqual(['aes']);
    expect(erasedBy(trace, 'bob')).toEqual(['aes']);
    const stolen = oscarKeys(trace).filter((k) => k.hasPrivate && k.believedOwner === 'bob');
    expect(stolen.map((k) => k.key.kind)).toEqual(['rsa-public']);
  });

  it('ephemeral ECDH: the ephemeral private keys and session keys are erased, and nothing opens', async () => {
    const trace = await runForTest('forward-secrecy', { config: ecdhWithCertificates });
    // Bob still holds one key: the ECDSA key his certificate vouches for. On the four
    // recorded packets (two public values, two messages) WebCrypto refuses it each time.
    expect(trace.outcome.keyTries).toEqual({ keys: 1, packets: 4, tries: 4, opened: 0 });
    expect(trace.outcome.readByOscarLater).toBeUndefined();
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
    for (const party of ['alice', 'bob'])
      expect(erasedBy(trace, party).sort()).toEqual(['aes', 'ecdh-public']);
    const stolen = oscarKeys(trace).filter((k) => k.hasPrivate && k.believedOwner === 'bob');
    expect(stolen.map((k) => k.key.kind)).toEqual(['signing-public']);
    for (const tried of eventsOfType(trace, 'key-tried'))
      expect(render(tried.detail)).toContain('WebCrypto refuses');
  });

  it('a reused ECDH key pair is long-term: it is stolen, and opens the recorded session', async () => {
    const trace = await runForTest('forward-secrecy', {
      config: { keyExchange: 'ecdh', ephemeral: 'off' },
    });
    expect(trace.outcome).toMatchObject({ readByOscarLater: 2 });
    // Only the session keys were erased: the key pairs are kept from session to session.
    expect(erasedBy(trace, 'bob')).toEqual(['aes']);
    const opened = eventsOfType(trace, 'key-tried').filter((t) => t.opened);
    // Bob's public value (his private key made it), then each message under the derived key.
    expect(opened).toHaveLength(3);
  });

  it('a pre-shared key is long-term too: stolen, it opens everything', async () => {
    const trace = await runForTest('forward-secrecy', { config: { keyExchange: 'pre-shared' } });
    expect(trace.outcome.keyTries).toMatchObject({ keys: 1, opened: 2 });
    expect(trace.outcome.readByOscarLater).toBe(2);
  });
});

describe('the next session, with the stolen signing key', () => {
  it('ephemeral ECDH with certificates: Oscar sits in the middle, every check passes', async () => {
    const trace = await runForTest('forward-secrecy', {
      config: ecdhWithCertificates,
      plan: { presence: 'steal-key-later', nextSession: true },
    });
    // The recorded session stays closed...
    expect(trace.outcome.keyTries?.opened).toBe(0);
    expect(trace.outcome.readByOscarLater).toBeUndefined();
    // ...and the next one is his: he reads both messages, nobody notices.
    expect(trace.outcome.nextSession).toEqual({
      sent: 2,
      delivered: 2,
      readByOscar: 2,
      forgedAccepted: 0,
    });
    expect(trace.outcome.detectedBy).toBeUndefined();
    const phases = eventsOfType(trace, 'phase').map((p) => render(p.title));
    expect(phases).toEqual(['One year later', 'The next session']);
    const next = trace.events.slice(
      trace.events.findIndex((e) => e.type === 'phase' && e.title.key === 'phase.next-session'),
    );
    const signatureChecks = next.filter(
      (e) => e.type === 'check' && e.check === 'signature.key-share',
    );
    expect(signatureChecks.map((e) => e.type === 'check' && e.passed)).toEqual([true]);
    // The public value Alice accepted as Bob's is Oscar's.
    const alice = knowledgeAt(trace.events, trace.events.length).of('alice');
    const asBobs = alice.keys.filter(
      (k) => k.key.kind === 'ecdh-public' && k.believedOwner === 'bob',
    );
    expect(asBobs.map((k) => k.key.owner)).toEqual(['bob', 'oscar']);
  });

  it('without the stolen key the same Oscar is caught: the signature does not verify', async () => {
    const trace = await runForTest('forward-secrecy', {
      config: ecdhWithCertificates,
      plan: { presence: 'mitm', forgery: 'own-certificate' },
    });
    expect(trace.outcome.detectedBy).toBeDefined();
    expect(trace.outcome.readByOscar).toBe(0);
  });
});
