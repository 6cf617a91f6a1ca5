"""VP Monitor: the API with which municipalities direct their verbonden partijen."""

__version__ = "1.0.0"
