"""Local demo portals imitating real government sites, for the quick start and the end-to-end tests."""
