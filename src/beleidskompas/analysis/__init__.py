"""Analyses built on assessments: compare options, combine a portfolio, run rule tests."""
