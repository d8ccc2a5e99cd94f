"""Readers: files, directories, stdin → RawArticle records (or Failures), streamed.

Every reader yields either a :class:`~warta.model.RawArticle` or a
:class:`~warta.pipeline.Failure` naming the file/record and the reason, so one bad
record never stops a batch.
"""

from warta.ingest.readers import iter_inputs, read_path

__all__ = ["iter_inputs", "read_path"]
