"""Illustrative data: the example-data generator, its texts, and the example layer's rules."""
