"""A release: building the store from the seed, disclosure control, audit, archive and export."""
