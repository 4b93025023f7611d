import { useEffect, useId, useState } from 'react';
import { AES_SIZES, type AesBits } from '../../crypto/aes.ts';
import { RSA_SIZES, RSA_STRENGTH, type RsaBits } from '../../crypto/rsa.ts';
import { MAX_MESSAGE_LENGTH, messageProblem, planFor } from '../../protocol/presets.ts';
import {
  CERTIFICATE_FORGERIES,
  type CertificateForgery,
  type CertificatesChoice,
  type CipherChoice,
  type CurveChoice,
  type FingerprintCheck,
  type KeyExchange,
  type OscarPresence,
  type SignatureChoice,
  type SignaturePlacement,
} from '../../protocol/types.ts';
import { selectConfig, selectPlan, selectStatus } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { FORGERY_LABELS } from '../certificates/forgery-labels.ts';
import { type Choice, ChoiceSelect } from './ChoiceSelect.tsx';

const KEY_EXCHANGE: readonly Choice<KeyExchange>[] = [
  { value: 'none', label: 'none: plain text' },
  { value: 'pre-shared', label: 'a key they already share' },
  { value: 'rsa', label: 'RSA key transport' },
  { value: 'ecdh', label: 'ECDH (Diffie-Hellman)' },
];
const PRESENCE: readonly Choice<OscarPresence>[] = [
  { value: 'off', label: 'off the wire' },
  { value: 'passive', label: 'passive: copies everything' },
  { value: 'mitm', label: 'man in the middle: swaps keys' },
  { value: 'tamper', label: 'tamperer: changes a byte' },
  { value: 'forge', label: 'forger: replaces a message' },
];
const CIPHER: readonly Choice<CipherChoice>[] = [
  { value: 'aes-gcm', label: 'AES-GCM (authenticated)' },
  { value: 'aes-ctr', label: 'AES-CTR (no integrity)' },
];
const SIGNATURES: readonly Choice<SignatureChoice>[] = [
  { value: 'off', label: 'off' },
  { value: 'rsa-pss', label: 'RSA-PSS (SHA-256)' },
  { value: 'ecdsa', label: 'ECDSA P-256' },
  { value: 'ed25519', label: 'Ed25519 if supported, else ECDSA' },
];
const FORGERIES = CERTIFICATE_FORGERIES.map(
  (value): Choice<CertificateForgery> => ({ value, label: FORGERY_LABELS[value] }),
);
const CERTIFICATES: readonly Choice<CertificatesChoice>[] = [
  { value: 'off', label: 'off' },
  { value: 'on', label: 'on: a CA vouches for Bob’s key' },
];
const PLACEMENT: readonly Choice<SignaturePlacement>[] = [
  { value: 'clear', label: 'in the clear (seed 004)' },
  { value: 'inside', label: 'inside the encryption' },
];
const CHECK: readonly Choice<FingerprintCheck>[] = [
  { value: 'off', label: 'off' },
  { value: 'in-band', label: 'automatic checksum (in band)' },
  { value: 'out-of-band', label: 'safety numbers by phone (out of band)' },
];
const CURVES: readonly Choice<CurveChoice>[] = [
  { value: 'auto', label: 'X25519 if supported, else P-256' },
  { value: 'P-256', label: 'P-256' },
  { value: 'X25519', label: 'X25519' },
];
const RSA_CHOICES = RSA_SIZES.map(
  (bits): Choice<RsaBits> => ({ value: bits, label: `${bits} bits (${RSA_STRENGTH[bits]})` }),
);
const AES_CHOICES = AES_SIZES.map(
  (bits): Choice<AesBits> => ({ value: bits, label: `${bits} bits (sound)` }),
);

/** The message, the defences, Oscar, key sizes and "new keys". Every change reruns the real computation. */
export function ScenarioControls() {
  const config = useLab(selectConfig);
  const plan = useLab(selectPlan);
  const status = useLab(selectStatus);
  const setConfig = useLab((s) => s.setConfig);
  const setPlan = useLab((s) => s.setPlan);
  const newKeys = useLab((s) => s.newKeys);
  const [draft, setDraft] = useState(config.message);
  // A lesson step may bring its own message ("pay 100 to Carol"): show what is being sent.
  useEffect(() => setDraft(config.message), [config.message]);
  const [hint, setHint] = useState<string | null>(null);
  const hintId = useId();

  const send = (event: React.FormEvent) => {
    event.preventDefault();
    const problem = messageProblem(draft);
    setHint(problem);
    if (!problem) void setConfig({ message: draft });
  };

  return (
    <section className="scenario-controls" aria-labelledby="settings-title">
      <h2 id="settings-title">Try it</h2>
      <form onSubmit={send} className="message-form">
        <label htmlFor="message">Alice’s message</label>
        <textarea
          id="message"
          value={draft}
          rows={2}
          maxLength={MAX_MESSAGE_LENGTH}
          onChange={(e) => setDraft(e.target.value)}
          aria-describedby={hint ? hintId : undefined}
          aria-invalid={hint ? true : undefined}
          data-testid="message-input"
        />
        <button type="submit" data-testid="send">
          Send this message
        </button>
        {hint && (
          <p id={hintId} className="hint" role="alert" data-testid="message-hint">
            {hint}
          </p>
        )}
      </form>
      <div className="settings-grid">
        <ChoiceSelect
          label="Oscar"
          value={plan.presence}
          choices={PRESENCE}
          onChange={(presence) => void setPlan(planFor(presence))}
          testId="oscar-presence"
        />
        {plan.presence === 'mitm' && config.certificates === 'on' && (
          <ChoiceSelect
            label="Oscar presents"
            value={plan.forgery ?? 'no-certificate'}
            choices={FORGERIES}
            onChange={(forgery) => void setPlan({ presence: 'mitm', forgery })}
            testId="forgery"
          />
        )}
        <ChoiceSelect
          label="Key exchange"
          value={config.keyExchange}
          choices={KEY_EXCHANGE}
          onChange={(keyExchange) => void setConfig({ keyExchange })}
          testId="key-exchange"
        />
        <ChoiceSelect
          label="Fingerprint check"
          value={config.check}
          choices={CHECK}
          onChange={(check) => void setConfig({ check })}
          testId="fingerprint-check"
        />
        <ChoiceSelect
          label="Certificates"
          value={config.certificates}
          choices={CERTIFICATES}
          onChange={(certificates) => void setConfig({ certificates })}
          testId="certificates"
        />
        <ChoiceSelect
          label="Cipher"
          value={config.cipher}
          choices={CIPHER}
          onChange={(cipher) => void setConfig({ cipher })}
          testId="cipher"
        />
        <ChoiceSelect
          label="Signatures"
          value={config.signatures}
          choices={SIGNATURES}
          onChange={(signatures) => void setConfig({ signatures })}
          testId="signatures"
        />
        <ChoiceSelect
          label="Signature placement"
          value={config.signaturePlacement}
          choices={PLACEMENT}
          onChange={(signaturePlacement) => void setConfig({ signaturePlacement })}
          testId="signature-placement"
        />
        <ChoiceSelect
          label="RSA key size"
          value={config.rsaBits}
          choices={RSA_CHOICES}
          onChange={(rsaBits) => void setConfig({ rsaBits })}
          testId="rsa-bits"
        />
        <ChoiceSelect
          label="AES key size"
          value={config.aesBits}
          choices={AES_CHOICES}
          onChange={(aesBits) => void setConfig({ aesBits })}
          testId="aes-bits"
        />
        <ChoiceSelect
          label="ECDH curve"
          value={config.curve}
          choices={CURVES}
          onChange={(curve) => void setConfig({ curve })}
          testId="curve"
        />
      </div>
      <button
        type="button"
        className="new-keys"
        onClick={() => void newKeys()}
        disabled={status === 'computing'}
        data-testid="new-keys"
      >
        New keys
      </button>
    </section>
  );
}
