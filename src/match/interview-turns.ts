/**
 * Interview transcripts: what the interviewer says is the premise put to the guest, not the story's
 * side ("Q: He also says Caracas flooded the U.S. with cocaine as a weapon." "A: That part I never
 * saw."). The guest's answers carry the story; the questions and their lead-ins only mention, unless
 * they give the guest's own view back ("Senador, usted afirma que…"). A reporter's turn on a radio
 * show is an answer to the host, so reporters are not interviewers here.
 */
import type { MatchDocument } from './document';

/** An interviewer's turn opens with its label: "Q:", "P:", "PERIODISTA:", "Interviewer:". */
const INTERVIEWER = /^(?:Q|P|(?:pregunta|periodista|interviewer|entrevistador|entrevistadora|moderator|moderador|moderadora))\s*:/i;
/** Any speaker's label ends it: "A:", "R:", "DIOSDADO CABELLO:", "Sen. Roark:". */
const SPEAKER = /^\p{Lu}[\p{L}\p{M} .'’-]{0,40}:/u;

/** The guest's own view given back: "you say that…", "usted afirma que…". */
const GUESTS_VIEW = /\b(?:you (?:say|said|have said|argue|argued|claim|claimed|maintain|believe)|usted (?:dice|dijo|afirma|afirmó|sostiene|sostuvo|asegura|aseguró|cree|ha dicho)|según usted)/i;

/**
 * Indexes of the body sentences said by the interviewer, from their label to the next speaker's,
 * less those giving the guest's own view back.
 */
export function interviewerSentences(doc: MatchDocument): Set<number> {
  const said = new Set<number>();
  let inTurn = false;
  for (let index = doc.titleSentences; index < doc.sentences.length; index++) {
    const range = doc.sentences[index]!;
    const opening = doc.source.slice(range.start, Math.min(range.end, range.start + 48)).trimStart();
    if (INTERVIEWER.test(opening)) inTurn = true;
    else if (SPEAKER.test(opening)) inTurn = false;
    if (inTurn && !GUESTS_VIEW.test(doc.source.slice(range.start, range.end))) said.add(index);
  }
  return said;
}
