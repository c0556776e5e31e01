import type { ZipMemberInHand } from '../contract/jobs';

/**
 * The statement an import is at, in the run panel's words: "march.csv", or
 * "2026-03-spotify.csv (3 of 12) in cargo-2026-03.zip" for a statement of a zip, whose own name
 * alone would read the same for each of its twelve statements.
 */
export function statementInHand(file: string, member?: ZipMemberInHand): string {
  return member ? `${member.name} (${member.at} of ${member.of}) in ${file}` : file;
}
