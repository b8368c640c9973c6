"""Codes every room of prevention/ shares, each stated once.

A module of its own, importing nothing: the store, the release, the example-data generator
and the duplicates engine all need the country's code, and none of them may import another
just for it (the rooms import each other without cycles).
"""

# The one area of level "country": national figures, and measures that reach every
# municipality ("LT" in a measure's areas).
NATIONAL = "LT"

# Rates are per this many residents (the maps, the profile and the comparisons say "per 100,000").
PER_100K = 100_000
