"""warta: Indonesian-first news → a queryable political event database with provenance."""

import logging

from warta.version import PIPELINE_VERSION, __version__

logging.getLogger("warta").addHandler(logging.NullHandler())

__all__ = ["PIPELINE_VERSION", "__version__"]
