// The engine's entry point for the page: loaded on demand, so the first view stays small.
// Its sentences load with it: every trace the page shows came through here.
import '../text/messages/engine-patterns.ts';
import '../text/messages/settings-patterns.ts';

export { wrapSameKeyTwice } from '../crypto/oaep-twice.ts';
export { describePastedPem, exportOpensslFiles } from './export.ts';
export { KeyCache } from './keyring.ts';
export { engineFailure } from './run-refused.ts';
export { runScenario } from './scenario.ts';
