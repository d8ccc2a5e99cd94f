"""Packaged data: lexicons (YAML/TSV with provenance headers) and the trained NER model."""

from warta.data.loader import lexicon_path, load_tsv, load_yaml, provenance

__all__ = ["lexicon_path", "load_tsv", "load_yaml", "provenance"]
