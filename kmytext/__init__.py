"""kmytext: text mining for Chinese news."""

from kmytext.types import Article, Credit, Document, Entity, Keyword, Number, Token

__version__ = "0.1.0"

__all__ = ["Article", "Credit", "Document", "Entity", "Keyword", "Number", "Token", "__version__"]
