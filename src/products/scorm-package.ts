// A SCORM 1.2 content package: the imsmanifest.xml (IMS Content Packaging
// 1.1.2 with the ADL SCORM 1.2 extensions: one organization, one item, one
// SCO, its mastery score) and the zip holding it with the SCO's files. Pure:
// files in, bytes out. The same files give the same bytes: the entries are
// sorted and carry one fixed time.
import { zipSync, type Zippable } from 'fflate';

export interface ScormManifestInput {
  /** Stable and XML-safe: kindreflex-justitiehuis-nl-training. */
  identifier: string;
  /** The course's title, as the platform lists it. */
  title: string;
  /** 0–100: the score that passes (adlcp:masteryscore). */
  masteryScore: number;
  /** The SCO's page, relative to the package's root. */
  launch: string;
  /** Every file of the SCO, relative to the package's root (the launch page included). */
  files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scormManifest({ identifier, title, masteryScore, launch, files }: ScormManifestInput): string {
  const fileLines = [...new Set(files)].sort().map((file) => `      <file href="${escapeXml(file)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${escapeXml(identifier)}-organization">
    <organization identifier="${escapeXml(identifier)}-organization">
      <title>${escapeXml(title)}</title>
      <item identifier="${escapeXml(identifier)}-item" identifierref="${escapeXml(identifier)}-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
        <adlcp:masteryscore>${Math.round(masteryScore)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${escapeXml(identifier)}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
${fileLines.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The zip of `files` (path in the package → bytes), entries sorted by path,
 * every entry dated `date` (YYYY-MM-DD, at midnight): a zip stores local
 * time, so the date is built from local parts and reads back the same in
 * every time zone.
 */
export function zipPackage(files: ReadonlyMap<string, Uint8Array>, date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(Math.max(year, 1980), month - 1, day);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[path] = [files.get(path)!, { mtime, level: levelFor(path) }];
  return zipSync(entries, { mtime });
}

/**
 * How hard an entry is compressed: the fonts (woff2) and images are
 * compressed already, so they are stored; the text at deflate's usual level
 * 6, which at 9 took three times as long for a package a hundred bytes smaller.
 */
function levelFor(path: string): 0 | 6 {
  return /\.(woff2?|png|jpe?g|gif|webp|zip)$/i.test(path) ? 0 : 6;
}
