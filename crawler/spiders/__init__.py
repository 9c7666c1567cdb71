"""Spiders: they collect pages; all parsing lives in pipelines/."""
