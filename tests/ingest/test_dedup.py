"""Near-duplicate detection with MinHash signatures."""

from __future__ import annotations

from readouts.ingest.dedup import NearDuplicateIndex, signature, similarity

STORY = (
    "Foreign ministers from the two neighbouring states met in a border town on Thursday and agreed to "
    "reopen three crossing points that had been closed since the spring floods. The crossings will open "
    "to cargo lorries first and to private cars a month later, officials said after the meeting. Both "
    "sides also promised to set up a joint committee that will meet every quarter to review customs "
    "rules, share data on traffic and settle small disputes before they grow. Traders on both sides of "
    "the river welcomed the news, saying the closures had doubled the cost of moving fruit and grain. "
    "A spokesperson for the larger of the two countries called the talks frank and useful, and said a "
    "further round on water sharing was planned for the autumn."
)
EDITED = (
    STORY.replace("on Thursday", "on Thursday afternoon").replace("frank and useful", "frank and productive")
    + "\nAdvertisement"
)
OTHER = (
    "The central bank left its main interest rate unchanged on Wednesday, citing stubborn services "
    "inflation and a weaker currency. Economists had expected a small cut after two months of slowing "
    "price growth, but the governor said the board wanted more evidence before easing. Bond yields rose "
    "after the decision and the currency gained against the dollar. The next policy meeting is in six "
    "weeks, when the bank will also publish new forecasts for growth and prices."
)


def test_signature_is_bytes_and_stable() -> None:
    sig = signature(STORY)
    assert isinstance(sig, bytes)
    assert signature(STORY) == sig
    assert signature("  " + STORY.replace(" ", "\n", 3)) == sig


def test_light_edit_matches_and_other_story_does_not() -> None:
    index = NearDuplicateIndex()
    index.add("story", signature(STORY))
    assert similarity(signature(STORY), signature(EDITED)) > 0.8
    assert index.match(signature(EDITED)) == "story"
    assert index.match(signature(OTHER)) is None


def test_first_added_wins_and_round_trip() -> None:
    pairs = [("first", signature(STORY)), ("second", signature(EDITED)), ("other", signature(OTHER))]
    index = NearDuplicateIndex.from_signatures(pairs)
    assert len(index) == 3 and "other" in index
    assert index.match(signature(EDITED)) == "first"
    index.add("first", signature(OTHER))  # adding an id again changes nothing
    assert index.match(signature(OTHER)) == "other"


def test_short_bodies_have_signatures() -> None:
    index = NearDuplicateIndex()
    index.add("short", signature("Talks resumed."))
    assert index.match(signature("Talks resumed.")) == "short"
    assert index.match(signature("Talks collapsed.")) is None
