"""Which codes are neighbours, and whose people differ: the duplicate finder's blocking rules.

Institutions code the same work differently: one files a lecture for pupils as awareness,
another as training; one calls 16-year-olds schoolchildren, another youth. Measures are
therefore compared within families of codes, not exact codes. A family is narrow on purpose:
a hotline and a shelter serve the same victims with different help, and are never compared.
"""

import numpy as np

from prevention.duplicates.measure_reading import Reading

# Types that the same kind of work is filed under (lectures, seminars, information sessions).
TYPE_FAMILY = {"awareness": "teaching", "training": "teaching"}
# Target groups that name the same people from two sides.
GROUP_FAMILY = {"schoolchildren": "young", "youth": "young"}


def block_key(measure_type: str, target_group: str) -> str:
    """The block a measure is compared in: its type's family and its group's family."""
    kind = TYPE_FAMILY.get(measure_type, measure_type)
    group = GROUP_FAMILY.get(target_group, target_group)
    return f"{kind}|{group}"


def bitmasks(readings: list[Reading]) -> tuple[np.ndarray, np.ndarray]:
    """Each measure's audiences and school grades as bits, so pairs are checked in bulk."""
    codes = sorted({code for reading in readings for code in reading.audiences})
    if len(codes) > 62:
        raise ValueError(f"{len(codes)} audiences do not fit one 64-bit mask")
    bit = {code: 1 << i for i, code in enumerate(codes)}
    audience = np.array(
        [sum(bit[code] for code in reading.audiences) for reading in readings], dtype=np.int64
    )
    grade = np.array([sum(1 << g for g in reading.grades) for reading in readings], dtype=np.int64)
    return audience, grade


def audience_conflict(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """True where both texts name their people and no one is named by both."""
    return (left != 0) & (right != 0) & ((left & right) == 0)
