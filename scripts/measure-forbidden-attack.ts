// npx tsx scripts/measure-forbidden-attack.ts [runs]
// Times GCM's forbidden attack as the nonce-reuse lesson runs it: three messages under one
// key and IV (the 60-byte announcement, a second message of 16, 86 or 200 bytes, the 26-byte
// closing line), the roots of the tag-difference polynomial, the check on the third tag and
// one forged tag. Prints the CPU time per attack (user + system, so a busy machine inflates
// it less than wall time) and how many candidates the polynomial had.
import { aesGcmEncrypt, generateAesKey } from '../web/crypto/aes.ts';
import { utf8Encode } from '../web/crypto/encoding.ts';
import { maskFrom, recoverHashKey, tagFor } from '../web/crypto/gcm-forbidden-attack.ts';
import { CLOSING_LINE, KNOWN_ANNOUNCEMENT } from '../web/protocol/fixed-texts.ts';

const runs = Number(process.argv[2] ?? 40);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

for (const secretBytes of [16, 86, 200]) {
  const times: number[] = [];
  const candidates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const key = await generateAesKey(256);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plaintexts = [
      utf8Encode(KNOWN_ANNOUNCEMENT),
      crypto.getRandomValues(new Uint8Array(secretBytes)),
      utf8Encode(CLOSING_LINE),
    ];
    const records = [];
    for (const p of plaintexts) {
      const sealed = await aesGcmEncrypt(key, p, { iv });
      records.push({ aad: new Uint8Array(), ciphertext: sealed.ciphertext, tag: sealed.tag });
    }
    const before = process.cpuUsage();
    const { candidates: found, consistent } = recoverHashKey(records);
    const [h] = consistent;
    const [first] = records;
    if (!h || !first || consistent.length !== 1) throw new Error('H was not pinned down.');
    tagFor(h, maskFrom(h, first), new Uint8Array(), first.ciphertext);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
    candidates.push(found.length);
  }
  times.sort((a, b) => a - b);
  console.log(
    `second message ${secretBytes} B: CPU median ${percentile(times, 0.5).toFixed(1)} ms, p90 ${percentile(times, 0.9).toFixed(1)} ms, max ${percentile(times, 1).toFixed(1)} ms; candidates for H ${Math.min(...candidates)} to ${Math.max(...candidates)} (${runs} runs)`,
  );
}
