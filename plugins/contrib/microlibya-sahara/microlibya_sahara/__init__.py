"""Sahara: a MicroLibya plugin shipping a theme and a home-page banner."""
