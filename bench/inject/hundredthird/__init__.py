"""Language modules for the hundredthird store corpus."""
