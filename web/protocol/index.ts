/**
 * The door into web/protocol for the layers above the engine: everything they may use, and
 * nothing else. The runs themselves (scenarios, WebCrypto, the key cache) load on demand
 * through loadEngine(), so that a first view importing a name from here stays small.
 */
export { checkLabel } from './checks.ts';
export type { ScenarioConfig } from './config-types.ts';
export { CERTIFICATE_FORGERIES } from './config-types.ts';
export type { ByteRecovery, KeyTries, RelayMetadata, TraceEvent } from './events.ts';
export { wireName } from './handshake/packets.ts';
export { KeyCache } from './keyring.ts';
export type { HeldKey, Knowledge } from './knowledge.ts';
export { knowledgeAt } from './knowledge.ts';
export { arenaConfig } from './matrix/arena-config.ts';
export type { MapCell, MapRow } from './matrix/defence-map.ts';
export { DEFENCE_SWITCHES, defenceMap } from './matrix/defence-map.ts';
export { applyDefences, defenceDifferences, MATRIX_SETTINGS } from './matrix/defences.ts';
export type { NarratedStep, StepOnTrace } from './matrix/narrate.ts';
export { stepsOnTrace } from './matrix/narrate.ts';
export type { MatrixRow } from './matrix/rows.ts';
export { matrixRows } from './matrix/rows.ts';
export type { MatrixResult } from './matrix/run-matrix.ts';
export { runMatrix } from './matrix/run-matrix.ts';
export type { SearchReport } from './matrix/search.ts';
export { DEFAULT_DEPTH, MAX_DEPTH, planOf, searchBestAttack } from './matrix/search.ts';
export type { Verdict } from './matrix/verdict.ts';
export { verdictReasons, verdictWords } from './matrix/verdict.ts';
export { FORGERY_LABELS } from './oscar/forgeries/labels.ts';
export type { OscarPlan, OscarPresence } from './oscar/plan.ts';
export { planFor } from './oscar/plan-for.ts';
export { searchMoves } from './oscar/registry.ts';
export type { MoveGroup } from './oscar/search-move.ts';
export { MOVE_GROUPS } from './oscar/search-move.ts';
export type { Outcome } from './outcome.ts';
export type { Channel, Field, KeyInfo, Packet } from './packet-types.ts';
export { describeLayout } from './packets.ts';
export type { Link, OscarPosition, PartyId, PartyRole, Topology } from './parties.ts';
export type { PresetId } from './presets.ts';
export {
  DEFAULT_CONFIG,
  MAX_MESSAGE_LENGTH,
  PRESET_IDS,
  PRESETS,
  presetConfig,
} from './presets.ts';
export { type RunRequest, runScenario } from './scenario.ts';
export type { ScenarioId } from './scenarios/names.ts';
export { scenarioFor } from './scenarios/registry.ts';
export type { ScenarioSettings, Setting } from './setting-kinds.ts';
export {
  applySettings,
  DEFAULT_SETTINGS,
  MESSAGE_SETTING,
  SETTINGS,
  settingNamed,
  settingsDifferences,
} from './settings.ts';
export { assumedBytes, describeAssumed, tamperMask } from './tamper-target.ts';
export { networkParties, restingTopology } from './topology.ts';
export type { Duration, DurationUnit, Line, Measurement } from './toy/brute-force-model.ts';
export {
  describeDuration,
  describeElapsed,
  factorPerBit,
  fitDoubling,
  fitLeastSquares,
  log10SecondsForSteps,
  nextToMeasure,
  PUBLISHED_ATTACKS,
  predictLog10Seconds,
  secondsPerSearch,
  stepsPerSecond,
  TARGETS,
} from './toy/brute-force-model.ts';
export type { ChunkedSearchResult } from './toy/chunked-search.ts';
export { searchInChunks } from './toy/chunked-search.ts';
export type { IntegerRule } from './toy/parse-integer.ts';
export { parseInteger } from './toy/parse-integer.ts';
export type { Trace } from './trace.ts';
export { verifpalModel } from './verifpal/model.ts';

/** The engine's heavy part: scenarios, runs and the key cache, loaded with the first run. */
export const loadEngine = () => import('./engine.ts');
export type Engine = Awaited<ReturnType<typeof loadEngine>>;
export { replayedCopy } from './delivery.ts';
export type { EngineFailure } from './engine-failure.ts';
export { engineFailureText } from './engine-failure.ts';
export { nextTask } from './next-task.ts';
