"""Society: the capital graph, the classes' positions and deficits, inequality measures.

Pure functions on plain numbers and validated society models; no rule-set or scoring
knowledge (the layers above read parameters and pass numbers in).
"""
