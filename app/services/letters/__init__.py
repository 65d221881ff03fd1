"""Printed letters (dunning letters, customer statements) as PDF with reportlab (issue 6)."""
