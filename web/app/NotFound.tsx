import { t } from '../text/catalogue.ts';
import '../text/messages/ui-pages.ts';
import { useHref } from '../ui/routing/use-href.ts';

export function NotFound({ problem }: { problem: string }) {
  const href = useHref();
  return (
    <main className="notice-page" data-testid="not-found">
      <h1>{t('ui.not-found.title')}</h1>
      <p>{problem}</p>
      <p>
        <a href={href('#/')}>{t('ui.not-found.home')}</a>
      </p>
    </main>
  );
}
