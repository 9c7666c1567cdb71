"""Shim for scrapyd-deploy, which builds eggs through setup.py; all metadata lives in pyproject.toml."""

from setuptools import setup

setup()
