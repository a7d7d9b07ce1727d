"""Moamalat: a MicroLibya plugin for card payments through Moamalat's Lightbox."""
