// npm run build:scorm — dist-scorm/handshake-lab-scorm12.zip: the single-file build (which the
// npm script first writes to dist-scorm/course/, with vite.single.config.ts) and an
// imsmanifest.xml with one SCO per lesson.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOG } from '../web/lessons/catalog.ts';
import { lessonTitle } from '../web/lessons/lesson-text.ts';
import { LAUNCH_FILE, scormManifest } from './scorm-manifest.ts';
import { zip } from './zip.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const SCORM_ZIP = 'dist-scorm/handshake-lab-scorm12.zip';

const version = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version as string;
const page = readFileSync(fromRoot(`dist-scorm/course/${LAUNCH_FILE}`));
const manifest = scormManifest(
  CATALOG.map((lesson) => ({ id: lesson.id, title: lessonTitle(lesson.id) })),
  version,
);
mkdirSync(fromRoot('dist-scorm'), { recursive: true });
const archive = zip([
  { name: 'imsmanifest.xml', bytes: new TextEncoder().encode(manifest) },
  { name: LAUNCH_FILE, bytes: new Uint8Array(page) },
]);
writeFileSync(fromRoot(SCORM_ZIP), archive);
console.log(
  `${SCORM_ZIP}: ${CATALOG.length} lessons, one SCO each, ${(archive.length / 1024).toFixed(0)} KB`,
);
