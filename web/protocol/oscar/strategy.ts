import type { ScenarioId } from '../scenarios/names.ts';
import type { Interceptor, OscarContext } from './context.ts';
import type { SearchMove } from './search-move.ts';

/** The options of a strategy that takes none. */
export type NoOptions = Readonly<Record<never, never>>;

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
  /** False for a strategy that is not a row of "Can Oscar win?" itself (the search's Oscar). */
  readonly gridRow?: boolean;
  /** The moves it lends the best-attack search (web/protocol/matrix/search.ts). */
  readonly searchMoves?: readonly SearchMove[];
}
