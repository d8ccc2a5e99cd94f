"""REST API and web dashboard over the event store (``warta serve``)."""
