"""Actors: who does what to whom — named entities and actor coding."""
