"""Generator for a bilingual TPPO awareness site: data, checks and rendering."""
