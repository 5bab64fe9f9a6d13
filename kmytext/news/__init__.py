"""News analysis: what only news text asks for (reprints, …), built on the document model."""
