"""The Indonesian language layer: language id, sentences, tokens, dates, numbers, quotes."""
