"""Cleaning: the article body, captions and metadata out of scraped text or HTML."""
