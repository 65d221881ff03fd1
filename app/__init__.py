"""ARDesk: accounts receivable and collections for one company's bookkeeper."""

__version__ = "0.1.0"
APP_NAME = "ARDesk"
