"""Acts a governing verb turns down: "refused to lift the ban", "stop buying Russian oil"."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.stages.commitments.lexicon import Lexicon


def turned_down(action: Token, lex: Lexicon) -> bool:
    """A governor turns the action down ("refused to lift", "stop buying"); a verb joined to it by "and"
    or "or" is a second act, not one it stops ("halt the attacks and release the crew"), and a relative or
    adverbial clause tells its own act ("a pause during which Israel released 240 prisoners", "agreed to
    stop buying oil, to cut tariffs ...", the parser hanging the second infinitive on "stop")."""
    current = action
    for _ in range(3):
        head = current.head
        if head.i == current.i or current.dep_ == "relcl" or _listed_infinitive(current):
            return False
        if current.dep_ != "conj" and head.lemma_.lower() in lex.negating:
            return True
        current = head
    return False


def _listed_infinitive(verb: Token) -> bool:
    """ "agreed to stop buying oil, to cut tariffs and to buy more": a second infinitive after a comma, which
    the parser hangs on the first one's verb (as a purpose clause or a second complement)."""
    if verb.dep_ not in ("advcl", "xcomp") or "to" not in clause.auxiliaries(verb) or verb.left_edge.i < 1:
        return False
    head = verb.head
    earlier = any(c.dep_ in ("xcomp", "dobj") and c.i < verb.i for c in head.children)  # "stop buying oil"
    return verb.doc[verb.left_edge.i - 1].lower_ == "," and head.dep_ == "xcomp" and earlier
