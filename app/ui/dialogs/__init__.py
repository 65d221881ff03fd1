"""Dialogs. Each takes the AppContext (or plain data) and a parent; none keeps a session open."""
