"""Duplicate measures: the engine, how it reads measure texts, and its explanations."""
