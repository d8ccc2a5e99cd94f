"""The event coder: PLOVER/CAMEO events with actors, modality, date, place and source."""
