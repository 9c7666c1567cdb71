"""gongkai: crawl, clean and parse Chinese government information-disclosure annual reports."""
