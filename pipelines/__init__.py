"""Item pipelines: each class a thin adapter around plain functions in this package."""

from pipelines.extract_pipeline import ExtractPipeline

__all__ = ["ExtractPipeline"]
