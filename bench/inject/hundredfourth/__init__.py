"""Language modules and shared parts of the hundredfourth store corpus."""
