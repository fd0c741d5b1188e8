"""Batch processing: many notes from folders, CSV/TSV, JSONL, Word files or stdin, to tables and reports.

    from flagger.batch import BatchConfig, OutputSpec, run_batch
    summary = run_batch(BatchConfig(inputs=("cases/",), outputs=(OutputSpec(Path("out.csv"), "csv"),)))

The command line is ``flagger batch`` (``flagger/batch/cli.py``).
"""

from flagger.batch.formats import OutputSpec
from flagger.batch.readers import ReadOptions
from flagger.batch.runner import BatchConfig, BatchSummary, run_batch

__all__ = ["BatchConfig", "BatchSummary", "OutputSpec", "ReadOptions", "run_batch"]
