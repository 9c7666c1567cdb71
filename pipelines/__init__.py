"""The domain: plain functions on plain values, one module per concern; nothing here imports Scrapy or crawler/."""
