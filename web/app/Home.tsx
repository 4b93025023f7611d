import { LESSONS } from '../lessons/index.ts';
import { lessonHash } from './route.ts';

export function Home() {
  return (
    <main className="home" id="main" tabIndex={-1}>
      <header className="home-head">
        <h1>Handshake Lab</h1>
        <p className="lede">
          How can Alice and Bob talk privately over a network that Oscar controls? Watch real
          cryptography, computed in your browser, and see exactly when Oscar wins.
        </p>
      </header>
      <h2>Lessons</h2>
      <ol className="lesson-list" data-testid="lesson-list">
        {LESSONS.map((lesson) => (
          <li key={lesson.id}>
            <a href={lessonHash(lesson.id, 0)} className="lesson-card">
              <span className="lesson-title">{lesson.title}</span>
              <span className="lesson-summary">{lesson.summary}</span>
              <span className="lesson-meta">
                {lesson.steps.length} steps · from seed {lesson.seed}
              </span>
            </a>
          </li>
        ))}
      </ol>
      <h2>Sandbox</h2>
      <p>
        Every toggle at once: key exchange, Oscar, fingerprints, cipher, signatures.{' '}
        <a href="#/sandbox" data-testid="sandbox-link">
          Open the sandbox
        </a>
        .
      </p>
    </main>
  );
}
