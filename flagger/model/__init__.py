"""The trained half of flagger: a sentence classifier fused with the patterns."""
