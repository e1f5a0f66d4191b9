"""Hand-written pools (one module per language) and the shared row builder
for the twentieth store injection corpus."""
