"""The `sitegen/site` plugin: what every page of a sitegen site has."""
