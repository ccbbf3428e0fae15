"""Maximum one-to-one matching between gold and system items (augmenting paths, Kuhn's algorithm)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

G = TypeVar("G")
S = TypeVar("S")


def edges(golds: Sequence[G], systems: Sequence[S], matches: Callable[[G, S], bool]) -> list[list[int]]:
    """For each gold item, the indexes of the system items it matches."""
    return [[j for j, s in enumerate(systems) if matches(g, s)] for g in golds]


def max_matching(adjacency: Sequence[Sequence[int]], n_system: int) -> dict[int, int]:
    """A maximum matching ``{gold index: system index}`` of a bipartite graph.

    ``adjacency[i]`` lists the system items gold item ``i`` may match. Each system item is used at most
    once; the number of pairs is the largest possible (not a greedy first-come result).
    """
    owner: list[int | None] = [None] * n_system  # system index -> gold index

    def augment(gold: int, seen: list[bool]) -> bool:
        for sys in adjacency[gold]:
            if seen[sys]:
                continue
            seen[sys] = True
            current = owner[sys]
            if current is None or augment(current, seen):
                owner[sys] = gold
                return True
        return False

    for gold in range(len(adjacency)):
        if adjacency[gold]:
            augment(gold, [False] * n_system)
    return {g: s for s, g in enumerate(owner) if g is not None}
