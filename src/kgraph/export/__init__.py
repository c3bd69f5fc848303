"""Exports: RDF serialisations, statistics, and graph formats for other tools."""
