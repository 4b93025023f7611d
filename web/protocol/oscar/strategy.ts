import type { ScenarioConfig } from '../config-types.ts';
import type { ScenarioId } from '../scenarios/names.ts';
import type { Interceptor, OscarContext } from './context.ts';
import type { SearchMove } from './search-move.ts';

/** The options of a strategy that takes none. */
export type NoOptions = Readonly<Record<never, never>>;

/** One of a strategy's rows of "Can Oscar win?". */
export interface GridRow<Options extends object> {
  /** Added to the strategy's id in the row's id ("mitm/expired"); none for its main row. */
  readonly variant?: string;
  /** The strategy's label unless given. */
  readonly label?: string;
  readonly options: Options;
  /** Where it runs, when not in the strategy's usual scenario, and with which settings. */
  readonly elsewhere?: { readonly scenario: ScenarioId; readonly config: ScenarioConfig };
}

/**
 * One of Oscar's behaviours. Adding one: a module exporting this, and a line in registry.ts.
 * `Options` is what a plan may say to it besides its id (oscar/plan.ts derives the plans).
 */
export interface OscarStrategy<Options extends object = NoOptions> {
  /** For controls and the command line: "answer HELLO as the server". */
  readonly label: string;
  /** The options a plan that names only the strategy gets (the controls, the matrix's rows). */
  readonly defaults: Options;
  /** Defaults made for the message Alice will send, when they depend on it. */
  readonly defaultsFor?: (message: string) => Options;
  /** The ids of the scenarios it means something in (web/protocol/scenarios/registry.ts). */
  readonly scenarios: readonly ScenarioId[];
  /** Called once per run, with the plan's options; the interceptor may remember what it saw. */
  start(context: OscarContext, options: Options): Interceptor;
  /**
   * Called once the conversation is over: what he does later with what he recorded. It may
   * return how he intercepts the sessions that follow, when the scenario plays another.
   */
  later?(context: OscarContext, options: Options): Promise<Interceptor | undefined>;
  /**
   * Its rows of "Can Oscar win?" against these defences, when it has other rows than one
   * with its defaults where its scenarios say (web/protocol/matrix/rows.ts); none for a
   * strategy that is not a row itself (the search's Oscar).
   */
  readonly gridRows?: (defences: ScenarioConfig) => readonly GridRow<Options>[];
  /** The moves it lends the best-attack search (web/protocol/matrix/search.ts). */
  readonly searchMoves?: readonly SearchMove[];
}
