"""flagger: highlights indicators of human trafficking in case notes for a trained person to review.

It never decides that someone is a victim: every flag is a place to look.

    >>> import flagger
    >>> f = flagger.load()
    >>> result = f.check("Her employer keeps her passport.")
    >>> result.present
    ['document_confiscation']
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from flagger.pipeline import Flagger, load
from flagger.results import Flag, NoteResult
from flagger.taxonomy import Indicator, load_indicators

__all__ = ["Flag", "Flagger", "Indicator", "NoteResult", "__version__", "load", "load_indicators"]
