"""Business services: no Qt here; every function takes what it needs (session, as_of)."""
