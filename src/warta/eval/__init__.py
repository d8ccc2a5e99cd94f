"""Evaluation: gold sets read against real articles, scored, and gated in CI."""
