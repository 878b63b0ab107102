"""The `sitegen/leaflets` plugin: printable leaflets and the print strip."""
