"""Pure scoring functions: model in, model out; no I/O."""
