import { useHref } from '../ui/routing/use-href.ts';

export function NotFound({ problem }: { problem: string }) {
  const href = useHref();
  return (
    <main className="notice-page" data-testid="not-found">
      <h1>This page does not exist</h1>
      <p>{problem}</p>
      <p>
        <a href={href('#/')}>See all lessons</a>
      </p>
    </main>
  );
}
