// imsmanifest.xml for the SCORM 1.2 package: one SCO per lesson, all launching the one
// single-file build with ?sco=<lesson id> (see README, "In an LMS").

export interface ManifestLesson {
  readonly id: string;
  readonly title: string;
}

export const LAUNCH_FILE = 'handshake-lab.html';

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

export function scormManifest(lessons: readonly ManifestLesson[], version: string): string {
  const items = lessons.map((lesson) => {
    const id = escapeXml(lesson.id);
    return [
      `      <item identifier="item-${id}" identifierref="course" isvisible="true" parameters="?sco=${id}">`,
      `        <title>${escapeXml(lesson.title)}</title>`,
      '      </item>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="handshake-lab" version="${escapeXml(version)}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="lessons">
    <organization identifier="lessons">
      <title>Handshake Lab</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
    <resource identifier="course" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">
      <file href="${LAUNCH_FILE}"/>
    </resource>
  </resources>
</manifest>
`;
}
