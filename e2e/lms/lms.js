// A minimal LMS for e2e/scorm.spec.ts: it reads the package's imsmanifest.xml as an LMS does,
// gives the SCO scorm-again's SCORM 1.2 run-time as window.API (unless ?api=off), keeps what
// the SCO commits in localStorage (as an LMS keeps it in its database), and frames the SCO.
// ?sco=<lesson id> picks the manifest's item.

/* global Scorm12API */
const params = new URLSearchParams(location.search);
const sco = params.get('sco');
const key = `test-lms:${sco}`;

/** What an LMS keeps of an attempt between sessions. */
function kept(api) {
  // Through its JSON export: cmi.core.exit is write-only to the SCO, readable here.
  const { core, suspend_data } = JSON.parse(JSON.stringify(api.cmi));
  return {
    core: {
      lesson_status: core.lesson_status,
      lesson_location: core.lesson_location,
      exit: core.exit,
      score: { raw: core.score.raw, min: core.score.min, max: core.score.max },
    },
    suspend_data,
  };
}

async function launch() {
  const manifest = new DOMParser().parseFromString(
    await (await fetch('course/imsmanifest.xml')).text(),
    'application/xml',
  );
  if (manifest.getElementsByTagName('parsererror').length) throw new Error('Bad manifest.');
  const item = [...manifest.getElementsByTagName('item')].find(
    (i) => i.getAttribute('identifier') === `item-${sco}`,
  );
  const resource = [...manifest.getElementsByTagName('resource')].find(
    (r) => r.getAttribute('identifier') === item.getAttribute('identifierref'),
  );
  if (resource.getAttribute('adlcp:scormtype') !== 'sco') throw new Error('Not a SCO.');

  if (params.get('api') !== 'off') {
    window.API = new Scorm12API({ autocommit: false, logLevel: 4 });
    const saved = localStorage.getItem(key);
    window.lmsSessions = Number(localStorage.getItem(`${key}:sessions`) ?? 0) + 1;
    localStorage.setItem(`${key}:sessions`, String(window.lmsSessions));
    if (saved) {
      const attempt = JSON.parse(saved);
      const entry = attempt.core.exit === 'suspend' ? 'resume' : '';
      window.API.loadFromJSON({
        core: { ...attempt.core, exit: '', entry },
        suspend_data: attempt.suspend_data,
      });
    }
    const keep = () => localStorage.setItem(key, JSON.stringify(kept(window.API)));
    window.API.on('LMSCommit', keep);
    window.API.on('LMSFinish', keep);
  }
  const frame = document.createElement('iframe');
  frame.title = 'Course';
  frame.src = `course/${resource.getAttribute('href')}${item.getAttribute('parameters') ?? ''}`;
  document.body.append(frame);
  document.getElementById('status').textContent = 'launched';
}

if (!sco) document.getElementById('status').textContent = 'no course chosen';
else
  launch().catch((error) => {
    document.getElementById('status').textContent = `failed: ${error.message}`;
  });
