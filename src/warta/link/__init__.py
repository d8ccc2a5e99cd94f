"""Linking: each event gets its date, place and the source that reported it."""
