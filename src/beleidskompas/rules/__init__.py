"""Rule sets: loading, validating and compiling; the condition language."""
