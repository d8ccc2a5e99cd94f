"""Runners map a composed pipeline over records; they hold no pipeline logic."""
