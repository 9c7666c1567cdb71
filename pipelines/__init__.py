"""Item pipelines: each class a thin adapter around plain functions in this package."""

from pipelines.extract_pipeline import ExtractPipeline
from pipelines.parse_pipeline import ParsePipeline, ValidatePipeline
from pipelines.spam_pipeline import SpamPipeline
from pipelines.store_pipeline import StorePipeline

__all__ = ["ExtractPipeline", "ParsePipeline", "SpamPipeline", "StorePipeline", "ValidatePipeline"]
