import '../../text/messages/settings-patterns.ts';
import { CERTIFICATE_FORGERIES, FORGERY_LABELS } from '../../protocol/index.ts';
import { selectPlan } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { render } from '../../text/index.ts';
import './certificates.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';

/** Oscar's attempts to pass his key off as Bob's; each runs for real against Alice's checks. */
export default function ForgeryPicker() {
  const plan = useLab(selectPlan);
  const setPlan = useLab((s) => s.setPlan);
  const current =
    plan.presence === 'mitm' && !plan.pastedCertificate ? (plan.forgery ?? 'no-certificate') : null;
  return (
    <fieldset className="oscar-switch" data-testid="forgery-picker">
      <legend>{t('ui.widget.presents')}</legend>
      {CERTIFICATE_FORGERIES.map((forgery) => (
        <label key={forgery}>
          <input
            type="radio"
            name="forgery"
            value={forgery}
            checked={current === forgery}
            onChange={() => void setPlan({ presence: 'mitm', forgery })}
          />
          <span className="choice-label">{render(FORGERY_LABELS[forgery])}</span>
        </label>
      ))}
    </fieldset>
  );
}
