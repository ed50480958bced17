"""Journey Mapper: an offline desktop editor for customer journey maps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("journeymapper")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
