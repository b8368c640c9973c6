"""Fair peers for a municipality: the same kind of municipality with the most similar population.

A city municipality is compared with cities, a district with districts: their tasks and the
institutions on their territory differ. Among those, the nearest in population on a log scale
(a town of 20 000 is closer to one of 30 000 than to one of 10 000).
"""

import math
from dataclasses import dataclass

import pandas as pd

PEERS = 5


@dataclass(frozen=True)
class PeerGroup:
    """Who the peers are and why: their kind and the population range they span."""

    code: str
    kind: str
    peers: list[str]
    population: int
    low: int
    high: int


def peer_group(municipalities: pd.DataFrame, code: str, size: int = PEERS) -> PeerGroup:
    """The `size` municipalities of the same kind closest in census population to `code`.

    `municipalities` is indexed by code with `kind` and `population`. Ties are broken by
    code, so the group is the same on every run. `low` and `high` span the group including
    the municipality itself: the range the page quotes as the reason for the choice.
    """
    own = municipalities.loc[code]
    kind = str(own["kind"])
    if not (own["population"] == own["population"] and own["population"] > 0):
        return PeerGroup(code, kind, [], 0, 0, 0)  # no census figure: nobody is "similar"
    population = int(own["population"])
    same = municipalities[(municipalities["kind"] == kind) & (municipalities.index != code)]
    same = same[same["population"].notna() & (same["population"] > 0)]
    distance = (same["population"].astype(float).map(math.log) - math.log(population)).abs()
    order = pd.DataFrame(
        {"distance": distance.to_numpy(), "code": [str(c) for c in same.index]},
    )
    chosen = order.sort_values(["distance", "code"]).head(size)["code"].tolist()
    sizes = [population, *(int(same.loc[c, "population"]) for c in chosen)]
    return PeerGroup(code, kind, chosen, population, min(sizes), max(sizes))
