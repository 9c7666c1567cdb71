"""Project commands: `crawl` exits non-zero when the run report finds a broken portal."""
