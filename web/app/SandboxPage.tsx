import { useEffect, useMemo } from 'react';
import { wholeRun } from '../store/playback-slice.ts';
import { selectConfig, selectPlan } from '../store/selectors.ts';
import { useLab, useLabStoreApi } from '../store/store.ts';
import { t } from '../text/index.ts';
import { replaceLink } from '../ui/routing/navigation.ts';
import { formatSandbox, parseSandbox } from './sandbox-url.ts';
import { Workbench } from './Workbench.tsx';
import '../text/messages/ui-sandbox.ts';

/** Every toggle, no script: the link carries the settings, so a configuration can be shared. */
export function SandboxPage({ query, arrival }: { query: string; arrival: number }) {
  const store = useLabStoreApi();
  const compute = useLab((s) => s.compute);
  const config = useLab(selectConfig);
  const plan = useLab(selectPlan);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read afresh at every arrival, even of the same link
  const { state, problems } = useMemo(() => parseSandbox(query), [query, arrival]);

  // The link leads on every arrival (a second link pasted into the same tab too); in between,
  // the link follows the controls.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival
  useEffect(() => {
    store.setState({
      position: null,
      requested: null,
      lesson: null,
      segmentOf: wholeRun,
      entry: 'start',
    });
    void compute({ scenario: 'conversation', ...state });
  }, [state]);
  useEffect(() => {
    const query = formatSandbox({ config, plan });
    replaceLink(`#/sandbox${query ? `?${query}` : ''}`);
  }, [config, plan]);

  return (
    <Workbench
      stepKey="sandbox"
      sequenceAlways
      panel={
        <section className="lesson-panel" aria-labelledby="sandbox-title">
          <h2 id="sandbox-title">{t('ui.sandbox.heading')}</h2>
          <p>{t('ui.sandbox.intro')}</p>
          <p>{t('ui.sandbox.address')}</p>
          {problems.length > 0 && (
            <div className="error" role="alert" data-testid="sandbox-problems">
              <p>{t('ui.sandbox.problems')}</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      }
    />
  );
}
