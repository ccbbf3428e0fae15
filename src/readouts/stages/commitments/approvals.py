"""An action noun approved by a named body: "a $300 million sale of tactical systems approved by the State
Department" — the approver acts (the sale is the United States'), and the act is reported as done."""

from __future__ import annotations

from spacy.tokens import Token

_APPROVING = frozenset(
    {
        "approve",
        "authorize",
        "authorise",
        "clear",
        "announce",
        "sign",
        "notify",
        "agree",
        "finalize",
        "finalise",
    }
)


def approver(noun: Token) -> Token | None:
    """The agent of an approving participle on the noun or on what it is "of" ("approved by X")."""
    if noun.pos_ == "VERB":
        return None
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    owned = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
    for head in (noun, *owned):
        for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if acl.lemma_.lower() not in _APPROVING:
                continue
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj
    return None
