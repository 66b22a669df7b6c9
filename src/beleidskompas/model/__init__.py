"""The data contract: frozen pydantic models for proposals, rule sets and results."""
