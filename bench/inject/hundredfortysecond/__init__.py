"""Language banks for the hundredfortysecond store corpus."""
