"""Hand-written store traffic (fashion marketplace, electronics retailer,
grocery delivery) in sixteen languages, and the rules that turn it into
labelled rows. See ``build.build_rows``."""

from .build import build_rows, validate, LANG_TARGETS  # noqa: F401
