"""Reading input files safely and writing output files atomically."""
